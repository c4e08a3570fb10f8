package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsroom.search.entities.ArticleEntities.Segment;

/**
 * Counts the lexicon's forms on every line, headlines included, and notes the person context around one-word
 * forms. Stateless.
 */
final class MentionCounter {

    private MentionCounter() {}

    /**
     * The lexicon indexed by the first word of each form, so matching a line costs one look-up per word instead of
     * one scan per form (a long document can have thousands of forms and lines).
     */
    static final class SurfaceIndex {
        final Map<String, List<Surface>> exact = new HashMap<>();
        final Map<String, List<Surface>> caseless = new HashMap<>();

        SurfaceIndex(Iterable<Surface> surfaces) {
            for (Surface s : surfaces) {
                String first = Names.leadingRun(s.text, 0);
                if (first.isEmpty()) {
                    continue; // cleaning leaves names starting with a letter or digit
                }
                exact.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
                // Alias-file acronyms like "WHO" are common words in an all-caps headline.
                if (s.modelVotes() > 0 || s.votes[2] > 0) {
                    caseless.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
                }
            }
            Comparator<Surface> longestFirst = Comparator.comparingInt((Surface s) -> s.text.length()).reversed();
            exact.values().forEach(l -> l.sort(longestFirst));
            caseless.values().forEach(l -> l.sort(longestFirst));
        }
    }

    /** Finds lexicon forms on the line left to right, longest first, at word boundaries, without overlaps. */
    static void count(Segment segment, SurfaceIndex index) {
        String text = segment.text();
        boolean caseless = segment.headline() && Names.isAllCaps(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || !Names.boundary(text, i - 1)) {
                i++;
                continue;
            }
            String run = Names.leadingRun(text, i);
            List<Surface> candidates = caseless
                    ? index.caseless.get(run.toLowerCase(Locale.ROOT))
                    : index.exact.get(run);
            int next = i + run.length();
            if (candidates != null) {
                for (Surface s : candidates) {
                    int end = i + s.text.length();
                    if (end <= n && text.regionMatches(caseless, i, s.text, 0, s.text.length())
                            && Names.boundary(text, end)) {
                        s.mentions++;
                        if (!s.personContext && s.tokens.size() == 1) {
                            s.personContext = personContext(text, i, end);
                        }
                        if (!s.titled && s.tokens.size() == 1) {
                            s.titled = titled(text, i);
                        }
                        s.firstPosition = Math.min(s.firstPosition, segment.title() ? 0 : segment.offset() + i);
                        next = end;
                        break;
                    }
                }
            }
            i = next;
        }
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "noted",
            "urged", "warned", "predicted", "asked", "replied", "declined", "criticised", "criticized", "reiterated",
            "insisted", "estimated", "announced", "wrote", "testified", "argued", "forecast", "called", "denied",
            "spoke", "speaks", "tells", "adds", "believes", "thinks", "explained", "concluded", "admitted",
            // "the Trump administration": a leader's name before the office it heads
            "administration", "presidency", "government", "cabinet");

    /** A title word right before the name, or a speech verb (or "administration") right after it. */
    private static boolean personContext(String text, int start, int end) {
        if (titled(text, start)) {
            return true;
        }
        int j = end;
        if (j + 1 < text.length() && (text.charAt(j) == '\'' || text.charAt(j) == '’')) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return SPEECH_VERBS.contains(text.substring(j, k));
    }

    /** A title or role word right before the name: "President Reagan", "Dr. Keatley". */
    private static boolean titled(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        return wordEnd > i + 1 && MentionCleaner.isRoleWord(text.substring(i + 1, wordEnd))
                && Character.isLetter(text.charAt(i + 1));
    }
}
