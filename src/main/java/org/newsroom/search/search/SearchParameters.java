package org.newsroom.search.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.SearchProperties;

/** Turns the search API's query parameters into a {@link SearchRequest}, with messages that name the bad parameter. */
public final class SearchParameters {

    private SearchParameters() {}

    /** The request for the search API's parameters; the API and the benchmark build requests alike. */
    public static SearchRequest toRequest(SearchProperties properties, @Nullable String q, @Nullable List<String> persons,
            @Nullable List<String> organizations, @Nullable String from, @Nullable String to, @Nullable String sort,
            @Nullable Integer page, @Nullable Integer size, @Nullable Integer facetSize, @Nullable Boolean collapse,
            @Nullable String cursor) {
        Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
        putNonEmpty(entities, EntityType.PERSON, persons);
        putNonEmpty(entities, EntityType.ORGANIZATION, organizations);
        int pageSize = size == null ? properties.defaultSize() : size;
        if (pageSize > properties.maxSize()) {
            throw new InvalidQueryException("'size' may be at most " + properties.maxSize() + ", not " + pageSize
                    + "; use 'page' to see more");
        }
        int facets = facetSize == null ? properties.facetSize() : facetSize;
        if (facets < 0 || facets > 1000) {
            throw new InvalidQueryException("'facetSize' must be between 0 and 1000, not " + facets);
        }
        return new SearchRequest(
                q == null ? "" : q,
                entities,
                date("from", from),
                date("to", to),
                sort == null ? SortOrder.RELEVANCE : SortOrder.fromKey(sort),
                page == null ? 0 : page,
                pageSize,
                facets,
                collapse != null && collapse,
                cursor == null || cursor.isBlank() ? null : cursor.strip());
    }

    private static void putNonEmpty(Map<EntityType, List<String>> entities, EntityType type,
            @Nullable List<String> values) {
        if (values != null) {
            List<String> cleaned = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (!cleaned.isEmpty()) {
                entities.put(type, cleaned);
            }
        }
    }

    /** A day parameter; null when absent; a 400 that names the parameter when it is not YYYY-MM-DD. */
    public static @Nullable LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("'" + name + "' must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }
}
