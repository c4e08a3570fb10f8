package org.newsroom.search.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The model's tokenizer splits hyphenated words, so a span may stop at a hyphen inside a name: "Rotterdam Bank" from
 * "Amsterdam-Rotterdam Bank", "Royale Belge Vie" from "Royale Belge Vie-Accidents", "Mousavi" from "Mir-Hossein
 * Mousavi". A span of two words or more is widened over capitalized words joined to it by a hyphen. A one-word span
 * never is: "Reagan-Gorbachev" names two people. Neither is a span whose joined piece belongs to another name: one
 * the model tagged, one going on in capitals ("Kamala Harris-Tim Walz ticket"), or one before a joint noun ("the
 * Security Pacific-Rainier merger" joins two companies). Stateless.
 */
final class HyphenJoins {

    private HyphenJoins() {}

    /** The span's start, moved back over "Amsterdam-" when the span has several words. */
    static int start(String text, int start, int end, List<NerModel.Span> spans) {
        if (start < 3 || text.charAt(start - 1) != '-' || !severalWords(text, start, end)) {
            return start;
        }
        int w = wordStart(text, start - 1);
        if (w >= start - 2 || !Character.isUpperCase(text.charAt(w)) || covered(spans, w, start - 1)) {
            return start;
        }
        // "Kamala Harris-Tim Walz": a capitalized word before the piece makes it the end of another name.
        int before = w - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean nameGoesOn = false;
        if (before >= 0 && before < w - 1 && Character.isLetter(text.charAt(before))) {
            String word = text.substring(wordStart(text, before), before + 1);
            // "President Mir-Hossein Mousavi": a title before the piece is no name.
            nameGoesOn = Character.isUpperCase(word.charAt(0)) && !MentionCleaner.isRoleWord(word);
        }
        return nameGoesOn ? start : w;
    }

    /** Nouns after "A-B" that make it two parties: "merger", "talks". */
    private static final Set<String> JOINT_NOUNS = Set.of("merger", "deal", "talks", "pact", "agreement", "venture",
            "bid", "accord", "summit", "link", "partnership", "takeover", "alliance", "combination", "transaction",
            "meeting", "battle", "dispute", "fight", "race", "match", "game", "ticket", "era", "administration");

    /** The span's end, moved on over "-Accidents" (and "-Reassurance-..." chains) when the span has several words. */
    static int end(String text, int start, int end, List<NerModel.Span> spans) {
        if (!severalWords(text, start, end)) {
            return end;
        }
        int e = end;
        while (e + 2 < text.length() && text.charAt(e) == '-' && Character.isUpperCase(text.charAt(e + 1))) {
            int w = e + 1;
            while (w < text.length() && Character.isLetter(text.charAt(w))) {
                w++;
            }
            if (w < e + 3) {
                break;
            }
            e = w;
        }
        if (e == end || covered(spans, end + 1, e)) {
            return end;
        }
        if (e + 1 < text.length() && text.charAt(e) == ' ') {
            String next = Names.leadingRun(text, e + 1);
            if (JOINT_NOUNS.contains(next.toLowerCase(Locale.ROOT))
                    || !next.isEmpty() && Character.isUpperCase(next.charAt(0))) {
                return end; // "... Harris-Tim Walz", "... Pacific-Rainier deal"
            }
        }
        return e;
    }

    /**
     * Whether another model span takes the piece {@code [from, to)} into a name of its own: it overlaps the piece and
     * runs past it ("Tim Walz" for the piece "Tim"). A span that is just the piece ("Amsterdam" tagged a place) does
     * not.
     */
    private static boolean covered(List<NerModel.Span> spans, int from, int to) {
        for (NerModel.Span span : spans) {
            if (span.start() < to && span.end() > from && (span.start() < from || span.end() > to)) {
                return true;
            }
        }
        return false;
    }

    private static int wordStart(String text, int i) {
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w;
    }

    private static boolean severalWords(String text, int start, int end) {
        return text.substring(start, end).strip().indexOf(' ') > 0;
    }
}
