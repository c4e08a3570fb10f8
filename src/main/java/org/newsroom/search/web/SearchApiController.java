package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.index.IndexStats;
import org.newsroom.search.index.IndexedArticle;
import org.newsroom.search.search.ArticleSearcher;
import org.newsroom.search.search.SearchParameters;
import org.newsroom.search.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API: search, one article, and archive statistics. {@code /api/search} is kept as an alias of v1. */
@RestController
@RequestMapping(path = {"/api/v1", "/api"}, produces = "application/json")
class SearchApiController {

    private final ArticleSearcher searcher;
    private final ArticleIndex index;
    private final SearchProperties properties;

    SearchApiController(ArticleSearcher searcher, ArticleIndex index, SearchProperties properties) {
        this.searcher = searcher;
        this.index = index;
        this.properties = properties;
    }

    @Operation(summary = "Search the archive",
            description = "Ranked, highlighted hits with person, organization and publication-date facets.")
    @GetMapping("/search")
    SearchResults search(
            @Parameter(description = "Query, e.g. cocaine legalization, \"war on drugs\", person:\"Kristi Noem\"",
                    example = "cocaine legalization")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Selected persons (repeatable; all must match)")
            @RequestParam(name = "person", required = false) @Nullable List<String> persons,
            @Parameter(description = "Selected organizations (repeatable; all must match)")
            @RequestParam(name = "organization", required = false) @Nullable List<String> organizations,
            @Parameter(description = "First publication day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last publication day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "relevance, recent, newest or oldest") @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = "Zero-based page") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Hits per page") @RequestParam(required = false) @Nullable Integer size,
            @Parameter(description = "Values per entity facet") @RequestParam(required = false) @Nullable Integer facetSize,
            @Parameter(description = "One hit per same-story group, with the number of other versions")
            @RequestParam(required = false) @Nullable Boolean collapse,
            @Parameter(description = "The nextCursor of the previous page, for deep paging (instead of page)")
            @RequestParam(required = false) @Nullable String cursor) {
        return searcher.search(SearchParameters.toRequest(properties, q, persons, organizations, from, to, sort, page,
                size, facetSize, collapse, cursor));
    }

    @Operation(summary = "One article: full text, metadata and entities")
    @GetMapping("/articles/{id}")
    IndexedArticle article(@PathVariable String id) {
        return searcher.article(id).orElseThrow(() -> NotFoundException.article(id));
    }

    @Operation(summary = "Archive statistics: articles, index size on disk, time of the last ingest commit")
    @GetMapping("/stats")
    IndexStats stats() {
        return index.stats();
    }
}
