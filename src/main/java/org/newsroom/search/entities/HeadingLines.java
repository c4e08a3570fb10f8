package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.entities.ArticleEntities.Segment;

/**
 * Title-case lines (headings, list items, attributions): which of them the model tags, in what casing, and which
 * of its spans there are names rather than headline fragments. Stateless.
 */
final class HeadingLines {

    private HeadingLines() {}

    /**
     * Title-case lines (headings, list items, attributions) are tagged after the prose, in the article's own casing
     * ("Petro meets Trump"), where the model tags names as it does in prose; words the prose never writes in lower
     * case keep their capital. A span that contains a name already found in the prose ("Boeing Names Kelly Ortberg")
     * is a headline fragment, not a name: the prose names are counted in the line anyway.
     */
    static void tag(List<Segment> segments, Function<String, List<NerModel.Span>> tagger, Set<String> proseWords,
            Map<String, Surface> lexicon, ModelSpans modelSpans) {
        Map<String, Surface> prose = new HashMap<>(lexicon);
        for (Segment segment : segments) {
            String text = segment.text();
            if (!segment.headline() || Names.isAllCaps(text) || tableRow(text)) {
                continue; // all caps: Reuters titles keep their own rules
            }
            List<NerModel.Span> kept = new ArrayList<>();
            for (NerModel.Span span : tagger.apply(truecase(text, proseWords))) {
                String name = text.substring(span.start(), span.end());
                if (!fragment(name, span.label(), prose)
                        && (!span.label().equals("PERSON") || personShaped(name))) {
                    kept.add(span);
                }
            }
            modelSpans.add(text, kept);
        }
    }

    /** "Lou Gulf 1.73 -- -- 5.05 3.12": a row of figures, at least as many numbers as words. */
    static boolean tableRow(String line) {
        int numbers = 0;
        int words = 0;
        for (String t : Names.tokens(line)) {
            if (Character.isDigit(t.charAt(0)) || t.length() > 1 && t.charAt(0) == '$' && Character.isDigit(t.charAt(1))) {
                numbers++;
            } else if (Character.isLetter(t.charAt(0))) {
                words++;
            }
        }
        return numbers >= 2 && numbers >= words;
    }

