package org.newsroom.search.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of the archive. Text is folded with ICU (case and accents: "Velasquez" finds "Velásquez") in
 * every field; the main fields are also stemmed for recall ("legalizing" finds "legalization") while the
 * {@code _exact} fields keep whole words so exact matches can rank higher. Display text keeps its accents: folding
 * happens only here.
 */
public final class NewsAnalyzers {

    private NewsAnalyzers() {}

    /** The per-field analyzer used for indexing and for parsing queries. */
    public static Analyzer perField() {
        Analyzer stemmed = stemmed();
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(stemmed, Map.of(
                NewsFields.TITLE_EXACT, exact,
                NewsFields.BODY_EXACT, exact,
                NewsFields.AUTHOR, exact));
    }

    /** Folded, stop words removed, Porter-stemmed. */
    public static Analyzer stemmed() {
        CharArraySet stopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }

    /** Folded whole words, nothing removed. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new ICUFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ICUFoldingFilter(in);
            }
        };
    }
}
