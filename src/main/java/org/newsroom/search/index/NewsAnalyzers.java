package org.newsroom.search.index;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The analysis chains of the archive. Text is folded with ICU (case and accents: "Velasquez" finds "Velásquez") in
 * every field; the main fields are also stemmed for recall ("legalizing" finds "legalization") while the
 * {@code _exact} fields keep whole words so exact matches can rank higher. Display text keeps its accents: folding
 * happens only here.
 */
public final class NewsAnalyzers {

    private NewsAnalyzers() {}

    /** The per-field analyzer used for indexing. */
    public static Analyzer perField() {
        return perField(null);
    }

    /**
     * The per-field analyzer, with query-time synonyms when a map is given ("US" also finds "United States"). Synonyms
     * are applied at query time only, so editing the synonym file needs no re-indexing.
     */
    public static Analyzer perField(@Nullable SynonymMap synonyms) {
        Analyzer stemmed = stemmed(synonyms);
        Analyzer exact = exact(synonyms);
        Analyzer spanish = spanish(synonyms);
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(
                NewsFields.TITLE_EXACT, exact,
                NewsFields.BODY_EXACT, exact,
                NewsFields.AUTHOR, exact,
                NewsFields.TITLE_ES, spanish,
                NewsFields.BODY_ES, spanish));
    }

    /** Folded, stop words removed, Porter-stemmed, optionally with synonyms. */
    static Analyzer stemmed(@Nullable SynonymMap synonyms) {
        return standard(tokens -> new PorterStemFilter(new StopFilter(
                withSynonyms(new FastFoldingFilter(new EnglishPossessiveFilter(tokens)), synonyms),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
    }

    /** Folded whole words, nothing removed, optionally with synonyms. */
    static Analyzer exact(@Nullable SynonymMap synonyms) {
        return standard(tokens -> withSynonyms(new FastFoldingFilter(new EnglishPossessiveFilter(tokens)), synonyms));
    }

    /** Spanish: stop words removed before folding (the list is accented), then folded and Snowball-stemmed. */
    static Analyzer spanish(@Nullable SynonymMap synonyms) {
        return standard(tokens -> new SnowballFilter(withSynonyms(new FastFoldingFilter(new StopFilter(
                new LowerCaseFilter(tokens), SpanishAnalyzer.getDefaultStopSet())), synonyms), new SpanishStemmer()));
    }

    /** Tokenizes and folds synonym entries the same way the fields are, so "U.S." in the file matches "U.S." in text. */
    public static Analyzer synonymParsing() {
        return standard(FastFoldingFilter::new);
    }

    /**
     * The Unicode standard tokenizer followed by the given filters; single terms (prefixes, facet names) are
     * normalized by folding alone.
     */
    private static Analyzer standard(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    private static TokenStream withSynonyms(TokenStream stream, @Nullable SynonymMap synonyms) {
        return synonyms == null || synonyms.fst == null ? stream : new SynonymGraphFilter(stream, synonyms, true);
    }
}
