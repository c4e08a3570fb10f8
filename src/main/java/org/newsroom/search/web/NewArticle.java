package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** An article posted as JSON, e.g. from a wire feed or a CMS export. */
@Schema(example = "{\"title\":\"Port strike ends\",\"body\":\"Dock workers returned to work on Monday...\","
        + "\"author\":\"Ana Ruiz\",\"published\":\"2025-04-07T09:30:00Z\",\"url\":\"https://example.org/port\","
        + "\"source\":\"Example Wire\"}")
record NewArticle(
        @Nullable String title,
        @Nullable String body,
        @Nullable String author,
        @Schema(description = "ISO-8601 date or date-time, e.g. 2025-04-07 or 2025-04-07T09:30:00Z") @Nullable String published,
        @Nullable String url,
        @Schema(description = "Publisher or site name") @Nullable String source,
        @Schema(description = "ISO 639-1 code; detected when missing") @Nullable String language) {}
