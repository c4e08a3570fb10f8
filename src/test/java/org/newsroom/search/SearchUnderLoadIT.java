package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.ingest.IngestListener;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A bounded load test on loopback: 4 client threads send mixed searches (facets, histogram and highlights, as the
 * page asks for them) for {@value #SECONDS} seconds while a feed is being ingested. It asserts only that nothing
 * failed; the measured throughput and latency percentiles are written to {@code target/load-test.json} (they are
 * figures for docs/benchmarks.md, not test thresholds).
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchUnderLoadIT {

    private static final int THREADS = 4;
    private static final int SECONDS = 30;
    private static final List<String> QUERIES = List.of(
            "q=cocaine+legalization", "q=oil", "q=trade+deficit", "q=%22interest+rates%22", "q=bank&sort=newest",
            "q=grain&from=1987-03-01&to=1987-04-30", "person=Gustavo+Petro", "q=petro+OR+trump", "q=expor*",
            "q=sugar+-cocoa", "q=tonnes&page=3", "q=shares&sort=oldest", "q=money+market", "q=", "q=crop+harvest");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("news-search-load");
        registry.add("newsearch.index.path", index::toString);
        registry.add("newsearch.ingest.seed-on-empty", () -> "true");
    }

    @TempDir
    Path folder;

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Test
    void searchesWhileIngestingWithoutErrors() throws Exception {
        Path feed = folder.resolve("feed.jsonl");
        writeFeed(feed);
        ExecutorService background = Executors.newSingleThreadExecutor();
        Future<IngestReport> ingesting = background.submit(() -> ingest.ingest(List.of(feed), IngestListener.NONE));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            clients.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String query = QUERIES.get(i % QUERIES.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/api/v1/search?collapse=true&facetSize=20&" + query))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorSamples.add(query + " → " + response.statusCode());
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        errorSamples.add(query + " → " + e);
                    }
                    latencies.add(System.nanoTime() - start);
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(SECONDS + 60, TimeUnit.SECONDS)).isTrue();
        boolean ingestStillRunning = !ingesting.isDone();
        IngestReport report = ingesting.get(10, TimeUnit.MINUTES);
        background.shutdown();

        assertThat(errors.get()).as("errors: %s", errorSamples).isZero();
        assertThat(report.failed()).isZero();
        assertThat(latencies).isNotEmpty();
        write(latencies, report, ingestStillRunning);
    }

    private static void write(List<Long> latencies, IngestReport report, boolean ingestOverlapped) throws IOException {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String json = String.format(Locale.ROOT,
                "{\"threads\":%d,\"seconds\":%d,\"requests\":%d,\"errors\":0,\"throughput_per_s\":%.1f,"
                        + "\"p50_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"ingested_during_load\":%d,"
                        + "\"ingest_overlapped_whole_run\":%b}%n",
                THREADS, SECONDS, sorted.size(), sorted.size() / (double) SECONDS, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), report.added(), ingestOverlapped);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "load-test.json"), json);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** 4,000 short wire articles with distinct text, enough to keep entity recognition busy during the run. */
    private static void writeFeed(Path feed) throws IOException {
        String[] topics = {"oil", "grain", "sugar", "bank", "trade deficit", "money market", "crop harvest", "shares"};
        try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 4000; i++) {
                String topic = topics[i % topics.length];
                out.write(String.format(Locale.ROOT, "{\"id\":\"load-%d\",\"title\":\"%s report %d\","
                        + "\"published\":\"1987-0%d-%02d\",\"body\":\"Traders in London said %s prices moved on "
                        + "Monday, item %d. Analysts at Morgan Stanley and officials of the Bank of England expect "
                        + "exports to rise. John Smith of the Federal Reserve said interest rates would hold.\"}%n",
                        i, topic, i, 3 + i % 5, 1 + i % 28, topic, i));
            }
        }
    }
}
