package org.newsroom.search.bench.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.newsroom.search.ingest.FeedFiles;
import org.newsroom.search.entities.EntityExtractor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the entity stage alone (issue #8, per-stage figures): runs the application's {@link EntityExtractor} over
 * the titles and bodies of a JSON Lines feed with a pool of threads, without extraction or indexing. Not
 * thread-safe.
 */
public final class EntityStageBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EntityExtractor extractor;

    public EntityStageBenchmark(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    /** Runs recognition over at most {@code limit} articles of the feed. */
    public Map<String, Object> run(Path feed, int limit, int threads) {
        // The first call loads the models; keep it out of the timing.
        long load = System.nanoTime();
        extractor.extract("Warm up", "Ronald Reagan met the International Monetary Fund in Washington.");
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        AtomicLong entities = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        long articles = 0;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 16), new ThreadPoolExecutor.CallerRunsPolicy());
        long start = System.nanoTime();
        try (BufferedReader reader = FeedFiles.open(feed)) {
            String line;
            while (articles < limit && (line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String title = node.path("title").asString("");
                String body = node.path("body").asString("");
                articles++;
                chars.addAndGet(title.length() + body.length());
                pool.execute(() -> entities.addAndGet(extractor.extract(title, body).size()));
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
                throw new IllegalStateException("Entity recognition did not finish");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + feed + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("system", "news-search");
        result.put("stage", "entities");
        result.put("feed", feed.toString());
        result.put("threads", threads);
        result.put("model_load_s", LatencyStats.round(loadSeconds));
        result.put("articles", articles);
        result.put("entities", entities.get());
        result.put("seconds", LatencyStats.round(seconds));
        result.put("articles_per_s", LatencyStats.round(articles / seconds));
        result.put("mchars_per_s", LatencyStats.round(chars.get() / 1e6 / seconds));
        result.put("summary", String.format(Locale.ROOT,
                "news-search stage=entities threads=%d articles=%d seconds=%.1f articles_per_s=%.1f", threads,
                articles, seconds, articles / seconds));
        return result;
    }
}
