package org.newsroom.search.index;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Whether a keyword term names a live document, by one {@link TermsEnum#seekExact} per segment. The per-article
 * duplicate checks of ingestion used {@code IndexSearcher.count(TermQuery)}, whose query set-up showed in profiles.
 */
final class LiveTerms {

    private LiveTerms() {}

    static boolean exists(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            if (!termsEnum.seekExact(term.bytes())) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                return true;
            }
            PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }
}
