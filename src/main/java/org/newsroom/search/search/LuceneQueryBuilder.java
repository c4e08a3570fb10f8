package org.newsroom.search.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.index.NewsFields;

/**
 * Turns a parsed reporter query into a Lucene query: words search the stemmed and the exact fields of title
 * (boosted) and body, all words are required, adjacent words get a proximity boost, and keyword filters become
 * non-scoring clauses. Thread-safe.
 */
final class LuceneQueryBuilder {

    /** Exact-form matches add this share of a stemmed match, so "legalization" ranks documents with that word first. */
    private static final float EXACT_WEIGHT = 0.5f;
    private static final float PROXIMITY_WEIGHT = 0.5f;
    private static final int PROXIMITY_SLOP = 5;

    private final QueryBuilder analyzing;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final float titleBoost;
    /** Maps a typed entity name to the stored facet value (case- and accent-insensitive), given its dimension. */
    private final BiFunction<String, String, String> entityResolver;

    LuceneQueryBuilder(Analyzer analyzer, FacetsConfig facetsConfig, float titleBoost,
            BiFunction<String, String, String> entityResolver) {
        this.analyzing = new QueryBuilder(analyzer);
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.titleBoost = titleBoost;
        this.entityResolver = entityResolver;
    }

    /** The Lucene query for a parsed query, with a proximity boost when it is a list of plain words. */
    Query build(QueryNode node) {
        Query query = toQuery(node);
        List<String> words = plainWords(node);
        if (words.size() < 2) {
            return query;
        }
        Query proximity = analyzing.createPhraseQuery(NewsFields.BODY, String.join(" ", words), PROXIMITY_SLOP);
        if (proximity == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new BoostQuery(proximity, PROXIMITY_WEIGHT), Occur.SHOULD)
                .build();
    }

    /**
     * A looser form of a plain word list, for when no article has every word: all but one word must match. Null when
     * the query is not a plain list of three or more words.
     */
    @Nullable Query relaxed(QueryNode node) {
        List<String> words = plainWords(node);
        if (words.size() < 2) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            Query q = defaultFields(word, false);
            if (q != null) {
                builder.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses < 2) {
            return null;
        }
        builder.setMinimumNumberShouldMatch(clauses - 1);
        return builder.build();
    }

    /** The words of a query made only of plain default-field words, or an empty list. */
    static List<String> plainWords(QueryNode node) {
        List<QueryNode> children = node instanceof QueryNode.And and ? and.children() : List.of(node);
        List<String> words = new ArrayList<>();
        for (QueryNode child : children) {
            if (child instanceof QueryNode.Text text && text.field() == null && !text.phrase() && !text.prefix()) {
                words.add(text.text());
            } else if (!(child instanceof QueryNode.Filter)) {
                return List.of();
            }
        }
        return words;
    }

    private Query toQuery(QueryNode node) {
        return switch (node) {
            case QueryNode.And and -> and(and.children());
            case QueryNode.Or or -> or(or.children());
            case QueryNode.Not not -> new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(toQuery(not.child()), Occur.MUST_NOT)
                    .build();
            case QueryNode.Text text -> orMatchNothing(text(text));
            case QueryNode.Filter filter -> filter(filter);
        };
    }

