package org.newsroom.search.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
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
 * touched by a failure. Commits every {@code commit-every} articles and at the end, so a crash loses at most the
 * uncommitted batch, which re-running the same ingest restores (identity is by content, so the re-run adds no
 * duplicates).
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final ArticleExtractor extractor;
    private final EntityExtractor entityExtractor;
    private final ArticleIndex index;
    private final IngestProperties properties;

    public IngestService(ArticleExtractor extractor, EntityExtractor entityExtractor, ArticleIndex index,
            IngestProperties properties) {
        this.extractor = extractor;
        this.entityExtractor = entityExtractor;
        this.index = index;
        this.properties = properties;
    }

    /**
     * Ingests files and folders (recursively).
     *
     * @throws ExtractionException when a given path does not exist (before anything is ingested)
     */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        long start = System.nanoTime();
        List<Path> files = ArticleFiles.expand(paths, extractor);
        List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger sinceCommit = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, properties.effectiveThreads()));
        try {
            List<Future<?>> tasks = new ArrayList<>(files.size());
            for (Path file : files) {
                tasks.add(pool.submit(() -> {
                    FileOutcome outcome = process(file.getFileName().toString(), file.toString(),
                            () -> extractor.extract(file));
                    outcomes.add(outcome);
                    if (sinceCommit.incrementAndGet() >= properties.commitEvery()) {
                        sinceCommit.set(0);
                        index.commit();
                    }
                    listener.fileDone(outcome, done.incrementAndGet(), files.size());
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsSearchException("Ingestion was interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsSearchException("Ingestion failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            index.commit();
        }
        IngestReport report = report(outcomes, Duration.ofNanos(System.nanoTime() - start));
        log.info("Ingest: {}", report.summary());
        return report;
    }

    /** Ingests one uploaded file and commits it. The caller opened the stream and closes it. */
    public FileOutcome ingest(String name, InputStream content) {
        FileOutcome outcome = process(name, "upload:" + name, () -> extractor.extract(name, content));
        index.commit();
        return outcome;
    }

    /**
     * Ingests an article given as data (for example a JSON article posted to the API) and commits it. Its origin is
     * the feed's id when it has one, so a changed version replaces the earlier one; without an id, its content.
     *
     * @param label names the article in the outcome when it has no id
     */
    public FileOutcome ingest(ArticleData article, String label) {
        String source = article.id() != null ? article.id() : label;
        FileOutcome outcome = process(source, article.id() != null ? "id:" + article.id() : null,
                () -> ArticleDataConverter.convert(article, source));
        index.commit();
        return outcome;
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

    private static IngestReport report(List<FileOutcome> outcomes, Duration elapsed) {
        int added = 0;
        int updated = 0;
        int duplicates = 0;
        List<FileOutcome> failures = new ArrayList<>();
        List<FileOutcome> warnings = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            switch (outcome.status()) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                case DUPLICATE -> duplicates++;
                case FAILED -> failures.add(outcome);
            }
            if (outcome.status() != FileOutcome.Status.FAILED && outcome.message() != null) {
                warnings.add(outcome);
            }
        }
        failures.sort(java.util.Comparator.comparing(FileOutcome::source));
        return new IngestReport(added, updated, duplicates, failures, warnings, elapsed);
    }
}
