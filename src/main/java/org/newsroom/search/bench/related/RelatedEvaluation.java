package org.newsroom.search.bench.related;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.ingest.FeedFiles;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.IndexedArticle;
import org.newsroom.search.index.NewsFields;
import org.newsroom.search.index.StoredArticles;
import java.util.Optional;
import org.newsroom.search.search.ArticleMoreLikeThis;
import org.newsroom.search.index.SearcherLease;
import org.newsroom.search.search.RelatedArticle;
import org.newsroom.search.search.RelatedCoverage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the related-coverage ranking with plain MoreLikeThis on a tagged corpus (Reuters-21578 style: each JSON
 * line has {@code id}, {@code published} and {@code tags} with {@code topics}, {@code people}, {@code orgs} lists).
 *
 * <p>Test set: a tag is <em>rare</em> when at most {@code maxTagArticles} articles of the corpus carry it; two
 * articles are <em>related</em> when they share a rare tag and were published within {@code days} days of each other.
 * Queries are articles with at least {@code minRelated} related articles, drawn with a fixed seed. Versions of the
 * query's own story (its near-duplicate cluster, and exact duplicates, which are one article in the index) are not
 * counted as related and are left out of both rankings: the related endpoint lists them apart, as "same story".
 *
 * <p>Both rankings see the same index; precision@5 is related articles among the first five, divided by five.
 */
