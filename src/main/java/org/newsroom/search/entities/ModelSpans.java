package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsroom.search.article.EntityType;

/**
 * Adds the model's person and organization spans of one line to the article's lexicon as votes, after trimming
 * tickers and splitting lists. One instance per article; not thread-safe.
 */
final class ModelSpans {

    private final Map<String, Surface> lexicon;

    ModelSpans(Map<String, Surface> lexicon) {
        this.lexicon = lexicon;
    }

    void add(String text, List<NerModel.Span> spans) {
        for (NerModel.Span span : spans) {
            int vote = switch (span.label()) {
                case "PERSON" -> 0;
                case "ORGANIZATION" -> 1;
                case "LOCATION" -> 2;
                default -> -1;
            };
            if (vote < 0) {
                continue;
            }
            EntityType type = vote == 0 ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (vote == 1 && afterIndefiniteArticle(text, span.start())) {
                // "classified as an Organized Criminal Group": a kind of organization, not a named one.
                continue;
            }
            int start = HyphenJoins.start(text, span.start(), span.end(), spans);
            int end = HyphenJoins.end(text, span.start(), span.end(), spans);
            int bracket = text.indexOf('<', start);
            if (bracket >= 0 && bracket < end) {
                end = bracket; // "Mazda Motor Corp <MAZT.T> of Hiroshima": the ticker ends the name
            }
            int closing = text.lastIndexOf('>', end - 1);
            if (closing >= start) {
                start = closing + 1; // "<SMBS ST> and Stora Koppabergs"
            }
            if (vote != 2 && beforeNonEntityNoun(text, end)) {
                continue; // "the S&P 100 index", "the Glass-Steagall Act"
            }
            List<int[]> parts = vote == 1 ? listParts(text, start, end) : List.of(new int[] {start, end});
            for (int[] part : parts) {
                MentionCleaner.Cleaned c = MentionCleaner.clean(text, part[0], part[1], type);
                if (c != null) {
                    Surface.of(lexicon, text.substring(c.start(), c.end())).votes[vote]++;
                }
            }
            if (vote == 0) {
                addEmployer(text, end, spans);
            }
        }
    }

    /** "Mark Zuckerberg of Meta": the name after "of" is an organization unless the model tagged a place there. */
    private void addEmployer(String text, int personEnd, List<NerModel.Span> spans) {
        int[] at = CompanyCues.afterPersonOf(text, personEnd);
        if (at == null) {
            return;
        }
        for (NerModel.Span other : spans) {
            if (other.start() < at[1] && other.end() > at[0] && !other.label().equals("ORGANIZATION")) {
                return;
            }
        }
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, at[0], at[1], EntityType.ORGANIZATION);
        if (c != null && c.start() == at[0]) {
            Surface s = Surface.of(lexicon, text.substring(c.start(), c.end()));
            s.votes[1]++;
            s.weakCue = true;
        }
    }

    /** Lower-case nouns that make the capitalized words before them a law, index or bill, not an organization. */
    private static final Set<String> NON_ENTITY_NOUNS = Set.of("index", "indexes", "indices", "act", "law", "bill",
            "treaty", "accord");

    /** Whether the next word after {@code end} (a number may come first: "S&P 100 index") is a non-entity noun. */
    private static boolean beforeNonEntityNoun(String text, int end) {
        int i = end;
        for (int word = 0; word < 2; word++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (start == i) {
                return false;
            }
            String w = text.substring(start, i);
            if (NON_ENTITY_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The model joins a list of organizations into one span ("Den norske Creditbank, Scandinavian Far East Ltd"):
     * split it at commas followed by a capitalized word, unless what follows is only a legal form ("Foo, Inc"). It
     * also runs a sentence's names together: "sell Orange Julius of America and Orange Julius Canada Limited to H.C.
     * Holdings Inc" is split at a "to" next to a legal form ("Committee to Protect Journalists" is one name) and at an
     * "and" that starts the span's first word again ("Procter and Gamble" does not). A slash is left alone:
     * "IMF/World Bank" names two, "Royal Dutch/Shell" one.
     */
    private static List<int[]> listParts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>(1);
        int from = start;
        for (int i = start; i < end; i++) {
            int next = separatorEnd(text, i, end, from);
            if (next < 0) {
                continue;
            }
            parts.add(new int[] {from, i});
            from = next;
            i = next - 1;
        }
        parts.add(new int[] {from, end});
        return parts;
    }

    /** Where the next name starts when a list separator begins at {@code i}, else -1. */
    private static int separatorEnd(String text, int i, int end, int partStart) {
        int next;
        if (text.startsWith(", ", i)) {
            next = i + 2;
            if (text.substring(partStart, i).indexOf(' ') < 0 && oneWordAndLegalForm(text.substring(i + 2, end))) {
                return -1; // "Goldman, Sachs and Co": one firm ("Citigroup, JPMorgan Chase & Co" is two)
            }
        } else if (text.startsWith(" to ", i)) {
            next = i + 4;
        } else if (text.startsWith(" and ", i)) {
            next = i + 5;
            String first = Names.leadingRun(text, partStart);
            if (first.isEmpty() || !text.startsWith(first + " ", next)
                    || text.substring(partStart, i).indexOf(' ') < 0) {
                return -1; // "Johnson and Johnson Inc" is one name
            }
        } else {
            return -1;
        }
        if (next >= end || !Character.isUpperCase(text.charAt(next))) {
            return -1;
        }
        List<String> rest = Names.foldedTokens(text.substring(next, end));
        List<String> restName = Names.withoutCompanySuffix(rest);
        if (restName.isEmpty()) {
            return -1;
        }
        if (text.startsWith(" to ", i)) {
            List<String> before = Names.foldedTokens(text.substring(partStart, i));
            boolean legalForm = restName.size() < rest.size()
                    || Names.withoutCompanySuffix(before).size() < before.size();
            return legalForm ? next : -1;
        }
        return next;
    }

    /** "Sachs and Co", "Peabody and Co Inc": one name word, a joiner, then only legal forms. */
    private static boolean oneWordAndLegalForm(String rest) {
        List<String> words = Names.tokens(rest);
        if (words.size() < 3 || !(words.get(1).equals("and") || words.get(1).equals("&"))) {
            return false;
        }
        return words.subList(2, words.size()).stream().allMatch(Names::isCompanySuffix);
    }

    private static boolean afterIndefiniteArticle(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, end);
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }
}
