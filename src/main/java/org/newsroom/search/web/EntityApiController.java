package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.search.EntityCount;
import org.newsroom.search.search.EntityDirectory;
import org.newsroom.search.search.InvalidQueryException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Entity autocomplete: canonical names with their article counts. */
@RestController
@RequestMapping(path = {"/api/v1", "/api"}, produces = "application/json")
class EntityApiController {

    private static final int MAX_SIZE = 1000;

    private final EntityDirectory directory;

    EntityApiController(EntityDirectory directory) {
        this.directory = directory;
    }

    @Operation(summary = "Canonical persons and organizations whose name (or a word of it) starts with a prefix")
    @GetMapping("/entities")
    List<EntityCount> entities(
            @Parameter(description = "Start of the name or of one of its words; case and accents ignored", example = "noem")
            @RequestParam(defaultValue = "") String prefix,
            @Parameter(description = "person or organization; both when missing")
            @RequestParam(required = false) @Nullable String type,
            @Parameter(description = "At most this many, most frequent first")
            @RequestParam(defaultValue = "20") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("'size' must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        EntityType entityType;
        try {
            entityType = type == null || type.isBlank() ? null : EntityType.fromKey(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
        return directory.entities(entityType, prefix, size);
    }
}
