package org.newsroom.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.newsroom.search.article.EntityType;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.NewsSearchException;

/**
 * {@link ArticleIndex} over one shared {@link IndexWriter}. Puts run concurrently; a commit waits for the puts in
 * flight, so the ids remembered since the last refresh can be forgotten exactly when searches see them.
 */
public final class LuceneArticleIndex implements ArticleIndex {

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleDocumentMapper mapper;
    /** Commit user-data key holding the time of the commit. */
    private static final String LAST_COMMIT = "last_commit";
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    /** Ids and origins written since the last refresh, which the searcher cannot see yet: id → origin. */
    private final Map<String, String> pendingIds = new ConcurrentHashMap<>();
    private final Map<String, String> pendingOrigins = new ConcurrentHashMap<>();
    private final Object[] originStripes = stripes(64);
    private final PendingSignatures pendingSignatures = new PendingSignatures();

    public LuceneArticleIndex(IndexWriter writer, SearcherManager searchers, ArticleDocumentMapper mapper) {
        this.writer = writer;
        this.searchers = searchers;
        this.mapper = mapper;
    }

    private static Object[] stripes(int n) {
        Object[] stripes = new Object[n];
        for (int i = 0; i < n; i++) {
            stripes[i] = new Object();
        }
        return stripes;
    }

    @Override
    public IndexOutcome put(Article article) {
        long signature = NearDuplicateSignature.of(article.extracted().body());
        String cluster = cluster(article.id(), signature);
        Document doc = mapper.toDocument(article, signature, cluster);
        commitLock.readLock().lock();
        boolean written = false;
        try {
            if (pendingIds.putIfAbsent(article.id(), article.origin()) != null || visibleIdExists(article.id())) {
                written = true; // nothing of ours to undo
                return IndexOutcome.DUPLICATE;
            }
            // One origin's versions are written one at a time, so two versions put at once cannot both survive.
            synchronized (originStripes[Math.floorMod(article.origin().hashCode(), originStripes.length)]) {
                String earlierId = pendingOrigins.put(article.origin(), article.id());
                boolean replaces = earlierId != null || visibleOriginExists(article.origin());
                if (replaces) {
                    // Atomic: the old version goes only if the new one goes in.
                    writer.updateDocument(new Term(NewsFields.ORIGIN, article.origin()), doc);
                } else {
                    // The id and origin are new (checked above; the pending maps keep concurrent puts out), so a plain
                    // add: an update would buffer a delete-by-term that every flush resolves.
                    writer.addDocument(doc);
                }
                pendingSignatures.add(signature, cluster);
                written = true;
                return replaces ? IndexOutcome.UPDATED : IndexOutcome.ADDED;
            }
        } catch (IOException e) {
            throw new NewsSearchException("Could not index " + article.origin() + ": " + e.getMessage(), e);
        } finally {
            if (!written) {
                // A failed write must not make a retry of the same article look like a duplicate.
                pendingIds.remove(article.id(), article.origin());
            }
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void replace(Article article) {
        String cluster = withSearcher(searcher -> StoredArticles.byId(searcher, article.id())
                .map(doc -> doc.get(NewsFields.CLUSTER)).orElse(null));
        if (cluster == null) {
            return;
        }
        Document doc = mapper.toDocument(article, NearDuplicateSignature.of(article.extracted().body()), cluster);
        commitLock.readLock().lock();
        try {
            writer.updateDocument(new Term(NewsFields.ID, article.id()), doc);
        } catch (IOException e) {
            throw new NewsSearchException("Could not rewrite " + article.id() + ": " + e.getMessage(), e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public boolean contains(String id) {
        return pendingIds.containsKey(id) || visibleIdExists(id);
    }

    @Override
    public boolean delete(String id) {
        commitLock.readLock().lock();
        try {
            boolean existed = pendingIds.remove(id) != null || visibleIdExists(id);
            writer.deleteDocuments(new Term(NewsFields.ID, id));
            return existed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            commitLock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        try {
            // Durable first, without the lock: IndexWriter commits while other threads go on adding (what they add
            // meanwhile goes into the next commit), so indexing no longer stops for the flush and the fsync.
            writer.setLiveCommitData(Map.of(LAST_COMMIT, Instant.now().toString()).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new NewsSearchException("Could not commit the index: " + e.getMessage(), e);
        }
        // Then visible: with no put in flight, everything written so far is in the refreshed searcher, so the
        // pending ids and origins can be forgotten.
        commitLock.writeLock().lock();
        try {
            searchers.maybeRefreshBlocking();
            pendingIds.clear();
            pendingOrigins.clear();
            pendingSignatures.clear();
        } catch (IOException e) {
            throw new NewsSearchException("Could not refresh the index searcher: " + e.getMessage(), e);
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public IndexStats stats() {
        long size = 0;
        try {
            for (String file : writer.getDirectory().listAll()) {
                try {
                    size += writer.getDirectory().fileLength(file);
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException merged) {
                    // A merge removed it between listing and measuring.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String lastCommit = null;
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            if (LAST_COMMIT.equals(entry.getKey())) {
                lastCommit = entry.getValue();
            }
        }
        return new IndexStats(count(), size, lastCommit);
    }

    @Override
    public Optional<Article> find(String id) {
        return withSearcher(searcher -> StoredArticles.byId(searcher, id).map(ArticleDocumentMapper::toArticle));
    }

    @Override
    public void forEachEntityName(BiConsumer<EntityType, String> consumer) {
        withSearcher(searcher -> {
            // The facet labels are the distinct names: reading them avoids loading every stored document.
            SortedSetDocValues labels = MultiDocValues.getSortedSetValues(searcher.getIndexReader(),
                    FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (labels == null) {
                return null;
            }
            for (long ord = 0; ord < labels.getValueCount(); ord++) {
                String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
                if (path.length == 2) {
                    for (EntityType type : EntityType.values()) {
                        if (NewsFields.facetDimension(type).equals(path[0])) {
                            consumer.accept(type, path[1]);
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void forEach(Consumer<Article> consumer) {
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        consumer.accept(ArticleDocumentMapper.toArticle(stored.document(doc)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * The same-story group of a new article: that of the closest article, visible or written since the last commit,
     * whose signature is within {@link NearDuplicateSignature#MAX_DISTANCE} bits, or the article's own id. (Two
     * copies being written at the same moment can still miss each other.)
     */
    private String cluster(String id, long signature) {
        // Pending first: a commit between the two looks clears the pending signatures only after the refresh that
        // makes them visible, so a searcher acquired afterwards sees what the pending look missed.
        NearDuplicate.Match pending = pendingSignatures.closest(signature);
        NearDuplicate.Match visible = withSearcher(searcher -> NearDuplicateCandidates.closest(searcher, signature));
        NearDuplicate.Match match = NearDuplicate.closer(visible, pending);
        return match == null ? id : match.cluster();
    }

    private boolean visibleIdExists(String id) {
        return withSearcher(searcher -> LiveTerms.exists(searcher.getIndexReader(), new Term(NewsFields.ID, id)));
    }

    private boolean visibleOriginExists(String origin) {
        return withSearcher(searcher -> LiveTerms.exists(searcher.getIndexReader(),
                new Term(NewsFields.ORIGIN, origin)));
    }

    private <T> T withSearcher(SearcherLease.Read<T> read) {
        return SearcherLease.read(searchers, read);
    }
}
