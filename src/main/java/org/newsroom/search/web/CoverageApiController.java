package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.search.EntityView;
import org.newsroom.search.search.EntityViews;
import org.newsroom.search.search.InvalidQueryException;
import org.newsroom.search.search.RelatedCoverage;
import org.newsroom.search.search.RelatedCoverageResult;
import org.newsroom.search.search.SearchParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editors' API: related coverage of an article or a draft, and an entity's coverage over time. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class CoverageApiController {

    private static final int MAX_SIZE = 50;

    private final RelatedCoverage related;
    private final EntityViews entityViews;
    private final RelatedProperties properties;

    CoverageApiController(RelatedCoverage related, EntityViews entityViews, RelatedProperties properties) {
        this.related = related;
        this.entityViews = entityViews;
        this.properties = properties;
    }

    @Operation(summary = "Same-story versions, related coverage with reasons, and its timeline")
    @GetMapping("/articles/{id}/related")
    RelatedCoverageResult related(@PathVariable String id,
            @Parameter(description = "Related articles to return (at most 50)") @RequestParam(required = false) @Nullable Integer size,
            @Parameter(description = "Only coverage published before this day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String before,
            @Parameter(description = "Only coverage published after this day, YYYY-MM-DD") @RequestParam(required = false) @Nullable String after) {
        return related.related(id, size(size), SearchParameters.date("after", after), SearchParameters.date("before", before))
                .orElseThrow(() -> NotFoundException.article(id));
    }

    @Operation(summary = "Archive coverage related to a draft text (not stored)")
    @PostMapping(path = "/related", consumes = "application/json")
    RelatedCoverageResult relatedToDraft(@RequestBody Draft draft,
            @RequestParam(required = false) @Nullable Integer size) {
        if (draft.text() == null || draft.text().isBlank()) {
            throw new InvalidQueryException("The draft needs a non-empty 'text'");
        }
        return related.relatedToText(draft.title() == null ? "" : draft.title(), draft.text(), size(size));
    }

    @Operation(summary = "An entity's coverage over time and the entities that appear with it")
    @GetMapping("/entities/{type}/{name}")
    EntityView entity(@PathVariable String type, @PathVariable String name) {
        EntityType entityType;
        try {
            entityType = EntityType.fromKey(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
        return entityViews.view(entityType, name).orElseThrow(() -> new NotFoundException(
                "No article mentions the " + entityType.key() + " '" + name + "'"));
    }

    private int size(@Nullable Integer size) {
        int value = size == null ? properties.defaultSize() : size;
        if (value < 1 || value > MAX_SIZE) {
            throw new InvalidQueryException("'size' must be between 1 and " + MAX_SIZE + ", not " + value);
        }
        return value;
    }

    /** A draft an editor wants related coverage for. */
    record Draft(@Nullable String title, @Nullable String text) {}
}
