package org.newsroom.search.ingest;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A plain-text article after its title, byline and dateline lines were taken out of the body. */
record TextArticle(@Nullable String title, @Nullable String author, @Nullable OffsetDateTime published, String body) {
}
