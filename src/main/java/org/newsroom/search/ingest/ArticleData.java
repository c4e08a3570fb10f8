package org.newsroom.search.ingest;

import org.jspecify.annotations.Nullable;

/**
 * An article that arrives as data rather than as a file: a JSON article posted to the API or one line of a JSON
 * Lines feed. Values are as given; ingestion normalizes them.
 *
 * @param id        the feed's own id, kept as the article's origin so a changed version replaces the earlier one
 * @param published ISO-8601 date or date-time, possibly without zone
 */
public record ArticleData(
        @Nullable String id,
        @Nullable String title,
        @Nullable String body,
        @Nullable String author,
        @Nullable String published,
        @Nullable String url,
        @Nullable String source,
        @Nullable String language) {}
