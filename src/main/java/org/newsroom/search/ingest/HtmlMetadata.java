package org.newsroom.search.ingest;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** What a web page says about itself: every field is null when the page does not say it plainly. */
record HtmlMetadata(
        @Nullable String title,
        @Nullable String author,
        @Nullable OffsetDateTime published,
        @Nullable String url,
        @Nullable String siteName,
        @Nullable String language) {
}
