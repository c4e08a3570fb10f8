package org.newsroom.search.article;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as the ingestion stage reads it from a file, before entity recognition.
 *
 * @param source      where it came from (file name or upload name), for reports and display
 * @param mediaType   the detected media type, such as {@code text/html}
 * @param title       the headline; never blank (falls back to the first words of the body)
 * @param author      the byline's names, or null when none was found
 * @param published   publication time, or null when unknown (a missing date beats a wrong one)
 * @param url         canonical URL when the document states one
 * @param siteName    publisher or site name when stated
 * @param language    ISO 639-1 code, detected when not declared
 * @param body        normalized plain text; paragraphs separated by a blank line
 * @param titleStated false when the document has no headline and {@code title} is the first words of the body, so
 *                    evaluation output reports no headline rather than an invented one
 */
public record ExtractedArticle(
        String source,
        String mediaType,
        String title,
        @Nullable String author,
        @Nullable OffsetDateTime published,
        @Nullable String url,
        @Nullable String siteName,
        String language,
        String body,
        boolean titleStated) {

    /** An article whose title the document states. */
    public ExtractedArticle(String source, String mediaType, String title, @Nullable String author,
            @Nullable OffsetDateTime published, @Nullable String url, @Nullable String siteName, String language,
            String body) {
        this(source, mediaType, title, author, published, url, siteName, language, body, true);
    }

    public ExtractedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
    }
}
