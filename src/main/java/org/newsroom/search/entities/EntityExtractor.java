package org.newsroom.search.entities;

import java.util.List;
import org.newsroom.search.article.Entity;

/** Finds the canonical persons and organizations of one article. Implementations are thread-safe. */
public interface EntityExtractor {

    /**
     * Returns the article's entities, one per real entity, most salient first.
     *
     * @param title the headline (may be title case or all caps)
     * @param body  normalized body text, paragraphs separated by blank lines
     * @throws EntityExtractionException when recognition fails for this article
     */
    List<Entity> extract(String title, String body);
}
