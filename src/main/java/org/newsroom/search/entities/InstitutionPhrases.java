package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.search.article.EntityType;

/**
 * Names the model misses although their last word says what they are: "an Economic Planning Board report", "Mount
 * Sinai Medical Center", "the Futures Industry Association". A run of two to six capitalized words in prose that ends
 * in an institution's head noun, and that no name already found overlaps, is an organization. Only prose lines: title
 * case headings capitalize every word. One instance per article; not thread-safe.
 */
final class InstitutionPhrases {

    /** Head nouns that end institutions' names and no person's or place's. */
    private static final Set<String> HEADS = Set.of("association", "board", "council", "commission", "agency",
            "institute", "university", "center", "centre", "federation", "authority", "foundation", "committee",
            "organization", "organisation", "corporation", "bureau", "ministry", "department", "union", "party",
            "exchange", "society", "hospital");

    /** Capitalized words, possibly joined by small words ("Bank of", "and"), ending at a word boundary. */
    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:(?:of|and|for|the|on)\\s+)?\\p{Lu}[\\p{L}'’.&-]*){1,5}");

    /**
     * Words that start a sentence or qualify a noun and name nothing: "The", "No Commission decision", "Several
     * Commission members", "On Tuesday the Board voted".
     */
    private static final Set<String> LEADING_FILLERS = Set.of("the", "a", "an", "its", "their", "this", "that",
            "these", "those", "his", "her", "our", "but", "and", "in", "on", "at", "for", "by", "with", "from", "no",
            "any", "every", "each", "some", "if", "as", "when", "after", "while", "under", "both", "all", "one",
            "another", "neither", "either", "such", "several", "many", "most", "other", "top", "senior", "few", "two",
            "three", "four", "five", "more", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "last", "next", "then", "later", "earlier", "today", "yesterday");

    /** At most this many words in a candidate, so a name's runs of words are few to look up. */
    private static final int MAX_WORDS = 6;

    private final Map<String, Surface> lexicon;
    /** Every run of up to six whole words of the names known so far: "a known name holds the phrase" in one look-up. */
    private final Set<String> knownRuns = new HashSet<>();

    InstitutionPhrases(Map<String, Surface> lexicon) {
        this.lexicon = lexicon;
        for (String name : lexicon.keySet()) {
            addRuns(Names.tokens(name));
        }
    }

    void add(String text) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String phrase = m.group();
            List<String> words = Names.tokens(phrase);
            int from = 0;
            for (int i = 0; i + 1 < words.size(); i++) {
                if (endsSentence(words.get(i))) {
                    from = i + 1; // "... to Congress. Commission members ...": a new sentence starts
                }
            }
            while (from < words.size() && LEADING_FILLERS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
                from++;
            }
            List<String> name = new ArrayList<>(words.subList(from, words.size()));
            if (!name.isEmpty() && name.getLast().endsWith(".")) {
                name.set(name.size() - 1, name.getLast().substring(0, name.getLast().length() - 1)); // "... Board."
            }
            if (name.size() < 2 || !HEADS.contains(name.getLast().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String candidate = String.join(" ", name);
            if (Names.isAllCaps(candidate) || name.contains("the") || overlapsKnownName(name)) {
                continue;
            }
            MentionCleaner.Cleaned c = MentionCleaner.clean(candidate, 0, candidate.length(),
                    EntityType.ORGANIZATION);
            if (c != null && c.start() == 0 && c.end() == candidate.length()) {
                Surface.of(lexicon, candidate).votes[1]++;
                addRuns(name);
            }
        }
    }

    /** "Congress." ends a sentence; "U.S." and "J." are abbreviations. */
    private static boolean endsSentence(String word) {
        if (!word.endsWith(".") || word.length() <= 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a known name is one of the phrase's runs of whole words or holds it ("U.S. Federal Reserve Board");
     * whole words only, so "Fed" does not hide "Federal Housing Finance Agency".
     */
    private boolean overlapsKnownName(List<String> words) {
        if (knownRuns.contains(String.join(" ", words))) {
            return true;
        }
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= words.size(); to++) {
                if (lexicon.containsKey(String.join(" ", words.subList(from, to)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addRuns(List<String> words) {
        for (int from = 0; from < words.size(); from++) {
            for (int to = from + 1; to <= Math.min(words.size(), from + MAX_WORDS); to++) {
                knownRuns.add(String.join(" ", words.subList(from, to)));
            }
        }
    }
}
