package org.newsroom.search.entities;

import java.util.Objects;
import org.newsroom.search.article.EntityType;

/**
 * The canonical form of one facet value. The type may differ from the one asked for when the alias file lists the name
 * under the other section (the model sometimes calls "FARC" a person).
 *
 * @param type the entity type the value belongs to
 * @param name the canonical display name
 */
public record CanonicalName(EntityType type, String name) {

    public CanonicalName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
