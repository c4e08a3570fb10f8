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
 * @param partial    true when the search hit its time limit and the results are incomplete
 * @param nextCursor pass as {@code cursor} to get the page after this one; null on the last page
 */
public record SearchResults(
        long total,
        long tookMs,
        int page,
        int size,
        List<Hit> hits,
        SearchFacets facets,
        boolean relaxed,
        @Nullable String didYouMean,
        boolean partial,
        @Nullable String nextCursor) {}
