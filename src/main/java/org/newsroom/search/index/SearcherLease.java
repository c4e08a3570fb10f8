package org.newsroom.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/** Runs a read on an acquired searcher and always releases it, as {@link SearcherManager} requires. */
public final class SearcherLease {

    private SearcherLease() {}

    /** A read against one point-in-time searcher. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Acquires a searcher, runs the read, releases the searcher; I/O errors become unchecked. */
    public static <T> T read(SearcherManager searchers, Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
