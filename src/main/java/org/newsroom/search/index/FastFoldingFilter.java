package org.newsroom.search.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ICU folding (case, accents, compatibility forms) with a fast path: a token of ASCII letters, digits and
 * punctuation (but the accents ^ and `) folds to its lower case, so only tokens with other characters go through ICU's normalizer. The terms
 * are those of {@link ICUFoldingFilter}; ingest profiles showed ICU's per-token check and normalization at 7 % of
 * ingest, and most news words are ASCII.
 */
final class FastFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    FastFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 128 || c == '^' || c == '`') { // ICU removes these two ASCII accents
                folded.setLength(0);
                ICUFoldingFilter.NORMALIZER.normalize(term, folded);
                term.setEmpty().append(folded);
                return true;
            }
            if (c >= 'A' && c <= 'Z') {
                buffer[i] = (char) (c + ('a' - 'A'));
            }
        }
        return true;
    }
}
