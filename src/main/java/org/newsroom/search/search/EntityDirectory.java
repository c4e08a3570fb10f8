package org.newsroom.search.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/** Lists the archive's canonical entities with their article counts, for autocomplete. Thread-safe. */
public interface EntityDirectory {

    /**
     * Entities whose name, or a word of it, starts with the prefix (case and accents ignored), most frequent first.
     *
     * @param type null for both persons and organizations
     */
    List<EntityCount> entities(@Nullable EntityType type, String prefix, int size);
}
