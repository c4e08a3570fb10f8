package org.newsroom.search.index;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;

/**
 * An article as stored in the index, for display and the API.
 *
 * @param published ISO-8601 publication time with its offset, or null when unknown
 * @param cluster   the same-story group: the id of its first article (this article's own id when it is alone)
 */
public record IndexedArticle(
        String id,
        String title,
        @Nullable String author,
        @Nullable String published,
        @Nullable String url,
        @Nullable String site,
        String language,
        String source,
        String mediaType,
        String body,
        String cluster,
        List<Entity> entities) {

    public IndexedArticle {
        entities = List.copyOf(entities);
    }

    /** Canonical names of the given type, most salient first. */
    public List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
