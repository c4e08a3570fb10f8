package org.newsroom.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.LuceneArticleIndex;
import org.newsroom.search.index.NewsAnalyzers;
import org.newsroom.search.index.NewsFields;

/** Search over a small hand-built index in a temporary folder. */
class LuceneArticleSearcherTest {

    @TempDir
    Path folder;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ArticleSearcher searcher;
    private LuceneArticleIndex index;

    @BeforeEach
    void buildIndex() throws IOException {
        Analyzer analyzer = NewsAnalyzers.perField();
        FacetsConfig facets = new FacetsConfig();
        facets.setMultiValued(NewsFields.PERSON_FACET, true);
        facets.setMultiValued(NewsFields.ORGANIZATION_FACET, true);
        directory = FSDirectory.open(folder);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, new SearcherFactory());
        LuceneArticleIndex index = new LuceneArticleIndex(writer, searchers, new ArticleDocumentMapper(facets));
        index.put(article("a1", "Petro proposes cocaine legalization",
                "President Gustavo Petro said legalizing cocaine would end the war on drugs in Colombia.",
                "2025-03-28", List.of(person("Gustavo Petro", 3), person("Kristi Noem", 2), org("Department of Homeland Security"))));
        index.put(article("a2", "Noem describes contentious meeting",
                "Kristi Noem said the meeting in Bogotá with Iván Velásquez was contentious. Legalization was mentioned.",
                "2025-04-02", List.of(person("Kristi Noem", 4), person("Iván Velásquez", 1))));
        index.put(article("a3", "Coffee harvest rises in Nariño",
                "Farmers in Nariño expect a record coffee harvest <script>alert(1)</script> this year.",
                "2024-11-15", List.of()));
        index.put(article("a4", "Undated note on drug policy", "A note on drug policy and cocaine markets.", null,
                List.of(person("Gustavo Petro", 1))));
        index.commit();
        this.index = index;
        SearchProperties properties = new SearchProperties(10, 100, 10, 2, 120, 2.0f, Path.of("config/synonyms.txt"), 1000,
                java.time.Duration.ofSeconds(5), 4096, 0);
        searcher = new LuceneArticleSearcher(searchers, facets, new FacetStates(facets), analyzer,
                new QueryAnalysis(properties), properties);
    }

    @AfterEach
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    @Test
    void stemmingFindsOtherFormsAndRanksTitleMatchesFirst() {
        SearchResults results = searcher.search(SearchRequest.of("cocaine legalizing", 10));
        assertThat(ids(results)).containsExactly("a1");
        assertThat(results.hits().get(0).snippets()).anySatisfy(s -> assertThat(s).contains("<mark>"));
        assertThat(results.hits().get(0).titleHighlighted()).contains("<mark>legalization</mark>");
    }

    @Test
    void synonymsFromTheSynonymFile() {
        index("a5", "Talks with the United States", "Officials met United States envoys.");
        assertThat(ids(searcher.search(SearchRequest.of("US envoys", 10)))).containsExactly("a5");
        assertThat(ids(searcher.search(SearchRequest.of("U.S. envoys", 10)))).containsExactly("a5");
    }

    @Test
    void didYouMeanRespellsFromTheIndexVocabulary() {
        SearchResults results = searcher.search(SearchRequest.of("cocane", 10));
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isEqualTo("cocaine");
        assertThat(searcher.search(SearchRequest.of("cocaine", 10)).didYouMean()).isNull();
    }

    @Test
    void spanishArticlesAreStemmedAsSpanish() {
        ExtractedArticle text = new ExtractedArticle("es.txt", "text/plain", "Los periodistas protestan",
                null, null, null, null, "es", "Las periodistas colombianas denunciaron amenazas en Nariño.");
        index.put(new Article("es1", "es1-hash", "/tmp/es1", text, List.of()));
        index.commit();
        assertThat(ids(searcher.search(SearchRequest.of("periodista amenaza", 10)))).containsExactly("es1");
        assertThat(ids(searcher.search(SearchRequest.of("denunciar", 10)))).containsExactly("es1");
    }

    @Test
    void accentsAreFolded() {
        assertThat(ids(searcher.search(SearchRequest.of("Narino", 10)))).containsExactly("a3");
        assertThat(ids(searcher.search(SearchRequest.of("velasquez", 10)))).containsExactly("a2");
    }

    @Test
    void snippetsEscapeArticleMarkup() {
        Hit hit = searcher.search(SearchRequest.of("coffee harvest", 10)).hits().get(0);
        assertThat(String.join(" ", hit.snippets())).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void phrasesExclusionAndPrefix() {
        SearchResults phrase = searcher.search(SearchRequest.of("\"war on drugs\"", 10));
        assertThat(ids(phrase)).containsExactly("a1");
        // Phrases are highlighted as phrases, not word by word.
        assertThat(String.join(" ", phrase.hits().get(0).snippets())).contains("<mark>war on drugs</mark>");
        assertThat(ids(searcher.search(SearchRequest.of("cocaine -Petro", 10)))).containsExactly("a4");
        assertThat(ids(searcher.search(SearchRequest.of("contentio*", 10)))).containsExactly("a2");
    }

    @Test
    void personFilterInTheQueryIgnoresCaseAndAccents() {
        assertThat(ids(searcher.search(SearchRequest.of("person:\"ivan velasquez\"", 10)))).containsExactly("a2");
    }

    @Test
    void facetCountsAndDrillSideways() {
        SearchResults all = searcher.search(SearchRequest.of("", 10));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().persons()).contains(new FacetCount("Gustavo Petro", 2), new FacetCount("Kristi Noem", 2));

        SearchRequest petro = new SearchRequest("", Map.of(EntityType.PERSON, List.of("Gustavo Petro")), null, null,
                SortOrder.RELEVANCE, 0, 10, 10, false, null);
        SearchResults narrowed = searcher.search(petro);
        assertThat(ids(narrowed)).containsExactlyInAnyOrder("a1", "a4");
        // Drill-sideways: the person facet still counts the other persons as if Petro were not chosen.
        assertThat(narrowed.facets().persons()).contains(new FacetCount("Kristi Noem", 2));
        assertThat(narrowed.facets().organizations()).containsExactly(new FacetCount("Department of Homeland Security", 1));
    }

    @Test
    void severalPersonsCombineWithAnd() {
        SearchRequest both = new SearchRequest("", Map.of(EntityType.PERSON, List.of("Gustavo Petro", "Kristi Noem")),
                null, null, SortOrder.RELEVANCE, 0, 10, 10, false, null);
        assertThat(ids(searcher.search(both))).containsExactly("a1");
    }

    @Test
    void sortByDateAndDateRange() {
        SearchRequest newest = new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 0, 10, 10, false, null);
        assertThat(ids(searcher.search(newest))).containsExactly("a2", "a1", "a3", "a4");
        SearchRequest oldest = new SearchRequest("", Map.of(), null, null, SortOrder.OLDEST, 0, 10, 10, false, null);
        assertThat(ids(searcher.search(oldest))).containsExactly("a3", "a1", "a2", "a4");
        SearchRequest march = new SearchRequest("", Map.of(), LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-31"), SortOrder.RELEVANCE, 0, 10, 10, false, null);
        assertThat(ids(searcher.search(march))).containsExactly("a1");
        assertThat(ids(searcher.search(SearchRequest.of("after:2025-03-29 before:2025-04-02", 10)))).containsExactly("a2");
    }

    @Test
    void dateHistogramAdaptsItsBuckets() {
        SearchResults all = searcher.search(SearchRequest.of("", 10));
        // 2024-11-15 .. 2025-04-02 spans 138 days: weekly bars, Monday to Sunday.
        assertThat(all.facets().dateInterval()).isEqualTo("week");
        assertThat(all.facets().dates()).extracting(DateBucket::label).startsWith("2024-W46").endsWith("2025-W14");
        assertThat(all.facets().dates().get(0).from()).isEqualTo(LocalDate.parse("2024-11-11"));
        assertThat(all.facets().dates().stream().mapToLong(DateBucket::count).sum()).isEqualTo(3);

        SearchResults spring = searcher.search(SearchRequest.of("after:2025-03-01", 10));
        assertThat(spring.facets().dateInterval()).isEqualTo("day");
    }

    @Test
    void relaxesToMostWordsWhenNothingHasAll() {
        SearchResults results = searcher.search(SearchRequest.of("coffee harvest zebra", 10));
        assertThat(results.relaxed()).isTrue();
        assertThat(ids(results)).containsExactly("a3");
    }

    @Test
    void pagingAndSizeLimit() {
        SearchRequest second = new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 1, 2, 10, false, null);
        assertThat(ids(searcher.search(second))).containsExactly("a3", "a4");
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("petro", 101)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("at most 100");
    }

    @Test
    void cursorPagesThroughEverythingOnceInOrder() {
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            SearchResults page = searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 0, 1,
                    10, false, cursor));
            page.hits().forEach(h -> seen.add(h.id()));
            cursor = page.nextCursor();
            if (cursor != null) {
                // Articles added between pages do not disturb the walk.
                index("z" + seen.size(), "Later article " + seen.size(), "Added while paging.");
            }
        } while (cursor != null && seen.size() < 10);
        assertThat(seen).startsWith("a2", "a1", "a3", "a4").doesNotHaveDuplicates();
    }

    @Test
    void deepPagesNeedTheCursor() {
        assertThatThrownBy(() -> searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 100,
                10, 10, false, null))).isInstanceOf(InvalidQueryException.class).hasMessageContaining("nextCursor");
        assertThatThrownBy(() -> searcher.search(new SearchRequest("", Map.of(), null, null, SortOrder.NEWEST, 0,
                10, 10, false, "garbage"))).isInstanceOf(InvalidQueryException.class).hasMessageContaining("cursor");
    }

    @Test
    void badDateInQuerySaysHowToWriteIt() {
        assertThatThrownBy(() -> searcher.search(SearchRequest.of("after:2025-13-01", 10)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Invalid date '2025-13-01'")
                .hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void articleLookup() {
        assertThat(searcher.article("a2")).hasValueSatisfying(a -> {
            assertThat(a.title()).isEqualTo("Noem describes contentious meeting");
            assertThat(a.names(EntityType.PERSON)).containsExactly("Kristi Noem", "Iván Velásquez");
        });
        assertThat(searcher.article("nope")).isEmpty();
    }

    private void index(String id, String title, String body) {
        index.put(article(id, title, body, null, List.of()));
        index.commit();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(Hit::id).toList();
    }

    private static Entity person(String name, int mentions) {
        return new Entity(EntityType.PERSON, name, mentions, 0);
    }

    private static Entity org(String name) {
        return new Entity(EntityType.ORGANIZATION, name, 1, 0);
    }

    private static Article article(String id, String title, String body, @Nullable String day, List<Entity> entities) {
        OffsetDateTime published = day == null ? null : LocalDate.parse(day).atTime(12, 0).atOffset(ZoneOffset.UTC);
        ExtractedArticle text = new ExtractedArticle(id + ".txt", "text/plain", title, null, published, null, null,
                "en", body);
        return new Article(id, id + "-hash", "/tmp/" + id + ".txt", text, entities);
    }
}