public final class RelatedEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TAG_KINDS = List.of("topics", "people", "orgs");
    /** Lookups run before timing starts, so class loading and JIT compilation are not measured. */
    private static final int WARM_UP = 50;

    /**
     * How the test set is drawn.
     *
     * @param maxTagArticles a tag carried by at most this many articles is rare
     * @param days           related articles are published at most this many days apart
     * @param minRelated     a query needs at least this many related articles
     * @param queries        query articles drawn
     * @param seed           of the draw
     * @param k              the cut-off of precision@k
     */
    public record Settings(int maxTagArticles, int days, int minRelated, int queries, long seed, int k) {

        public static Settings defaults() {
            return new Settings(100, 14, 5, 300, 42, 5);
        }
    }

    /** One query article (index id) and the index ids of the articles related to it. */
    public record TestQuery(String id, Set<String> relevant) {}

    /**
     * The drawn queries.
     *
     * @param corpusArticles lines of the corpus with an id
     * @param rareTags       tags that count as rare
     * @param eligible       articles with enough related ones, before the draw
     */
    public record TestSet(Settings settings, List<TestQuery> queries, int corpusArticles, int rareTags, int eligible) {}

    /**
     * The outcome.
     *
     * @param indexArticles     articles in the index
     * @param withEntities      of them, articles with at least one person or organization
     * @param oursLatencyMs     related lookup times, sorted, in milliseconds
     * @param baselineLatencyMs MoreLikeThis lookup times, sorted
     * @param better            queries where ours has more related articles in the first k than MoreLikeThis
     * @param worse             queries where it has fewer
     */
    public record Result(TestSet testSet, int indexArticles, int withEntities, double oursPrecision,
            double baselinePrecision, double[] oursLatencyMs, double[] baselineLatencyMs, int better, int worse) {

        /** A few lines for a terminal or a document. */
        public List<String> lines() {
            Settings s = testSet.settings();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT,
                    "test set: %d queries drawn (seed %d) from %d eligible of %d corpus articles; rare tag = "
                            + "topic/person/org tag on <= %d articles (%d tags); related = shares a rare tag, "
                            + "published within %d days; >= %d related per query",
                    testSet.queries().size(), s.seed(), testSet.eligible(), testSet.corpusArticles(),
                    s.maxTagArticles(), testSet.rareTags(), s.days(), s.minRelated()));
            lines.add(String.format(Locale.ROOT, "index: %d articles, %d with persons or organizations",
                    indexArticles, withEntities));
            lines.add(String.format(Locale.ROOT, "precision@%d  related: %.3f  MoreLikeThis: %.3f  (per query: "
                            + "related better %d, worse %d, equal %d)", s.k(), oursPrecision, baselinePrecision, better,
                    worse, testSet.queries().size() - better - worse));
            lines.add(latency("related", oursLatencyMs));
            lines.add(latency("MoreLikeThis", baselineLatencyMs));
            return lines;
        }

        private static String latency(String name, double[] sorted) {
            return String.format(Locale.ROOT, "latency %s (ms, %d lookups after %d warm-up): p50 %.1f  p90 %.1f  "
                            + "p99 %.1f  max %.1f", name, sorted.length, WARM_UP, percentile(sorted, 50),
                    percentile(sorted, 90), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }
    }

    private final RelatedCoverage related;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final RelatedProperties properties;

    public RelatedEvaluation(RelatedCoverage related, SearcherManager searchers, Analyzer analyzer,
            RelatedProperties properties) {
        this.related = related;
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.properties = properties;
    }

    /**
     * Draws the test set.
     *
     * @param indexIds the index id of each corpus id (corpus articles that are not in the index are left out)
     */
    public TestSet testSet(Path corpus, Map<String, String> indexIds, Settings settings) {
        List<Tagged> articles = read(corpus);
        Map<String, Integer> tagCounts = new HashMap<>();
        articles.forEach(a -> a.tags().forEach(t -> tagCounts.merge(t, 1, Integer::sum)));
        Map<String, List<Tagged>> byRareTag = new HashMap<>();
        for (Tagged article : articles) {
            for (String tag : article.tags()) {
                if (tagCounts.get(tag) <= settings.maxTagArticles()) {
                    byRareTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
                }
            }
        }
        Map<String, String> clusters = clusters();
        long window = settings.days() * 86_400L;
        List<TestQuery> eligible = new ArrayList<>();
        for (Tagged article : articles) {
            String id = indexIds.get(article.id());
            if (id == null || article.epochSecond() == null || !clusters.containsKey(id)) {
                continue;
            }
            Set<String> relevant = new LinkedHashSet<>();
            for (String tag : article.tags()) {
                for (Tagged other : byRareTag.getOrDefault(tag, List.of())) {
                    String otherId = indexIds.get(other.id());
                    if (otherId != null && other.epochSecond() != null && clusters.containsKey(otherId)
                            && Math.abs(other.epochSecond() - article.epochSecond()) <= window
                            && !clusters.get(otherId).equals(clusters.get(id))) {
                        relevant.add(otherId);
                    }
                }
            }
            relevant.remove(id);
            if (relevant.size() >= settings.minRelated()) {
                eligible.add(new TestQuery(id, Set.copyOf(relevant)));
            }
        }
        // Exact duplicates in the corpus are one index article: keep one query per index id.
        Map<String, TestQuery> unique = new java.util.LinkedHashMap<>();
        eligible.forEach(q -> unique.putIfAbsent(q.id(), q));
        List<TestQuery> drawn = new ArrayList<>(unique.values());
        Collections.shuffle(drawn, new Random(settings.seed()));
        List<TestQuery> queries = List.copyOf(drawn.subList(0, Math.min(settings.queries(), drawn.size())));
        return new TestSet(settings, queries, articles.size(), byRareTag.size(), unique.size());
    }

    /** Runs both rankings over the test set. */
    public Result run(TestSet testSet) {
        int k = testSet.settings().k();
        List<TestQuery> queries = testSet.queries();
        for (int i = 0; i < Math.min(WARM_UP, queries.size()); i++) {
            ours(queries.get(i).id(), k);
            baseline(queries.get(i).id(), k);
        }
        double oursHits = 0;
        double baselineHits = 0;
        int better = 0;
        int worse = 0;
        double[] oursMs = new double[queries.size()];
        double[] baselineMs = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            TestQuery query = queries.get(i);
            long start = System.nanoTime();
            List<String> ours = ours(query.id(), k);
            oursMs[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            List<String> baseline = baseline(query.id(), k);
            baselineMs[i] = (System.nanoTime() - start) / 1e6;
            long oursFound = ours.stream().filter(query.relevant()::contains).count();
            long baselineFound = baseline.stream().filter(query.relevant()::contains).count();
            oursHits += oursFound;
            baselineHits += baselineFound;
            better += oursFound > baselineFound ? 1 : 0;
            worse += oursFound < baselineFound ? 1 : 0;
        }
        Arrays.sort(oursMs);
        Arrays.sort(baselineMs);
        double denominator = Math.max(1, queries.size()) * (double) k;
        int[] counts = SearcherLease.read(searchers, searcher -> countArticles(searcher.getIndexReader()));
        return new Result(testSet, counts[0], counts[1], oursHits / denominator, baselineHits / denominator, oursMs,
                baselineMs, better, worse);
    }

    private List<String> ours(String id, int k) {
        return related.related(id, k, null, null).map(r -> r.related().stream().map(RelatedArticle::id).toList())
                .orElse(List.of());
    }

    /**
     * Plain MoreLikeThis: the same fields and term settings as the related coverage's candidate query, ranked by its
     * score alone, without entity clauses or re-ranking. Versions of the same story are skipped, as the endpoint
     * lists them apart.
     */
    List<String> baseline(String id, int k) {
        return SearcherLease.read(searchers, searcher -> {
            Optional<Document> sourceDoc = StoredArticles.byId(searcher, id);
            if (sourceDoc.isEmpty()) {
                return List.<String>of();
            }
            IndexedArticle source = ArticleDocumentMapper.fromDocument(sourceDoc.get());
            MoreLikeThis mlt = ArticleMoreLikeThis.configured(searcher.getIndexReader(), analyzer, properties);
            Query query = new BooleanQuery.Builder()
                    .add(ArticleMoreLikeThis.like(mlt, source.title(), source.body()), Occur.MUST)
                    .add(new TermQuery(new Term(NewsFields.ID, id)), Occur.MUST_NOT)
                    .add(new TermQuery(new Term(NewsFields.CLUSTER, source.cluster())), Occur.MUST_NOT)
                    .build();
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(NewsFields.ID)).get(NewsFields.ID));
            }
            return ids;
        });
    }

    /** The same-story cluster of every article in the index. */
    private Map<String, String> clusters() {
        return SearcherLease.read(searchers, searcher -> {
            Map<String, String> clusters = new HashMap<>();
            IndexReader reader = searcher.getIndexReader();
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc, Set.of(NewsFields.ID, NewsFields.CLUSTER));
                    String id = document.get(NewsFields.ID);
                    String cluster = document.get(NewsFields.CLUSTER);
                    if (id != null) {
                        clusters.put(id, cluster == null ? id : cluster);
                    }
                }
            }
            return clusters;
        });
    }

    private static int[] countArticles(IndexReader reader) throws IOException {
        Bits live = MultiBits.getLiveDocs(reader);
        StoredFields stored = reader.storedFields();
        int articles = 0;
        int withEntities = 0;
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                articles++;
                if (!ArticleDocumentMapper.entities(stored.document(doc)).isEmpty()) {
                    withEntities++;
                }
            }
        }
        return new int[] {articles, withEntities};
    }

    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private record Tagged(String id, @Nullable Long epochSecond, Set<String> tags) {}

    private static List<Tagged> read(Path corpus) {
        List<Tagged> articles = new ArrayList<>();
        try (BufferedReader reader = FeedFiles.open(corpus)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                JsonNode id = node.get("id");
                if (id == null || id.isNull()) {
                    continue;
                }
                Set<String> tags = new LinkedHashSet<>();
                JsonNode tagNode = node.get("tags");
                for (String kind : TAG_KINDS) {
                    JsonNode values = tagNode == null ? null : tagNode.get(kind);
                    if (values != null && values.isArray()) {
                        values.forEach(v -> tags.add(kind + ":" + v.asString()));
                    }
                }
                JsonNode published = node.get("published");
                articles.add(new Tagged(id.asString(), published == null || published.isNull() ? null
                        : epochSecond(published.asString()), tags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + corpus + ": " + e.getMessage(), e);
        }
        return articles;
    }

    /** Seconds since the epoch of a corpus date (its first 19 characters, read as UTC), or null when unreadable. */
    private static @Nullable Long epochSecond(String published) {
        try {
            return LocalDateTime.parse(published.length() > 19 ? published.substring(0, 19) : published)
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
