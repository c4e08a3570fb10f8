package org.newsroom.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.article.NewsSearchException;
import org.newsroom.search.ingest.ArticleExtractor;
import org.newsroom.search.ingest.ExtractionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an {@link ArticleExtractor} over a folder laid out as {@code html/<id>.html.gz} plus {@code ground-truth.json}
 * (id to {@code articleBody}, {@code title}, {@code author}, {@code publish_date}) on all cores and scores the result
 * with {@link ExtractionScorer}. A page the extractor refuses scores as empty.
 *
 * <p>Thread-safe if the extractor is; each {@link #run} call owns its thread pool and shuts it down.
 */
public final class ExtractionBenchmark {

    private final ArticleExtractor extractor;
    private final int threads;

    /**
     * @param extractor the extractor under test
     * @param threads   worker threads; 0 means one per core
     */
    public ExtractionBenchmark(ArticleExtractor extractor, int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 or more, was " + threads);
        }
        this.extractor = extractor;
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** The figures of one run. */
    public record Figures(ExtractionScorer.Summary summary, int failures, int threads, double seconds,
            double pagesPerSecondPerCore, List<Page> pages) {
    }

    /** One page's outcome, for looking at the worst pages while tuning. */
    public record Page(String id, ExtractionScorer.PageResult result, ExtractionScorer.BodyScore body,
            @Nullable String error) {
    }

    /** Scores every page listed in {@code folder/ground-truth.json}. */
    public Figures run(Path folder) {
        Map<String, JsonNode> truth = readTruth(folder.resolve("ground-truth.json"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Page>> futures = new ArrayList<>();
        try {
            for (Map.Entry<String, JsonNode> entry : truth.entrySet()) {
                Path html = folder.resolve("html").resolve(entry.getKey() + ".html.gz");
                futures.add(pool.submit(() -> score(entry.getKey(), html, entry.getValue())));
            }
            List<Page> pages = new ArrayList<>(futures.size());
            for (Future<Page> future : futures) {
                pages.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ExtractionScorer.Accumulator total = new ExtractionScorer.Accumulator();
            pages.forEach(page -> total.add(page.result(), page.body()));
            int failures = (int) pages.stream().filter(page -> page.error() != null).count();
            return new Figures(total.summary(), failures, threads, seconds, pages.size() / seconds / threads, pages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsSearchException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new NewsSearchException("benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Page score(String id, Path html, JsonNode truth) {
        String predictedBody = "";
        String title = null;
        String author = null;
        LocalDate day = null;
        String error = null;
        try (InputStream in = Files.newInputStream(html)) {
            ExtractedArticle article = extractor.extract(html.getFileName().toString(), in);
            predictedBody = article.body();
            title = article.title();
            author = article.author();
            day = article.published() == null ? null : article.published().toLocalDate();
        } catch (ExtractionException e) {
            error = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExtractionScorer.PageResult result = new ExtractionScorer.PageResult(predictedBody,
                text(truth, "articleBody", ""), title, text(truth, "title", null), author, text(truth, "author", null),
                day, text(truth, "publish_date", null));
        return new Page(id, result, ExtractionScorer.body(predictedBody, result.trueBody()), error);
    }

    private static Map<String, JsonNode> readTruth(Path file) {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        Map<String, JsonNode> truth = new TreeMap<>();
        root.properties().forEach(entry -> truth.put(entry.getKey(), entry.getValue()));
        return truth;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asString();
    }
}
