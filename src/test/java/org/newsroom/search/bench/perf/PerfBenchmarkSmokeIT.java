package org.newsroom.search.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.config.IndexProperties;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.IngestService;
import org.newsroom.search.search.ArticleSearcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the benchmark code end to end on a tiny made-up corpus: builds a corpus from a source written in a temporary
 * folder, ingests it with entity recognition off, replays the bundled query mix in-process and over HTTP, and checks
 * the output format (summary line fields, JSON keys). No timing assertions: the figures depend on the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerfBenchmarkSmokeIT {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsearch.index.path", () -> folder.resolve("index").toString());
        registry.add("newsearch.ingest.seed-on-empty", () -> "false");
        registry.add("newsearch.nlp.enabled", () -> "false");
    }

    @Autowired
    IngestService ingest;

    @Autowired
    ArticleIndex index;

    @Autowired
    ArticleSearcher searcher;

    @Autowired
    IndexProperties indexProperties;

    @Autowired
    SearchProperties searchProperties;

    @LocalServerPort
    int port;

    @Test
    void buildsIngestsAndQueries() throws IOException {
        Path source = folder.resolve("source.jsonl");
        Files.writeString(source, """
                {"id":"s1","title":"OIL PRICES RISE","published":"1987-03-02T10:00:00","body":"Oil prices rose on Monday as traders bought crude oil.\\n\\nThe bank said the money supply grew.","tags":{"people":["james-baker"],"orgs":["imf"]}}
                {"id":"s2","title":"COFFEE QUOTA TALKS","published":"1987-03-05T11:00:00","body":"Coffee producers met to discuss a quota.\\n\\nShares of the company rose after the dividend.","tags":{"people":[],"orgs":[]}}
                {"id":"s3","title":"TRADE DEFICIT WIDENS","published":"1987-04-01T09:30:00","body":"The trade deficit widened, said the Japanese ministry, and inflation was steady.\\n\\nInterest rates were cut by the Federal Reserve."}
                """, StandardCharsets.UTF_8);
        Path corpus = folder.resolve("corpus.jsonl.gz");

        CorpusBuilder.Result built = CorpusBuilder.build(source, corpus, 40, 7);

        assertThat(built.articles()).isEqualTo(40);
        assertThat(built.sourceArticles()).isEqualTo(3);
        assertThat(built.sourceParagraphs()).isEqualTo(6);
        List<String> lines = gunzipLines(corpus);
        assertThat(lines).hasSize(40);
        assertThat(lines.get(0)).startsWith("{\"id\":\"bench-7-0000000\",\"title\":").contains("\"published\":",
                "\"body\":", "\"persons\":", "\"orgs\":");
        assertThat(String.join("\n", lines)).contains("\"James Baker\"", "\"IMF\"");
        Path again = folder.resolve("again.jsonl.gz");
        CorpusBuilder.build(source, again, 40, 7);
        assertThat(gunzipLines(again)).as("same seed, same corpus").isEqualTo(lines);

        Map<String, Object> ingested = new IngestBenchmark(ingest, index, indexProperties.path())
                .run(List.of(corpus), false, 2);

        assertThat(ingested).containsKeys("articles", "seconds", "articles_per_s", "mb_per_s", "input_mb",
                "peak_heap_sampled_mb", "peak_heap_pools_mb", "gc_ms", "index_mb", "summary");
        assertThat(((Number) ingested.get("articles")).longValue() + ((Number) ingested.get("duplicates")).longValue())
                .isEqualTo(40);
        assertThat((String) ingested.get("summary")).matches("news-search ingest entities=off articles=\\d+"
                + " seconds=[\\d.]+ articles_per_s=\\d+ mb_per_s=[\\d.]+ peak_heap_mb=\\d+ index_mb=[\\d.]+");

        QueryMix mix = QueryMix.load(QueryMix.DEFAULT);
        assertThat(mix.version()).startsWith("query-mix v1");
        assertThat(mix.queries()).extracting(QueryMix.Query::kind)
                .contains("term", "and", "phrase", "facet", "date", "newest", "deep");

        Map<String, Object> inProcess = new QueryBenchmark(QueryTarget.inProcess(searcher, searchProperties), mix, 1, 1,
                List.of(1, 4)).run(index.count());
        Map<String, Object> http = new QueryBenchmark(QueryTarget.http("http://127.0.0.1:" + port), mix, 0, 1,
                List.of(1, 4)).run(-1);

        for (Map<String, Object> result : List.of(inProcess, http)) {
            assertThat(result).containsKeys("system", "mode", "mix", "queries", "p50_ms", "p95_ms", "p99_ms", "qps1",
                    "t4_p50_ms", "t4_p95_ms", "t4_p99_ms", "qps4", "by_kind", "t4_by_kind", "answers", "facets_ok",
                    "summary");
            assertThat(result.get("queries")).isEqualTo(mix.queries().size());
            assertThat(result.get("facets_ok")).isEqualTo(true);
            assertThat((String) result.get("summary")).matches("news-search mode=(in-process|http) articles=-?\\d+"
                    + " queries=\\d+ p50_ms=[\\d.]+ p95_ms=[\\d.]+ p99_ms=[\\d.]+ qps1=[\\d.]+"
                    + " t4_p50_ms=[\\d.]+ t4_p95_ms=[\\d.]+ t4_p99_ms=[\\d.]+ qps4=[\\d.]+");
        }
        assertThat(inProcess.get("mode")).isEqualTo("in-process");
        assertThat(http.get("mode")).isEqualTo("http");
        assertThat(inProcess.get("zero_hit_queries")).as("the tiny corpus matches some of the mix")
                .isNotEqualTo(mix.queries().size());
        assertThat(http.get("answers")).as("both targets see the same index").isEqualTo(inProcess.get("answers"));
    }

    private static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
