package org.newsroom.search.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.IndexedArticle;
import org.newsroom.search.index.NewsFields;
import org.newsroom.search.index.SearcherLease;
import org.newsroom.search.index.StoredArticles;
import org.springframework.stereotype.Component;

/**
 * Searches the archive: parses the query, drills down on selected entities with drill-sideways counts, sorts,
 * highlights the page of hits and counts the date histogram, all on one acquired searcher.
 */
@Component
class LuceneArticleSearcher implements ArticleSearcher {

    /** Entities listed per hit. */
    private static final int HIT_ENTITIES = 6;
    /** How strongly recency reorders relevance with {@link SortOrder#RELEVANCE_RECENT}: 1 = doubles this year's. */
    private static final double RECENCY_WEIGHT = 1.0;
    /** Stored fields a hit shows: everything but the body, which the highlighter reads on its own. */
    private static final Set<String> HIT_FIELDS = Set.of(NewsFields.ID, NewsFields.TITLE, NewsFields.SOURCE,
            NewsFields.SITE, NewsFields.URL, NewsFields.PUBLISHED_TEXT, NewsFields.AUTHOR, NewsFields.LANGUAGE,
            NewsFields.MEDIA_TYPE, NewsFields.CLUSTER, NewsFields.ENTITIES);
    /** Below this many hits, a spelling suggestion is offered. */
    private static final int FEW_HITS = 3;

    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig;
    private final FacetStates facetStates;
    private final Analyzer queryAnalyzer;
    private final SearchProperties properties;
    private final SnippetHighlighter highlighter;
    private final SpellingSuggester speller = new SpellingSuggester();
    private final PublishedDays publishedDays = new PublishedDays();
    /**
     * Runs a search's segment slices in parallel (null: on the caller's thread). A million-article index has
     * several large segments; one search used one core of two while the other idled, so single-client latency is
     * what this buys. Daemon threads: the pool lives as long as the application.
     */
    private final @Nullable ExecutorService slices;
    private final int sliceThreads;
    /**
     * Searches running now. Slices pay only when a core would idle: with as many searches as slice threads, each
     * search keeps to its own thread (slicing then only added per-slice set-up; 4 clients over HTTP ran 30-65 % faster).
     */
    private final AtomicInteger running = new AtomicInteger();

