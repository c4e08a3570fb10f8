package org.newsroom.search.ingest;

import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects the language of a text with Tika's Optimaize detector when the document does not declare one.
 *
 * <p>Thread-safe without a lock: a Tika detector keeps per-text state, so each call borrows an idle detector from a
 * small pool (creating one when every detector is busy) and returns it afterwards. There are never more detectors
 * than concurrent callers. Profiling a feed ingest showed one synchronized detector taking a fifth of the CPU with
 * the other ingest threads queued behind it. The models load once and are shared; a pooled detector holds only its
 * text buffer. Clearly English prose skips the detector, and text without prose (tables, lists) takes the fallback:
 * the detector only guesses there ({@link EnglishProse}).
 */
final class LanguageGuesser {

    /** Texts shorter than this are not examined: too little evidence. */
    private static final int MIN_CHARS = 20;
    private final String fallback;
    private final int sampleChars;
    private final ConcurrentLinkedDeque<LanguageDetector> idle = new ConcurrentLinkedDeque<>();

    /**
     * @param sampleChars the detector reads at most this many leading characters: detection cost grows with the
     *                    text, and a thousand characters of prose identify a language as well as the whole article
     */
    LanguageGuesser(String fallback, int sampleChars) {
        this.fallback = fallback;
        this.sampleChars = Math.max(MIN_CHARS, sampleChars);
    }

    /** ISO 639-1 code of {@code text}, or the fallback when the text is too short or unclear. */
    String guess(String text) {
        if (text.length() < MIN_CHARS) {
            return fallback;
        }
        switch (EnglishProse.examine(text, sampleChars)) {
            case ENGLISH -> {
                return "en";
            }
            case NO_PROSE -> {
                return fallback;
            }
            case UNCLEAR -> { } // the detector decides
        }
        LanguageDetector detector = idle.pollFirst();
        if (detector == null) {
            detector = new OptimaizeLangDetector().loadModels();
        }
        LanguageResult result;
        try {
            detector.reset();
            detector.addText(text.length() > sampleChars ? text.substring(0, sampleChars) : text);
            result = detector.detect();
        } finally {
            idle.offerFirst(detector);
        }
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return fallback;
        }
        String language = result.getLanguage().toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        return dash > 0 ? language.substring(0, dash) : language;
    }
}
