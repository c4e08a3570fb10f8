package org.newsroom.search.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.ExtractedArticle;

/** Turns an article given as data (API JSON, a JSON Lines feed) into an {@link ExtractedArticle}. */
final class ArticleDataConverter {

    private static final int TITLE_WORDS = 12;

    private ArticleDataConverter() {}

    /**
     * @param languageOf detects the language of the body when the data does not declare one
     * @throws ExtractionException when the article has no body or an unreadable date
     */
    static ExtractedArticle convert(ArticleData data, String source, UnaryOperator<String> languageOf) {
        String body = data.body() == null ? "" : TextNormalizer.normalize(data.body());
        if (body.isBlank()) {
            throw new ExtractionException(source, "the article has no body text");
        }
        String title = data.title() == null || data.title().isBlank() ? firstWords(body)
                : TextNormalizer.oneLine(data.title());
        String language = data.language() == null || data.language().isBlank() ? languageOf.apply(body)
                : data.language().strip();
        return new ExtractedArticle(source, "application/json", title, blankToNull(data.author()),
                published(source, data.published()), blankToNull(data.url()), blankToNull(data.source()), language,
                body);
    }

    static @Nullable OffsetDateTime published(String source, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException noOffset) {
                // Feeds such as Reuters-21578 give local times without a zone; they are taken as UTC.
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new ExtractionException(source, "unreadable publication date '" + text
                    + "' (expected ISO-8601, e.g. 2025-04-07 or 2025-04-07T09:30:00Z)");
        }
    }

    private static String firstWords(String body) {
        String[] words = body.strip().split("\\s+", TITLE_WORDS + 1);
        int n = Math.min(words.length, TITLE_WORDS);
        return String.join(" ", java.util.Arrays.copyOf(words, n)) + (words.length > TITLE_WORDS ? " …" : "");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
