package org.newsroom.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FastFoldingFilterTest {

    @Test
    void foldsEveryTokenExactlyAsIcuFoldingDoes() throws IOException {
        StringBuilder ascii = new StringBuilder();
        for (char c = '!'; c < 127; c++) {
            ascii.append(c).append("Ab").append(c).append(' ');
        }
        String text = ascii + " Velásquez VELÁSQUEZ Straße ﬁnancial Ｆｕｌｌ ΣΟΦΊΑ Çağrı İstanbul Oil U.S. don't "
                + "naïve MÜNCHEN e\u0301cole 東京 Москва café-bar A1b2 ÆSIR œuvre";
        assertThat(terms(text, FastFoldingFilter::new)).isEqualTo(terms(text, ICUFoldingFilter::new))
                .contains("velasquez", "strasse", "financial", "full", "oil");
    }

    private static List<String> terms(String text, Function<TokenStream, TokenStream> folding) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, folding.apply(tokenizer));
            }
        };
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
