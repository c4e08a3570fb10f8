package org.newsroom.search.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param total      matching articles
 * @param tookMs     server time for the search, highlighting and facets
 * @param relaxed    true when no article had every word, so the query was relaxed to "most words"
 * @param didYouMean a respelled query when this one found little, or null
 */
public record SearchResults(
        long total,
        long tookMs,
        int page,
        int size,
        List<Hit> hits,
        SearchFacets facets,
        boolean relaxed,
        @Nullable String didYouMean) {}
