package org.newsroom.search.bench.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.LuceneArticleIndex;
import org.newsroom.search.index.NewsAnalyzers;
import org.newsroom.search.index.NewsFields;
import org.newsroom.search.search.RelatedArticle;
import org.newsroom.search.search.RelatedCoverage;
import org.newsroom.search.search.RelatedCoverageResult;

/** The evaluation on a tiny generated corpus: the test set it draws and the shape of its report (no timings). */
class RelatedEvaluationTest {

    private static final String[] WORDS = {"cocoa", "harvest", "ghana", "prices", "export", "rains", "growers",
        "gold", "mine", "ounces", "bullion", "output", "shares", "tonnes", "quota", "council", "stocks", "buffer"};

    @TempDir
    Path folder;

    @Test
    void reportsPrecisionOfBothRankingsAndLatency() throws IOException {
        // c1..c6 share the rare tag "cocoa" within a week; g1..g4 share "gold"; all share the common tag "earn".
        List<String> lines = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String id = i <= 6 ? "c" + i : "g" + (i - 6);
            String topic = i <= 6 ? "cocoa" : "gold";
            LocalDate day = LocalDate.of(1987, 3, 1).plusDays(i);
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                body.append(WORDS[(i * 7 + w * (i + 3)) % WORDS.length]).append(w % 9 == 8 ? ". " : " ");
            }
            body.append(topic).append(" article number ").append(i);
            lines.add("{\"id\": \"" + id + "\", \"title\": \"" + topic + " news " + i + "\", \"published\": \"" + day
                    + "T10:00:00.00\", \"body\": \"" + body + "\", \"tags\": {\"topics\": [\"" + topic
                    + "\", \"earn\"], \"people\": [], \"orgs\": [], \"places\": [\"usa\"]}}");
            articles.add(article(id, topic + " news " + i, body.toString(), day));
        }
        Path corpus = folder.resolve("corpus.jsonl");
        Files.write(corpus, lines);

        Analyzer analyzer = NewsAnalyzers.perField();
        FacetsConfig facets = new FacetsConfig();
        facets.setMultiValued(NewsFields.PERSON_FACET, true);
        facets.setMultiValued(NewsFields.ORGANIZATION_FACET, true);
        try (FSDirectory directory = FSDirectory.open(folder.resolve("index"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            LuceneArticleIndex index = new LuceneArticleIndex(writer, searchers, new ArticleDocumentMapper(facets));
            articles.forEach(index::put);
            index.commit();
            searchers.maybeRefreshBlocking();

            // A stand-in for the real ranking: always the other cocoa articles.
            RelatedCoverage cocoa = new RelatedCoverage() {
                @Override
                public Optional<RelatedCoverageResult> related(String id, int size, @Nullable LocalDate notBefore,
                        @Nullable LocalDate notAfter) {
                    List<RelatedArticle> others = articles.stream().map(Article::id)
                            .filter(other -> other.startsWith("c") && !other.equals(id)).limit(size)
                            .map(other -> new RelatedArticle(other, other, null, "test", 1, List.of(), List.of(),
                                    List.of(), null))
                            .toList();
                    return Optional.of(new RelatedCoverageResult(List.of(), others, List.of(), List.of()));
                }

                @Override
                public RelatedCoverageResult relatedToText(String title, String text, int size) {
                    throw new UnsupportedOperationException();
                }
            };
            RelatedEvaluation evaluation = new RelatedEvaluation(cocoa, searchers, analyzer,
                    new RelatedProperties(1, 1, 30, 60, 10, 0.45, 0.35, 0.1, 0.1, 45));
            Map<String, String> ids = articles.stream().map(Article::id)
                    .collect(Collectors.toMap(Function.identity(), Function.identity()));
            RelatedEvaluation.TestSet testSet = evaluation.testSet(corpus, ids,
                    new RelatedEvaluation.Settings(6, 14, 5, 4, 7, 5));

            // "earn" is on all 10 articles, so not rare; only the six cocoa articles have five related ones.
            assertThat(testSet.rareTags()).isEqualTo(2);
            assertThat(testSet.eligible()).isEqualTo(6);
            assertThat(testSet.queries()).hasSize(4).allSatisfy(q -> {
                assertThat(q.id()).startsWith("c");
                assertThat(q.relevant()).hasSize(5).doesNotContain(q.id());
            });

            RelatedEvaluation.Result result = evaluation.run(testSet);
            assertThat(result.oursPrecision()).isEqualTo(1.0);
            assertThat(result.baselinePrecision()).isBetween(0.0, 1.0);
            assertThat(result.oursLatencyMs()).hasSize(4);
            List<String> report = result.lines();
            assertThat(report).hasSize(5);
            assertThat(report.get(0)).startsWith("test set: 4 queries drawn (seed 7) from 6 eligible of 10 corpus "
                    + "articles; rare tag = topic/person/org tag on <= 6 articles (2 tags)");
            assertThat(report.get(1)).isEqualTo("index: 10 articles, 0 with persons or organizations");
            assertThat(report.get(2)).matches("precision@5  related: 1\\.000  MoreLikeThis: [01]\\.\\d{3}  "
                    + "\\(per query: related better \\d, worse 0, equal \\d\\)");
            assertThat(report.get(3)).matches("latency related \\(ms, 4 lookups after 50 warm-up\\): p50 [\\d.]+  "
                    + "p90 [\\d.]+  p99 [\\d.]+  max [\\d.]+");
            assertThat(report.get(4)).startsWith("latency MoreLikeThis (ms, 4 lookups");
        }
    }

    @Test
    void percentilesUseTheNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RelatedEvaluation.percentile(sorted, 50)).isEqualTo(5);
        assertThat(RelatedEvaluation.percentile(sorted, 90)).isEqualTo(9);
        assertThat(RelatedEvaluation.percentile(sorted, 99)).isEqualTo(10);
        assertThat(RelatedEvaluation.percentile(new double[0], 50)).isZero();
    }

    private static Article article(String id, String title, String body, LocalDate day) {
        OffsetDateTime published = day.atTime(10, 0).atOffset(ZoneOffset.UTC);
        ExtractedArticle text = new ExtractedArticle(id + ".txt", "text/plain", title, null, published, null, null,
                "en", body);
        return new Article(id, id + "-hash", "id:" + id, text, List.of());
    }
}
