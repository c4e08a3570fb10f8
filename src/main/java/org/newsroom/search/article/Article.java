package org.newsroom.search.article;

import java.util.List;
import java.util.Objects;

/**
 * An article ready for the index: the extracted text plus its identity and entities.
 *
 * @param id          stable identity derived from the normalized content, so re-ingesting the same text is a no-op
 * @param contentHash SHA-256 (hex) of the normalized title and body
 * @param origin      where it was ingested from (absolute path or upload name); a changed file from the same origin
 *                    replaces its earlier version
 * @param extracted   what ingestion read from the file
 * @param entities    canonical persons and organizations, most salient first
 */
public record Article(String id, String contentHash, String origin, ExtractedArticle extracted, List<Entity> entities) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(extracted, "extracted");
        entities = List.copyOf(entities);
    }

    /** Canonical names of the given type, most salient first. */
    public List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