    LuceneArticleSearcher(SearcherManager searchers, FacetsConfig facetsConfig, FacetStates facetStates,
            Analyzer analyzer, QueryAnalysis queryAnalysis, SearchProperties properties) {
        this.searchers = searchers;
        this.facetsConfig = facetsConfig;
        this.facetStates = facetStates;
        this.queryAnalyzer = queryAnalysis.analyzer();
        this.properties = properties;
        // Lucene's clause limit is JVM-wide; this searcher is the one place queries are built, so it sets it.
        IndexSearcher.setMaxClauseCount(properties.maxClauses());
        this.highlighter = new SnippetHighlighter(analyzer, properties.snippets(), properties.snippetLength());
        this.sliceThreads = properties.effectiveSliceThreads();
        this.slices = sliceThreads > 1 ? Executors.newFixedThreadPool(sliceThreads, runnable -> {
            Thread thread = new Thread(runnable, "search-slice");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        if (request.size() > properties.maxSize()) {
            throw new InvalidQueryException("'size' may be at most " + properties.maxSize() + ", not " + request.size());
        }
        if (request.cursor() == null && (long) (request.page() + 1) * request.size() > properties.maxWindow()) {
            throw new InvalidQueryException("Pages go down to hit " + properties.maxWindow() + "; to read further, "
                    + "follow 'nextCursor' with the 'cursor' parameter");
        }
        long start = System.nanoTime();
        QueryNode parsed = ReporterQueryParser.parse(request.query());
        boolean alone = running.incrementAndGet() < sliceThreads;
        try {
            IndexSearcher shared = searchers.acquire();
            try {
                // A searcher of its own over the shared reader, so this query's time limit is its own. Lucene's
                // drill-sideways scorer cannot run under a time limit, so searches with selected entities have
                // none (they are filtered and cheap).
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader(), alone ? slices : null);
                if (request.entities().isEmpty()) {
                    searcher.setTimeout(new QueryTimeoutImpl(properties.timeLimit().toMillis()));
                }
                LuceneQueryBuilder builder = new LuceneQueryBuilder(queryAnalyzer, facetsConfig, properties.titleBoost(),
                        (dim, name) -> facetStates.resolve(searcher.getIndexReader(), dim, name));
                Query textQuery = builder.build(parsed);
                Page page = run(searcher, builder, textQuery, request);
                boolean relaxed = false;
                if (page.total == 0) {
                    Query looser = builder.relaxed(parsed);
                    if (looser != null) {
                        textQuery = looser;
                        page = run(searcher, builder, looser, request);
                        relaxed = page.total > 0;
                    }
                }
                List<Hit> hits = hits(searcher, textQuery, page.hits, page.otherVersions);
                String didYouMean = page.total < FEW_HITS || relaxed
                        ? speller.suggest(searcher.getIndexReader(), LuceneQueryBuilder.plainWords(parsed))
                        : null;
                long tookMs = (System.nanoTime() - start) / 1_000_000;
                return new SearchResults(page.total, tookMs, request.page(), request.size(), hits, page.facets,
                        relaxed, didYouMean, searcher.timedOut(), page.nextCursor);
            } finally {
                searchers.release(shared);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running.decrementAndGet();
        }
    }

    private Page run(IndexSearcher searcher, LuceneQueryBuilder builder, Query textQuery, SearchRequest request)
            throws IOException {
        Query base = withDateRange(textQuery, request);
        Optional<SortedSetDocValuesReaderState> state = facetStates.of(searcher.getIndexReader());
        FieldDoc after = request.cursor() == null ? null
                : SearchCursor.decode(request.cursor(), sort(request.sort()).getSort().length,
                        searcher.getIndexReader().maxDoc());
        int topN = after != null ? request.size() : (request.page() + 1) * request.size();
        // Re-ordering by recency and collapsing same-story groups both need more candidates than one page.
        int collect = request.sort() == SortOrder.RELEVANCE_RECENT || request.collapse() ? Math.max(topN * 5, 100) : topN;
        Sort sort = sort(request.sort());

        TopDocs top;
        FacetsCollector matches;
        List<FacetCount> persons = List.of();
        List<FacetCount> organizations = List.of();
        if (state.isPresent() && !request.entities().isEmpty()) {
            DrillDownQuery drillDown = drillDown(builder, base, request.entities());
            DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, facetsConfig, state.get())
                    .search(drillDown, null, after, collect, sort, false);
            top = result.hits;
            matches = result.drillDownFacetsCollector;
            persons = counts(result.facets, NewsFields.PERSON_FACET, request.facetSize());
            organizations = counts(result.facets, NewsFields.ORGANIZATION_FACET, request.facetSize());
        } else {
            // No entity selected: a plain search and one counting pass (drill-sideways only pays with a selection).
            Query filtered = state.isPresent() ? base : withUnmatchableEntities(builder, base, request.entities());
            FacetsCollectorManager.FacetsResult result = after == null
                    ? FacetsCollectorManager.search(searcher, filtered, collect, sort, false,
                            new FacetsCollectorManager())
                    : FacetsCollectorManager.searchAfter(searcher, after, filtered, collect, sort, false,
                            new FacetsCollectorManager());
            top = result.topDocs();
            matches = result.facetsCollector();
            if (state.isPresent()) {
                Facets facets = new SortedSetDocValuesFacetCounts(state.get(), matches);
                persons = counts(facets, NewsFields.PERSON_FACET, request.facetSize());
                organizations = counts(facets, NewsFields.ORGANIZATION_FACET, request.facetSize());
            }
        }
        withScores(top.scoreDocs, sort);
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            total += docs.totalHits();
        }
        ScoreDoc[] ordered = request.sort() == SortOrder.RELEVANCE_RECENT ? byRecency(searcher, top.scoreDocs)
                : top.scoreDocs;
        Map<Integer, Integer> otherVersions = Map.of();
        if (request.collapse()) {
            SameStoryCollapse collapsed = SameStoryCollapse.of(searcher, ordered);
            ordered = collapsed.kept();
            otherVersions = collapsed.otherVersions();
        }
        int from = after != null ? 0 : Math.min(ordered.length, request.page() * request.size());
        int to = Math.min(ordered.length, from + request.size());
        TopDocs pageDocs = new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO),
                Arrays.copyOfRange(ordered, from, to));
        DateHistogram.Histogram histogram = DateHistogram.count(matches, request.from(), request.to(), publishedDays);
        SearchFacets facets = new SearchFacets(persons, organizations, histogram.interval(), histogram.buckets());
        String nextCursor = null;
        boolean cursorable = !request.collapse() && request.sort() != SortOrder.RELEVANCE_RECENT;
        if (cursorable && to == from + request.size() && pageDocs.scoreDocs.length > 0
                && pageDocs.scoreDocs[pageDocs.scoreDocs.length - 1] instanceof FieldDoc last) {
            nextCursor = SearchCursor.encode(last);
        }
        return new Page(total, pageDocs, facets, otherVersions, nextCursor);
    }

    private Query withDateRange(Query query, SearchRequest request) {
        Query range = LuceneQueryBuilder.dateRange(request.from(), request.to());
        if (range == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(range, Occur.FILTER).build();
    }

    /**
     * Selected entity values: the first value of each type drills down (so its dimension gets sideways counts); any
     * further values of the same type are required too, because several values combine with AND.
     */
    private DrillDownQuery drillDown(LuceneQueryBuilder builder, Query base, Map<EntityType, List<String>> entities) {
        BooleanQuery.Builder required = new BooleanQuery.Builder().add(base, Occur.MUST);
        List<String[]> drills = new ArrayList<>();
        for (Map.Entry<EntityType, List<String>> selection : entities.entrySet()) {
            String dim = NewsFields.facetDimension(selection.getKey());
            List<String> values = selection.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    drills.add(new String[] {dim, values.get(i)});
                } else {
                    required.add(builder.entity(dim, values.get(i)), Occur.FILTER);
                }
            }
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, required.build());
        for (String[] drill : drills) {
            String dim = drill[0];
            drillDown.add(dim, builder.entity(dim, drill[1]));
        }
        return drillDown;
    }

    /**
     * With no entity in the index yet, a selected entity matches nothing: the filters are kept (rather than dropped)
     * so the answer is honestly empty.
     */
    private Query withUnmatchableEntities(LuceneQueryBuilder builder, Query base,
            Map<EntityType, List<String>> entities) {
        if (entities.isEmpty()) {
            return base;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.MUST);
        entities.forEach((type, names) -> names.forEach(name -> filtered.add(
                builder.entity(NewsFields.facetDimension(type), name), Occur.FILTER)));
        return filtered.build();
    }

    private static List<FacetCount> counts(Facets facets, String dim, int topN) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(topN, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
        return counts;
    }

    /**
     * Copies each hit's relevance score from its sort values: every sort carries the score, so asking the collector
     * for scores ("doDocScores") would only score the page's hits a second time (a tenth of a query in profiles).
     */
    private static void withScores(ScoreDoc[] hits, Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                for (ScoreDoc hit : hits) {
                    hit.score = hit instanceof FieldDoc doc ? (Float) doc.fields[i] : hit.score;
                }
                return;
            }
        }
    }

    private static Sort sort(SortOrder order) {
        SortField byId = new SortField(NewsFields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE, RELEVANCE_RECENT -> new Sort(SortField.FIELD_SCORE, byId);
            case NEWEST -> new Sort(published(true), SortField.FIELD_SCORE, byId);
            case OLDEST -> new Sort(published(false), SortField.FIELD_SCORE, byId);
        };
    }

    private static SortField published(boolean newestFirst) {
        SortField field = new SortField(NewsFields.PUBLISHED, SortField.Type.LONG, newestFirst);
        // Undated articles go last in both directions.
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    /** Re-orders relevance hits by score × (1 + weight / (1 + age in years)): recent coverage rises, old stays. */
    private ScoreDoc[] byRecency(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        long now = System.currentTimeMillis();
        double[] boosted = new double[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < hits.length; i++) {
            // The publication time is in doc values already: no stored document has to be read.
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues published = leaf.reader().getNumericDocValues(NewsFields.PUBLISHED);
            double recency = 0;
            if (published != null && published.advanceExact(hits[i].doc - leaf.docBase)) {
                double years = (now - published.longValue()) / (365.25 * 86_400_000d);
                recency = RECENCY_WEIGHT / (1 + Math.max(0, years));
            }
            boosted[i] = hits[i].score * (1 + recency);
        }
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -boosted[i]).thenComparingInt(i -> i));
        ScoreDoc[] sorted = new ScoreDoc[hits.length];
        for (int i = 0; i < order.length; i++) {
            ScoreDoc original = hits[order[i]];
            sorted[i] = new ScoreDoc(original.doc, (float) boosted[order[i]]);
        }
        return sorted;
    }

    private List<Hit> hits(IndexSearcher searcher, Query textQuery, TopDocs page, Map<Integer, Integer> otherVersions)
            throws IOException {
        if (page.scoreDocs.length == 0) {
            return List.of();
        }
        SnippetHighlighter.Highlights highlights = highlighter.highlight(searcher, textQuery, page);
        List<Hit> hits = new ArrayList<>(page.scoreDocs.length);
        for (int i = 0; i < page.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = page.scoreDocs[i];
            IndexedArticle article = ArticleDocumentMapper.fromDocument(
                    searcher.storedFields().document(scoreDoc.doc, HIT_FIELDS));
            String title = highlights.titles().get(i);
            hits.add(new Hit(
                    article.id(),
                    article.title(),
                    title != null ? title : org.springframework.web.util.HtmlUtils.htmlEscape(article.title()),
                    article.source(),
                    article.site(),
                    article.url(),
                    article.published(),
                    article.author(),
                    Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
                    highlights.snippets().get(i),
                    first(article.names(EntityType.PERSON)),
                    first(article.names(EntityType.ORGANIZATION)),
                    article.cluster(),
                    otherVersions.getOrDefault(scoreDoc.doc, 0)));
        }
        return hits;
    }

    private static List<String> first(List<String> names) {
        return names.size() <= HIT_ENTITIES ? names : names.subList(0, HIT_ENTITIES);
    }

    @Override
    public Optional<IndexedArticle> article(String id) {
        return SearcherLease.read(searchers,
                searcher -> StoredArticles.byId(searcher, id).map(ArticleDocumentMapper::fromDocument));
    }

    /** One executed search: the exact total, the requested page of hits, and the facet counts. */
    private record Page(long total, TopDocs hits, SearchFacets facets, Map<Integer, Integer> otherVersions,
            @Nullable String nextCursor) {}
}
