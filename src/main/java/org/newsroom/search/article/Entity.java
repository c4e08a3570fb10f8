package org.newsroom.search.article;

import java.util.Comparator;
import java.util.Objects;

/**
 * One canonical named entity of an article, with its salience in that article.
 *
 * @param type          person or organization
 * @param name          the canonical display name (the facet value)
 * @param mentions      how many times the article mentions it, short forms included
 * @param firstPosition character offset of its first mention in the body (title mentions count as 0)
 */
public record Entity(EntityType type, String name, int mentions, int firstPosition) {

    /** Most salient first: most mentioned, then mentioned earliest, then by name so the order is total. */
    public static final Comparator<Entity> BY_SALIENCE = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparingInt(Entity::firstPosition)
            .thenComparing(Entity::name);

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity name must not be blank");
        }
    }
}