    /**
     * A heading's person span must look like a name: capitalized words only, no connector and no organization
     * word ("Beauty of the Budget", "Ferah Team").
     */
    static boolean personShaped(String name) {
        List<String> words = Names.tokens(name);
        if (words.size() > 4) {
            return false;
        }
        for (String w : words) {
            String folded = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.codePointAt(0)) || Names.CONNECTORS.contains(folded)
                    || Names.ORG_HEADS.contains(folded) || w.length() > 2 && Names.isAllCaps(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a headline span holds prose names without being one: two of them, a multi-word one, or one of
     * another type ("Boeing Names Kelly Ortberg"). "Svetlana Shubina" around the prose's "Shubina" is a name.
     */
    private static boolean fragment(String span, String label, Map<String, Surface> forms) {
        int found = 0;
        for (Surface form : forms.values()) {
            String f = form.text;
            if (f.length() >= span.length() || form.modelVotes() == 0) {
                continue;
            }
            for (int at = span.indexOf(f); at >= 0; at = span.indexOf(f, at + 1)) {
                if (Names.boundary(span, at - 1) && Names.boundary(span, at + f.length())) {
                    String type = form.majority() == EntityType.PERSON ? "PERSON" : "ORGANIZATION";
                    boolean edge = at == 0 || at + f.length() == span.length();
                    if (++found > 1 || f.indexOf(' ') >= 0 || !type.equals(label) || !edge) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** Lower-case words of the article's prose lines ("meets", "claims"), for {@link #truecase}. */
    static Set<String> proseLowerCaseWords(List<Segment> segments) {
        Set<String> words = new HashSet<>();
        for (Segment segment : segments) {
            if (segment.headline()) {
                continue;
            }
            String text = segment.text();
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (Character.isLetter(text.charAt(i)) && Names.boundary(text, i - 1)) {
                    String run = Names.leadingRun(text, i);
                    if (Character.isLowerCase(run.charAt(0))) {
                        words.add(run);
                    }
                    i += run.length();
                } else {
                    i++;
                }
            }
        }
        return words;
    }

    /**
     * A title-case line with every capitalized word that the prose writes in lower case lowered, except the first
     * word of the line: "Enterprise Claims Victory In Competitive Car Rental Market" gives "Enterprise claims
     * victory in competitive car rental market". Same length and offsets as the line.
     */
    static String truecase(String line, Set<String> lowerCaseWords) {
        List<int[]> words = new ArrayList<>(); // start, end
        for (int i = 0; i < line.length(); ) {
            if (Character.isLetter(line.charAt(i)) && Names.boundary(line, i - 1)) {
                int end = i + Names.leadingRun(line, i).length();
                words.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        // A capitalized run with an organization's last word keeps its capitals: "Mine Safety and Health
        // Administration", "National Center for Learning Disabilities".
        boolean[] kept = new boolean[words.size()];
        int runStart = -1;
        for (int w = 0; w <= words.size(); w++) {
            boolean capital = w < words.size() && Character.isUpperCase(line.charAt(words.get(w)[0]));
            boolean connector = w < words.size() && w > runStart && runStart >= 0
                    && Names.CONNECTORS.contains(line.substring(words.get(w)[0], words.get(w)[1]))
                    && words.get(w)[0] - words.get(w - 1)[1] == 1;
            boolean adjacent = w > 0 && w < words.size() && words.get(w)[0] - words.get(w - 1)[1] == 1;
            if (capital && runStart >= 0 && adjacent || connector) {
                continue;
            }
            if (runStart >= 0) {
                int lastHead = -1;
                for (int k = runStart; k < w; k++) {
                    if (Names.ORG_HEADS.contains(line.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT))) {
                        lastHead = k;
                    }
                }
                for (int k = runStart; k <= lastHead; k++) {
                    kept[k] = true;
                }
            }
            runStart = capital ? w : -1;
        }
        char[] out = line.toCharArray();
        for (int w = 1; w < words.size(); w++) {
            String run = line.substring(words.get(w)[0], words.get(w)[1]);
            if (kept[w] || run.length() < 2 || !Character.isUpperCase(run.charAt(0))
                    || Character.isUpperCase(run.charAt(1))) {
                continue;
            }
            String lower = Character.toLowerCase(run.charAt(0)) + run.substring(1);
            if (HEADLINE_WORDS.contains(lower) || !Names.ORG_HEADS.contains(lower) && writtenInLowerCase(lower, lowerCaseWords)) {
                out[words.get(w)[0]] = lower.charAt(0);
            }
        }
        return new String(out);
    }

    /** The word or another inflection of it in the prose: "Names" is a verb when the prose says "named". */
    private static boolean writtenInLowerCase(String word, Set<String> words) {
        if (words.contains(word)) {
            return true;
        }
        String base = word;
        if (word.endsWith("ies") && word.length() > 4) {
            base = word.substring(0, word.length() - 3) + "y";
        } else if (word.endsWith("es") && word.length() > 4 && words.contains(word.substring(0, word.length() - 2))) {
            return true;
        } else if (word.endsWith("s") && word.length() > 3) {
            base = word.substring(0, word.length() - 1);
        }
        if (base.length() < 3) {
            return false;
        }
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        return words.contains(base) || words.contains(base + "s") || words.contains(stem + "ed")
                || words.contains(stem + "ing") || words.contains(base + "d");
    }

    /** Words title case capitalizes that are never names. */
    private static final Set<String> HEADLINE_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "into", "over", "after", "before", "about", "is", "are",
            "was", "be", "how", "why", "what", "who", "when", "where", "says", "said", "meets", "new");
}