    private Query and(List<QueryNode> children) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode child : children) {
            switch (child) {
                case QueryNode.Not not -> builder.add(toQuery(not.child()), Occur.MUST_NOT);
                case QueryNode.Filter filter -> {
                    builder.add(filter(filter), Occur.FILTER);
                    positive = true;
                }
                case QueryNode.Text text -> {
                    Query q = text(text);
                    if (q != null) { // a stop word alone adds nothing
                        builder.add(q, Occur.MUST);
                        positive = true;
                    }
                }
                default -> {
                    builder.add(toQuery(child), Occur.MUST);
                    positive = true;
                }
            }
        }
        if (!positive) {
            builder.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return builder.build();
    }

    private Query or(List<QueryNode> children) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (QueryNode child : children) {
            builder.add(toQuery(child), Occur.SHOULD);
        }
        return builder.setMinimumNumberShouldMatch(1).build();
    }

    private @Nullable Query text(QueryNode.Text text) {
        if (text.prefix()) {
            return prefix(text);
        }
        if (text.field() == null) {
            return defaultFields(text.text(), text.phrase());
        }
        return switch (text.field()) {
            case "title" -> fields(text.text(), text.phrase(), NewsFields.TITLE, 1f, NewsFields.TITLE_EXACT, EXACT_WEIGHT);
            case "author" -> analyzed(NewsFields.AUTHOR, text.text(), true);
            default -> throw new IllegalStateException("no text field " + text.field());
        };
    }

    private @Nullable Query defaultFields(String text, boolean phrase) {
        Query title = fields(text, phrase, NewsFields.TITLE, titleBoost, NewsFields.TITLE_EXACT, titleBoost * EXACT_WEIGHT);
        Query body = fields(text, phrase, NewsFields.BODY, 1f, NewsFields.BODY_EXACT, EXACT_WEIGHT);
        // Spanish articles also carry Spanish-stemmed fields; English ones simply have no terms there.
        Query spanishTitle = analyzed(NewsFields.TITLE_ES, text, phrase);
        Query spanishBody = analyzed(NewsFields.BODY_ES, text, phrase);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Query q : new Query[] {title, body, spanishTitle == null ? null : new BoostQuery(spanishTitle, titleBoost),
                spanishBody}) {
            if (q != null) {
                builder.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : builder.build();
    }

    private @Nullable Query fields(String text, boolean phrase, String stemmedField, float stemmedBoost,
            String exactField, float exactBoost) {
        Query stemmed = analyzed(stemmedField, text, phrase);
        Query exact = analyzed(exactField, text, phrase);
        if (stemmed == null && exact == null) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (stemmed != null) {
            builder.add(new BoostQuery(stemmed, stemmedBoost), Occur.SHOULD);
        }
        if (exact != null) {
            builder.add(new BoostQuery(exact, exactBoost), Occur.SHOULD);
        }
        return builder.build();
    }

    private @Nullable Query analyzed(String field, String text, boolean phrase) {
        return phrase ? analyzing.createPhraseQuery(field, text) : analyzing.createBooleanQuery(field, text, Occur.MUST);
    }

    private Query prefix(QueryNode.Text text) {
        List<String> fields = "title".equals(text.field())
                ? List.of(NewsFields.TITLE_EXACT)
                : "author".equals(text.field()) ? List.of(NewsFields.AUTHOR)
                : List.of(NewsFields.TITLE_EXACT, NewsFields.BODY_EXACT);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String field : fields) {
            String normalized = analyzer.normalize(field, text.text()).utf8ToString();
            builder.add(new PrefixQuery(new Term(field, normalized)), Occur.SHOULD);
        }
        return builder.build();
    }

    private Query filter(QueryNode.Filter filter) {
        return switch (filter.kind()) {
            case PERSON -> entity(NewsFields.PERSON_FACET, filter.value());
            case ORGANIZATION -> entity(NewsFields.ORGANIZATION_FACET, filter.value());
            case SOURCE -> new TermQuery(new Term(NewsFields.SITE, filter.value().toLowerCase(Locale.ROOT)));
            case AFTER -> LongPoint.newRangeQuery(NewsFields.PUBLISHED,
                    startOfDay(date(filter)), Long.MAX_VALUE);
            case BEFORE -> LongPoint.newRangeQuery(NewsFields.PUBLISHED,
                    Long.MIN_VALUE, startOfDay(date(filter).plusDays(1)) - 1);
        };
    }

    /** A filter on one entity facet value; the typed name is matched to the stored one ignoring case and accents. */
    Query entity(String dimension, String name) {
        String stored = entityResolver.apply(dimension, name);
        String indexField = facetsConfig.getDimConfig(dimension).indexFieldName;
        return new TermQuery(DrillDownQuery.term(indexField, dimension, stored));
    }

    /** A filter on publication days, both ends included; null ends are open. */
    static @Nullable Query dateRange(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        long lower = from == null ? Long.MIN_VALUE : startOfDay(from);
        long upper = to == null ? Long.MAX_VALUE : startOfDay(to.plusDays(1)) - 1;
        return LongPoint.newRangeQuery(NewsFields.PUBLISHED, lower, upper);
    }

    static long startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalDate date(QueryNode.Filter filter) {
        String name = filter.kind().name().toLowerCase(Locale.ROOT);
        try {
            return LocalDate.parse(filter.value());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Invalid date '" + filter.value() + "' in '" + name + ":' at position "
                    + filter.position() + ": write it as YYYY-MM-DD, e.g. " + name + ":2025-03-01");
        }
    }

    private static Query orMatchNothing(@Nullable Query query) {
        return query != null ? query : new BooleanQuery.Builder().build();
    }
}
