package org.newsroom.search.ingest;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.jspecify.annotations.Nullable;

/**
 * Detects the language of a text with Tika's Optimaize detector when the document does not declare one. Thread-safe:
 * the detector keeps per-text state, so calls are serialized; models load on first use (about a second).
 */
final class LanguageGuesser {

    private static final int SAMPLE_CHARS = 4_000;
    private final String fallback;
    private @Nullable LanguageDetector detector;

    LanguageGuesser(String fallback) {
        this.fallback = fallback;
    }

    /** ISO 639-1 code of {@code text}, or the fallback when the text is too short or unclear. */
    synchronized String guess(String text) {
        if (text.length() < 20) {
            return fallback;
        }
        LanguageDetector detector = this.detector;
        if (detector == null) {
            detector = new OptimaizeLangDetector().loadModels();
            this.detector = detector;
        }
        detector.reset();
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        detector.addText(sample);
        LanguageResult result = detector.detect();
        if (result.isUnknown() || !result.isReasonablyCertain()) {
            return fallback;
        }
        String language = result.getLanguage().toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        return dash > 0 ? language.substring(0, dash) : language;
    }
}
