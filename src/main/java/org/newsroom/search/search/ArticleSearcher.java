package org.newsroom.search.search;

import java.util.Optional;
import org.newsroom.search.index.IndexedArticle;

/** The read side of the archive: ranked, highlighted, faceted search and article lookup. Thread-safe. */
public interface ArticleSearcher {

    /**
     * Runs one search.
     *
     * @throws InvalidQueryException when the query or a parameter is malformed
     */
    SearchResults search(SearchRequest request);

    /** The stored article with this id. */
    Optional<IndexedArticle> article(String id);
}
