package org.newsroom.search.entities;

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

    /** Words that start a sentence and name nothing: "The", "Its", "No Commission decision". */
    private static final Set<String> LEADING_FILLERS = Set.of("the", "a", "an", "its", "their", "this", "that",
            "these", "those", "his", "her", "our", "but", "and", "in", "on", "at", "for", "by", "with", "from", "no",
            "any", "every", "each", "some", "if", "as", "when", "after", "while", "under", "both", "all", "one",
            "another", "neither", "either", "such");

    private final Map<String, Surface> lexicon;

    InstitutionPhrases(Map<String, Surface> lexicon) {
        this.lexicon = lexicon;
    }

    void add(String text) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String phrase = m.group();
            List<String> words = Names.tokens(phrase);
            int from = 0;
            while (from < words.size() && LEADING_FILLERS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
                from++;
            }
            List<String> name = words.subList(from, words.size());
            if (name.size() < 2 || !HEADS.contains(name.getLast().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String candidate = String.join(" ", name);
            if (Names.isAllCaps(candidate) || overlapsKnownName(candidate)) {
                continue;
            }
            MentionCleaner.Cleaned c = MentionCleaner.clean(candidate, 0, candidate.length(),
                    EntityType.ORGANIZATION);
            if (c != null && c.start() == 0 && c.end() == candidate.length()) {
                Surface.of(lexicon, candidate).votes[1]++;
            }
        }
    }

    /** Whether a name already in the lexicon is inside the phrase or holds it ("U.S. Federal Reserve Board"). */
    private boolean overlapsKnownName(String phrase) {
        for (Surface s : lexicon.values()) {
            if (s.text.length() > 1 && (phrase.contains(s.text) || s.text.contains(phrase))) {
                return true;
            }
        }
        return false;
    }
}
