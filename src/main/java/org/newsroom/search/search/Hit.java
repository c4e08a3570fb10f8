package org.newsroom.search.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ranked result.
 *
 * @param titleHighlighted the title, HTML-escaped, with {@code <mark>} around matches
 * @param snippets         HTML-escaped passages with {@code <mark>} around matches; the lead when nothing matched
 * @param persons          the article's persons, most salient first
 * @param organizations    the article's organizations, most salient first
 * @param cluster          its same-story group (the id of the group's first article)
 * @param otherVersions    with collapsing on, how many other versions of this story matched the query
 */
public record Hit(
        String id,
        String title,
        String titleHighlighted,
        String source,
        @Nullable String site,
        @Nullable String url,
        @Nullable String published,
        @Nullable String author,
        float score,
        List<String> snippets,
        List<String> persons,
        List<String> organizations,
        String cluster,
        int otherVersions) {}
