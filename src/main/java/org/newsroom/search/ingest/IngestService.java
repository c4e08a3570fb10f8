package org.newsroom.search.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.article.NewsSearchException;
import org.newsroom.search.config.IngestProperties;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.index.IndexOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs the pipeline (extract, recognise entities, index) over files and folders in parallel, and reports every
 * file's outcome. A file that fails is reported with its reason and the batch goes on; nothing already indexed is
 * touched by a failure. Commits every {@code commit-every} articles or {@code commit-interval}, whichever comes
 * first, and at the end, so a crash loses at most the uncommitted batch, which re-running the same ingest restores
 * (identity is by content, so the re-run adds no duplicates).
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** Bounds the memory of lone-surname tracking in huge runs; the rest waits for {@code recanonicalize}. */
    private static final int MAX_LONE_SURNAMES = 100_000;

    private final ArticleExtractor extractor;
    private final EntityExtractor entityExtractor;
    private final ArticleIndex index;
    private final IngestProperties properties;
    private final EntityRecanonicalizer recanonicalizer;
    /**
     * Articles of the current runs that name a person by surname alone: once the run is over, the archive may know
     * that person's full name, so they are re-canonicalized.
     */
    private final Set<String> loneSurnames = ConcurrentHashMap.newKeySet();

    public IngestService(ArticleExtractor extractor, EntityExtractor entityExtractor, ArticleIndex index,
            IngestProperties properties, EntityRecanonicalizer recanonicalizer) {
        this.extractor = extractor;
        this.entityExtractor = entityExtractor;
        this.index = index;
        this.properties = properties;
        this.recanonicalizer = recanonicalizer;
    }

    /**
     * Ingests files, folders (recursively) and JSON Lines feeds. Work is queued in bounded batches, so a feed of a
     * million articles is ingested in bounded memory.
     *
     * @throws ExtractionException when a given path does not exist (before anything is ingested)
     */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        long start = System.nanoTime();
        List<Path> files = ArticleFiles.expand(paths, extractor);
        int threads = Math.max(1, properties.effectiveThreads());
        // A full queue makes the reading thread wait: back-pressure instead of unbounded memory. (It used to run the
        // task itself, which left the workers idle while it did and stopped the feed being read meanwhile.)
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 64), IngestService::waitForRoom);
        IngestTally tally = new IngestTally(files.stream().anyMatch(ArticleFeed::isFeed) ? 0 : files.size());
        CommitSchedule commits = new CommitSchedule(properties.commitEvery(), properties.commitInterval());
        try {
            for (Path file : files) {
                if (ArticleFeed.isFeed(file)) {
                    String feedName = file.getFileName().toString();
                    ArticleFeed.read(file, new ArticleFeed.LineHandler() {
                        @Override
                        public void article(int line, ArticleData article) {
                            pool.execute(() -> finish(tally, commits, listener, process(article, feedName + ":" + line)));
                        }

                        @Override
                        public void malformed(int line, String reason) {
                            finish(tally, commits, listener, failed(feedName + ":" + line, feedName + ": " + reason));
                        }
                    });
                } else {
                    pool.execute(() -> finish(tally, commits, listener, process(file.getFileName().toString(),
                            file.toString(), () -> extractor.extract(file))));
                }
            }
            pool.shutdown();
            if (!pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS)) {
                throw new NewsSearchException("Ingestion did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsSearchException("Ingestion was interrupted", e);
        } finally {
            pool.shutdownNow();
            index.commit();
        }
        resolveLoneSurnames();
        IngestReport report = tally.report(Duration.ofNanos(System.nanoTime() - start));
        log.info("Ingest: {}", report.summary());
        return report;
    }

    private void resolveLoneSurnames() {
        List<String> ids = List.copyOf(loneSurnames);
        loneSurnames.removeAll(ids);
        int changed = recanonicalizer.recanonicalize(ids);
        if (changed > 0) {
            log.info("Resolved lone surnames to full names in {} articles", changed);
        }
    }

    private void finish(IngestTally tally, CommitSchedule commits, IngestListener listener, FileOutcome outcome) {
        int done = tally.add(outcome);
        commits.maybeCommit(done, index::commit);
        listener.fileDone(outcome, done, tally.expected());
    }

    /** The pool's rejection handler: blocks the submitting (feed-reading) thread until the queue has room. */
    private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("Ingestion is shutting down");
        }
        try {
            pool.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("Interrupted while waiting to queue an article", e);
        }
    }

    /** Ingests one uploaded file and commits it. The caller opened the stream and closes it. */
    public FileOutcome ingest(String name, InputStream content) {
        FileOutcome outcome = process(name, "upload:" + name, () -> extractor.extract(name, content));
        index.commit();
        resolveLoneSurnames();
        return outcome;
    }

    /**
     * Ingests an article given as data (for example a JSON article posted to the API) and commits it. Its origin is
     * the feed's id when it has one, so a changed version replaces the earlier one; without an id, its content.
     *
     * @param label names the article in the outcome when it has no id
     */
    public FileOutcome ingest(ArticleData article, String label) {
        FileOutcome outcome = process(article, label);
        index.commit();
        resolveLoneSurnames();
        return outcome;
    }

    /**
     * Runs an article given as data through the stages. Its own id names it and is its origin, so a changed version
     * replaces the earlier one; without an id, the label names it and its content identifies it.
     */
    private FileOutcome process(ArticleData article, String label) {
        String source = article.id() != null ? article.id() : label;
        return process(source, article.id() != null ? "id:" + article.id() : null,
                () -> extractor.extract(article, source));
    }

    /** Runs one article through the stages; a null origin means the article is identified by its content alone. */
    private FileOutcome process(String source, @Nullable String origin, Supplier<ExtractedArticle> extraction) {
        ExtractedArticle extracted;
        try {
            extracted = extraction.get();
        } catch (ExtractionException e) {
            return failed(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug on one hostile file must not stop the batch; the reason is reported with the file.
            return failed(source, describe(e));
        }
        String hash = ContentIdentity.hash(extracted);
        String id = ContentIdentity.id(hash);
        if (index.contains(id)) {
            // Unchanged text: skip entity recognition, the slowest stage.
            return new FileOutcome(source, FileOutcome.Status.DUPLICATE, id, null);
        }
        List<Entity> entities = List.of();
        String warning = null;
        try {
            entities = entityExtractor.extract(extracted.title(), extracted.body());
        } catch (RuntimeException e) {
            warning = "indexed without persons and organizations: " + describe(e);
            log.warn("{}: {}", source, warning);
        }
        try {
            String key = origin != null ? origin : "content:" + id;
            IndexOutcome outcome = index.put(new Article(id, hash, key, extracted, entities));
            if (outcome != IndexOutcome.DUPLICATE && loneSurnames.size() < MAX_LONE_SURNAMES && entities.stream()
                    .anyMatch(e -> e.type() == EntityType.PERSON && e.name().indexOf(' ') < 0)) {
                loneSurnames.add(id);
            }
            return new FileOutcome(source, status(outcome), id, warning);
        } catch (RuntimeException e) {
            return failed(source, "could not be indexed: " + describe(e));
        }
    }

    private static FileOutcome failed(String source, String reason) {
        log.warn("Failed: {}", reason);
        return new FileOutcome(source, FileOutcome.Status.FAILED, null, reason);
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the document is nested too deeply to read";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static FileOutcome.Status status(IndexOutcome outcome) {
        return switch (outcome) {
            case ADDED -> FileOutcome.Status.ADDED;
            case UPDATED -> FileOutcome.Status.UPDATED;
            case DUPLICATE -> FileOutcome.Status.DUPLICATE;
        };
    }
}
