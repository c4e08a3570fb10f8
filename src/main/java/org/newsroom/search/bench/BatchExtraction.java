package org.newsroom.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.article.NewsSearchException;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.ingest.ArticleExtractor;
import org.newsroom.search.ingest.ExtractionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extracts every supported file of a folder (text, metadata, persons, organizations) on all cores, with the models
 * loaded once, into one JSON object keyed by file name without extensions, so extraction and entities can be scored
 * against a ground truth. Nothing is indexed.
 */
public final class BatchExtraction {

    private static final List<String> DOUBLE_EXTENSIONS = List.of(".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz");

    private final ArticleExtractor extractor;
    private final EntityExtractor entities;
    private final int threads;

    /** @param threads worker threads; 0 means one per core */
    public BatchExtraction(ArticleExtractor extractor, EntityExtractor entities, int threads) {
        this.extractor = extractor;
        this.entities = entities;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** What a run did. */
    public record Result(int files, int failures, double seconds) {}

    /** Extracts the files under {@code folder} and writes the JSON object to {@code out}. */
    public Result run(Path folder, Path out) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(extractor::supports).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read folder " + folder + ": " + e.getMessage(), e);
        }
        long start = System.nanoTime();
        Map<String, Map<String, Object>> results = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> results.put(key(file), extract(file))));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsSearchException("Batch extraction was interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsSearchException("Batch extraction failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        try {
            Files.writeString(out, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(results));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        int failures = (int) results.values().stream().filter(r -> r.containsKey("error")).count();
        return new Result(files.size(), failures, (System.nanoTime() - start) / 1e9);
    }

    private Map<String, Object> extract(Path file) {
        Map<String, Object> record = new LinkedHashMap<>();
        try {
            ExtractedArticle article = extractor.extract(file);
            List<Entity> found;
            try {
                found = entities.extract(article.title(), article.body());
            } catch (RuntimeException e) {
                found = List.of();
                record.put("entityError", e.getMessage());
            }
            record.put("articleBody", article.body());
            record.put("headline", article.titleStated() ? article.title() : null);
            record.put("author", article.author());
            record.put("datePublished", article.published() == null ? null : article.published().toLocalDate().toString());
            record.put("url", article.url());
            record.put("language", article.language());
            record.put("persons", names(found, EntityType.PERSON));
            record.put("organizations", names(found, EntityType.ORGANIZATION));
        } catch (ExtractionException e) {
            record.put("error", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            record.put("error", file.getFileName() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        return record;
    }

    private static List<String> names(List<Entity> found, EntityType type) {
        return found.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    /** The file name without its extensions: {@code 0006.html.gz} → {@code 0006}. */
    static String key(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : DOUBLE_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
