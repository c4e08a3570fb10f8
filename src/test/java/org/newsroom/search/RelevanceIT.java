package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsroom.search.ingest.IngestListener;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.newsroom.search.search.ArticleSearcher;
import org.newsroom.search.search.Hit;
import org.newsroom.search.search.SearchRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Relevance checks: reporters' queries (paraphrased, not copied from titles) over the samples and a slice of the
 * Reuters corpus, each with the article that must rank in the top 3.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RelevanceIT {

    private static boolean ingested;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("news-search-relevance");
        registry.add("newsearch.index.path", index::toString);
        registry.add("newsearch.ingest.seed-on-empty", () -> "false");
        registry.add("newsearch.nlp.enabled", () -> "false");
    }

    @Autowired
    IngestService ingest;

    @Autowired
    ArticleSearcher searcher;

    @BeforeAll
    static void reset() {
        ingested = false;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cocaine legalization                         | 000_cb3c3d186b0015fe.txt
            Noem contentious interview Newsmax           | 001_08584342d52f2a7e.txt
            defense minister inaccurate interpretations  | 002_11a090e9b5617967.txt
            Petro White House visit agenda               | 003_ba048709ca02cb35.txt
            phone call tone drug crisis                  | 004_519fff0a90f22bb2.txt
            hungary devalues forint                      | reuters21578-3526
            fishmeal prices hamburg                      | reuters21578-3135
            soviet grain import estimate raised          | reuters21578-3330
            indonesian sugar production                  | reuters21578-259
            taiwan currency reserves record              | reuters21578-1940
            japan beef import quotas                     | reuters21578-4631
            aluminium capacity cut                       | reuters21578-4697
            ivory coast cocoa talks                      | reuters21578-5168
            "interest rate liberalisation"               | reuters21578-322
            dutch unemployment february                  | reuters21578-3717
            oil exploration jordan                       | reuters21578-3843
            OECD france manoeuvre                        | reuters21578-843
            """)
    void ranksInTheTopThree(String query, String expected) {
        ingestOnce();
        List<String> top = searcher.search(SearchRequest.of(query, 3)).hits().stream().map(Hit::source).toList();
        assertThat(top).as(query).contains(expected);
    }

    private void ingestOnce() {
        if (ingested) {
            return;
        }
        IngestReport report = ingest.ingest(List.of(Path.of("samples"),
                Path.of("src/test/resources/fixtures/corpus/reuters21578-slice.jsonl")), IngestListener.NONE);
        assertThat(report.failed()).isZero();
        ingested = true;
    }
}
