package org.newsroom.search.index;

import java.util.Optional;
import java.util.function.Consumer;
import org.newsroom.search.article.Article;

/**
 * The write side of the archive. Thread-safe: ingestion adds from several threads. Changes become durable at
 * {@link #commit()}; a crash loses at most the uncommitted ones, which re-running the ingest restores.
 */
public interface ArticleIndex {

    /** Adds an article, replaces the earlier version from the same origin, or recognises identical content. */
    IndexOutcome put(Article article);

    /**
     * Rewrites a stored article in place (same id and same-story group), e.g. with re-canonicalized entities.
     * Nothing happens when no article has its id.
     */
    void replace(Article article);

    /** Whether an article with this id is in the archive (including changes not yet committed). */
    boolean contains(String id);

    /** Deletes an article by id; returns whether it existed. */
    boolean delete(String id);

    /** Makes every change so far durable and visible to searches. */
    void commit();

    /** The number of articles visible to searches. */
    int count();

    /** Article count, size on disk and time of the last commit. */
    IndexStats stats();

    /** The stored article with this id, as of the last refresh. */
    Optional<Article> find(String id);

    /** Every distinct person and organization name in the archive, as of the last refresh. */
    void forEachEntityName(java.util.function.BiConsumer<org.newsroom.search.article.EntityType, String> consumer);

    /** Streams every stored article to the consumer, in index order, as of the last refresh. */
    void forEach(Consumer<Article> consumer);
}
