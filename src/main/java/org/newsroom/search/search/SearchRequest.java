package org.newsroom.search.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/**
 * One search as a reporter or a client asks for it.
 *
 * @param query     the reporter's query text (see README, "Query language"); blank means all articles
 * @param entities  selected facet values per entity type; values of one type must all match (AND)
 * @param from      first publication day included, or null
 * @param to        last publication day included, or null
 * @param sort      result order
 * @param page      zero-based page number
 * @param size      hits per page
 * @param facetSize values per entity facet
 * @param collapse  show one article per same-story group (the best-ranked), with the number of other versions
 * @param cursor    continue after the page that returned this {@code nextCursor} (deep paging); null for page-based
 */
public record SearchRequest(
        String query,
        Map<EntityType, List<String>> entities,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        SortOrder sort,
        int page,
        int size,
        int facetSize,
        boolean collapse,
        @Nullable String cursor) {

    public SearchRequest {
        entities = Map.copyOf(entities);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("The date range is empty: 'from' " + from + " is after 'to' " + to);
        }
        if (page < 0) {
            throw new InvalidQueryException("'page' must be 0 or more, not " + page);
        }
        if (cursor != null && (collapse || sort == SortOrder.RELEVANCE_RECENT)) {
            throw new InvalidQueryException("'cursor' works with sort relevance, newest or oldest and without collapse");
        }
        if (size < 1) {
            throw new InvalidQueryException("'size' must be at least 1, not " + size);
        }
    }

    /** A first page of relevance-ranked results for a query, with no filters. */
    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 0, size, 10, false, null);
    }
}
