package org.newsroom.search.search;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.IndexedArticle;
import org.newsroom.search.index.NewsFields;
import org.newsroom.search.index.SearcherLease;
import org.newsroom.search.index.StoredArticles;
import org.apache.lucene.document.Document;
import org.springframework.stereotype.Component;

/**
 * Related coverage: candidates from Lucene's MoreLikeThis over title and body (plus the source's key entities),
 * re-ranked by text similarity, shared canonical entities weighted by their salience in the source, closeness in
 * publication date and title overlap. Versions of the same story (same near-duplicate cluster) are listed apart.
 */
@Component
class LuceneRelatedCoverage implements RelatedCoverage {

    /** Date closeness given when either article is undated: neither close nor far. */
    private static final double UNDATED_CLOSENESS = 0.3;
    private static final int ENTITY_CLAUSES = 6;
    private static final int KEY_TERMS = 12;
    private static final int REASON_TERMS = 5;

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final EntityExtractor entityExtractor;
    private final RelatedProperties properties;

    LuceneRelatedCoverage(SearcherManager searchers, Analyzer analyzer, FacetsConfig facetsConfig,
            EntityExtractor entityExtractor, RelatedProperties properties) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.entityExtractor = entityExtractor;
        this.properties = properties;
    }

    @Override
    public Optional<RelatedCoverageResult> related(String id, int size, @Nullable LocalDate notBefore,
            @Nullable LocalDate notAfter) {
        return withSearcher(searcher -> {
            Optional<Document> stored = StoredArticles.byId(searcher, id);
            if (stored.isEmpty()) {
                return Optional.<RelatedCoverageResult>empty();
            }
            IndexedArticle article = ArticleDocumentMapper.fromDocument(stored.get());
            Source source = new Source(article.id(), article.cluster(), article.title(), article.body(),
                    parse(article.published()), article.entities());
            return Optional.of(find(searcher, source, size, notBefore, notAfter));
        });
    }

    @Override
    public RelatedCoverageResult relatedToText(String title, String text, int size) {
        List<Entity> entities = entityExtractor.extract(title, text);
        Source source = new Source(null, null, title, text, null, entities);
        return withSearcher(searcher -> find(searcher, source, size, null, null));
    }

    private RelatedCoverageResult find(IndexSearcher searcher, Source source, int size, @Nullable LocalDate notBefore,
            @Nullable LocalDate notAfter) throws IOException {
        MoreLikeThis mlt = ArticleMoreLikeThis.configured(searcher.getIndexReader(), analyzer, properties);
        Query like = ArticleMoreLikeThis.like(mlt, source.title(), source.body());

        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.SHOULD);
        source.entities().stream().limit(ENTITY_CLAUSES).forEach(entity -> query.add(new BoostQuery(
                new TermQuery(DrillDownQuery.term(facetsConfig.getDimConfig(dimension(entity)).indexFieldName,
                        dimension(entity), entity.name())), 0.5f), Occur.SHOULD));
        query.setMinimumNumberShouldMatch(1);
        if (source.id() != null) {
            query.add(new TermQuery(new Term(NewsFields.ID, source.id())), Occur.MUST_NOT);
        }
        Query range = LuceneQueryBuilder.dateRange(notBefore, notAfter);
        if (range != null) {
            query.add(range, Occur.FILTER);
        }
        TopDocs candidates = searcher.search(query.build(), properties.candidates());
        Map<String, String> keyTerms = keyTerms(source, mlt);

        float maxScore = candidates.scoreDocs.length == 0 ? 1f : candidates.scoreDocs[0].score;
        List<RelatedArticle> sameStory = new ArrayList<>();
        List<RelatedArticle> related = new ArrayList<>();
        Map<String, IndexedArticle> articles = new HashMap<>();
        for (ScoreDoc candidate : candidates.scoreDocs) {
            IndexedArticle other = ArticleDocumentMapper.fromDocument(searcher.storedFields().document(candidate.doc));
            articles.put(other.id(), other);
            RelatedArticle scored = score(source, other, candidate.score / maxScore);
            if (source.cluster() != null && source.cluster().equals(other.cluster())) {
                sameStory.add(scored);
            } else {
                related.add(scored);
            }
        }
        related.sort(Comparator.comparingDouble(RelatedArticle::score).reversed().thenComparing(RelatedArticle::id));
        // The key terms explain an article; they do not rank it, so only the listed articles' texts are analyzed.
        List<RelatedArticle> top = new ArrayList<>();
        for (RelatedArticle article : related.subList(0, Math.min(size, related.size()))) {
            top.add(withReasons(article, articles.get(article.id()), keyTerms));
        }
        top = List.copyOf(top);
        for (int i = 0; i < sameStory.size(); i++) {
            sameStory.set(i, withReasons(sameStory.get(i), articles.get(sameStory.get(i).id()), keyTerms));
        }
        sameStory.sort(byDate());
        List<RelatedArticle> timeline = new ArrayList<>(top);
        timeline.addAll(sameStory);
        timeline.sort(byDate());
        List<RelatedArticle> before = timeline.stream().filter(r -> r.daysApart() != null && r.daysApart() < 0).toList();
        List<RelatedArticle> after = timeline.stream().filter(r -> r.daysApart() != null && r.daysApart() >= 0).toList();
        return new RelatedCoverageResult(sameStory, top, before, after);
    }

    private RelatedArticle score(Source source, IndexedArticle other, double text) throws IOException {
        Set<String> otherNames = new HashSet<>();
        other.entities().forEach(e -> otherNames.add(key(e)));
        double totalWeight = 0;
        double sharedWeight = 0;
        List<String> persons = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        for (Entity entity : source.entities()) {
            double weight = Math.log1p(entity.mentions());
            totalWeight += weight;
            if (otherNames.contains(key(entity))) {
                sharedWeight += weight;
                (entity.type() == EntityType.PERSON ? persons : organizations).add(entity.name());
            }
        }
        double entityScore = totalWeight == 0 ? 0 : sharedWeight / totalWeight;

        OffsetDateTime otherDate = parse(other.published());
        Long days = source.published() == null || otherDate == null ? null
                : Duration.between(source.published(), otherDate).toDays();
        double dateScore = days == null ? UNDATED_CLOSENESS : Math.exp(-Math.abs(days) / properties.dateScaleDays());

        double titleScore = jaccard(terms(source.title()), terms(other.title()));
        double score = properties.textWeight() * text + properties.entityWeight() * entityScore
                + properties.dateWeight() * dateScore + properties.titleWeight() * titleScore;
        return new RelatedArticle(other.id(), other.title(), other.published(), other.source(),
                Math.round(score * 1000) / 1000.0, persons, organizations, List.of(), days);
    }

    /** The article with the source's key terms it also uses. */
    private RelatedArticle withReasons(RelatedArticle article, IndexedArticle other, Map<String, String> keyTerms)
            throws IOException {
        Set<String> otherTerms = terms(other.title() + "\n" + other.body());
        List<String> reasons = keyTerms.entrySet().stream()
                .filter(term -> otherTerms.contains(term.getKey()))
                .map(Map.Entry::getValue)
                .limit(REASON_TERMS)
                .toList();
        return new RelatedArticle(article.id(), article.title(), article.published(), article.source(),
                article.score(), article.sharedPersons(), article.sharedOrganizations(), reasons, article.daysApart());
    }

    private static String key(Entity entity) {
        return entity.type() + "\t" + entity.name();
    }

    /** The source's most distinctive terms (as indexed) mapped to how they first appear in its text. */
    private Map<String, String> keyTerms(Source source, MoreLikeThis mlt) throws IOException {
        Map<String, String> surface = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(NewsFields.BODY, source.title() + "\n" + source.body())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            String text = source.title() + "\n" + source.body();
            while (stream.incrementToken()) {
                surface.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        Map<String, String> key = new LinkedHashMap<>();
        for (String term : mlt.retrieveInterestingTerms(new StringReader(source.body()), NewsFields.BODY)) {
            if (surface.containsKey(term) && key.size() < KEY_TERMS) {
                key.put(term, surface.get(term));
            }
        }
        return key;
    }

    private Set<String> terms(String text) throws IOException {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(NewsFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    private static Comparator<RelatedArticle> byDate() {
        return Comparator.comparing((RelatedArticle r) -> r.published() == null ? "9999" : r.published())
                .thenComparing(RelatedArticle::id);
    }

    private static String dimension(Entity entity) {
        return NewsFields.facetDimension(entity.type());
    }

    private static @Nullable OffsetDateTime parse(@Nullable String published) {
        return published == null ? null : OffsetDateTime.parse(published);
    }

    private <T> T withSearcher(SearcherLease.Read<T> read) {
        return SearcherLease.read(searchers, read);
    }

    /** The article related coverage is computed for. */
    private record Source(@Nullable String id, @Nullable String cluster, String title, String body,
            @Nullable OffsetDateTime published, List<Entity> entities) {}
}
