package org.newsroom.search.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The model's tokenizer splits hyphenated words, so a span may stop at a hyphen inside a name: "Rotterdam Bank" from
 * "Amsterdam-Rotterdam Bank", "Royale Belge Vie" from "Royale Belge Vie-Accidents", "Mousavi" from "Mir-Hossein
 * Mousavi". A span of two words or more is widened over capitalized words joined to it by a hyphen. A one-word span
 * never is: "Reagan-Gorbachev" names two people, and neither is a span before a joint noun ("the Security
 * Pacific-Rainier merger" joins two companies). Stateless.
 */
final class HyphenJoins {

    private HyphenJoins() {}

    /** The span's start, moved back over "Amsterdam-" when the span has several words. */
    static int start(String text, int start, int end) {
        if (start < 3 || text.charAt(start - 1) != '-' || !severalWords(text, start, end)) {
            return start;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < start - 2 && Character.isUpperCase(text.charAt(w)) ? w : start;
    }

    /** Nouns after "A-B" that make it two parties: "merger", "talks". */
    private static final Set<String> JOINT_NOUNS = Set.of("merger", "deal", "talks", "pact", "agreement", "venture",
            "bid", "accord", "summit", "link", "partnership", "takeover", "alliance", "combination", "transaction",
            "meeting", "battle", "dispute", "fight", "race", "match", "game", "ticket", "era", "administration");

    /** The span's end, moved on over "-Accidents" (and "-Reassurance-..." chains) when the span has several words. */
    static int end(String text, int start, int end) {
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
        if (e > end && e + 1 < text.length() && text.charAt(e) == ' '
                && JOINT_NOUNS.contains(Names.leadingRun(text, e + 1).toLowerCase(Locale.ROOT))) {
            return end;
        }
        return e;
    }

    private static boolean severalWords(String text, int start, int end) {
        return text.substring(start, end).strip().indexOf(' ') > 0;
    }
}
