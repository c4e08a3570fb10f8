package org.newsroom.search.ingest;

import java.util.Set;

/**
 * A cheap first look before statistical language detection: prose in which at least one word in ten is one of a
 * few dozen English function words is English. The words are chosen to be rare in other Latin-script languages
 * (no "a", "in", "is", "of", "for", "was", "will", "also"), so a Spanish, German or French text scores near zero
 * and goes on to the detector. Detection itself costs about a millisecond per article and was a quarter of the
 * CPU of ingesting an English feed that declares no language.
 */
final class EnglishProse {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "that", "with", "said", "from", "this",
            "which", "were", "would", "their", "been", "have", "they", "his", "she", "there", "than", "after",
            "about", "when", "what", "into", "other", "could", "should", "these", "those", "because", "its");
    /**
     * Function words of other languages written in Latin script (none of them an English word). Texts without any of
     * these or an accented word are English on less evidence: short ones (under {@link #MIN_WORDS} words) with one
     * English function word, such as the wire item "Magma Copper Co said it is cutting its copper cathode price", and
     * long listings with {@link #PLAIN_MIN_SHARE} ("The U.S. Agriculture Department reported the reserve price
     * through February 25 as follows"). A third of a feed went to the detector before.
     */
    private static final Set<String> OTHER_FUNCTION_WORDS = Set.of("el", "la", "los", "las", "del", "que", "por",
            "una", "para", "como", "pero", "und", "der", "das", "nicht", "ist", "ein", "eine", "mit", "auf", "les",
            "des", "une", "est", "dans", "pour", "qui", "sur", "pas", "il", "di", "che", "della", "gli", "sono", "non",
            "het", "een", "zijn", "niet", "och", "att", "det", "som", "og", "er", "ikke", "yang", "dengan", "untuk",
            "ini", "itu", "uma", "com", "ve", "bir", "bu", "ile", "nie", "jest", "ja", "ett", "wie", "auch", "de", "en",
            "y", "von", "zu", "den", "con", "du", "et", "em", "ang", "ng", "mga", "je", "na", "se", "za");
    /** Fewer words than this are too little evidence for the share rule. */
    private static final int MIN_WORDS = 40;
    private static final double MIN_SHARE = 0.10;
    private static final double PLAIN_MIN_SHARE = 0.03;
    /** Fewer words than this are too little evidence for any rule; the detector decides. */
    private static final int MIN_SHORT_WORDS = 8;

    private EnglishProse() {}

    /** What the first {@code limit} characters of a text say about its language. */
    enum Evidence {
        /** Clearly English prose. */
        ENGLISH,
        /**
         * Words without a single function word of English or of the other listed languages and no accented word:
         * tables and lists ("Shr 34 cts vs 1.19 dlrs"), on which the statistical detector guesses (it called 349
         * Reuters earnings tables Swedish).
         */
        NO_PROSE,
        /** Anything else: the detector decides. */
        UNCLEAR
    }

    /** Whether the first {@code limit} characters of {@code text} are clearly English prose. */
    static boolean isClearlyEnglish(String text, int limit) {
        return examine(text, limit) == Evidence.ENGLISH;
    }

    /** The language evidence of the first {@code limit} characters of {@code text}. */
    static Evidence examine(String text, int limit) {
        int end = Math.min(text.length(), limit);
        int words = 0;
        int functionWords = 0;
        int otherFunctionWords = 0;
        int nonAsciiWords = 0;
        StringBuilder word = new StringBuilder(16);
        boolean nonAscii = false;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(c < 128 ? (char) (c | 0x20) : c);
                nonAscii |= c >= 128;
                continue;
            }
            if (word.length() > 0) {
                words++;
                if (nonAscii) {
                    nonAsciiWords++;
                } else if (word.length() <= 7) {
                    String w = word.toString();
                    functionWords += FUNCTION_WORDS.contains(w) ? 1 : 0;
                    otherFunctionWords += OTHER_FUNCTION_WORDS.contains(w) ? 1 : 0;
                }
                word.setLength(0);
                nonAscii = false;
            }
        }
        boolean plainAscii = otherFunctionWords == 0 && nonAsciiWords == 0;
        if (words >= MIN_WORDS && functionWords >= (plainAscii ? PLAIN_MIN_SHARE : MIN_SHARE) * words
                || words >= MIN_SHORT_WORDS && words < MIN_WORDS && functionWords > 0 && plainAscii) {
            return Evidence.ENGLISH;
        }
        return words >= MIN_SHORT_WORDS && functionWords == 0 && plainAscii ? Evidence.NO_PROSE : Evidence.UNCLEAR;
    }
}
