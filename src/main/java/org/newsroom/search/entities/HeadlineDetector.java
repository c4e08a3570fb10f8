package org.newsroom.search.entities;

import java.util.regex.Pattern;

import java.util.Set;

/**
 * Recognizes title-case and all-caps lines (headlines, section headings, table-of-contents entries, bylines). The CRF
 * relies on capitalization, so on such lines it tags fragments like "Petro Meets Trump" as an organization; they are
 * tagged from the names found in the article's prose instead (issue point 1). Stateless and thread-safe.
 */
final class HeadlineDetector {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*$");

    /** Words that title case leaves in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
            "as", "into", "onto", "over", "per", "via", "vs", "vs.", "v.", "up", "off", "out", "de", "del", "la", "le",
            "el", "y", "da", "do", "di", "van", "von", "is", "are", "be");

    private HeadlineDetector() {}

    static boolean isHeadline(String line) {
        int letters = 0;
        int upperLetters = 0;
        int content = 0;
        int capitalized = 0;
        for (String raw : Names.tokens(line)) {
            String word = stripPunctuation(raw);
            if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upperLetters++;
                    }
                }
            }
            if (SMALL_WORDS.contains(word)) {
                continue;
            }
            content++;
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalized++;
            }
        }
        if (letters >= 4 && upperLetters >= 0.8 * letters) {
            return true;
        }
        // A sentence listing names ("meeting Chancellor Nigel Lawson, Foreign Secretary Geoffrey Howe and ...") is
        // mostly capitalized too, but keeps its lower-case verbs and ends with a period; a title-case heading has
        // every content word capitalized, allowing one slip in a long one.
        int lower = content - capitalized;
        String stripped = line.strip();
        boolean sentenceEnd = SENTENCE_END.matcher(stripped).find() && !stripped.endsWith("...");
        return content >= 2 && (lower == 0 || lower == 1 && content >= 5 && !sentenceEnd);
    }

    private static String stripPunctuation(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && !Character.isLetterOrDigit(word.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(s, e);
    }
}
