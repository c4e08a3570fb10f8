package org.newsroom.search.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Finds the same-story group of a new article among the visible ones: every live article sharing one of its
 * signature's bands is a candidate, and the closest within {@link NearDuplicateSignature#MAX_DISTANCE} bits gives
 * its group. Reads the band postings and the signature and group doc values directly: ingest profiling showed the
 * earlier scored top-20 band query plus two stored-document reads per candidate at 7 % of ingest time.
 * Documents indexed before the signature had doc values fall back to their stored fields.
 */
final class NearDuplicateCandidates {

    /** Candidates examined per band at most, so a degenerate band shared by many texts stays cheap. */
    static final int MAX_PER_BAND = 256;
    private static final Set<String> STORED = Set.of(NewsFields.SIMHASH, NewsFields.CLUSTER);

    private NearDuplicateCandidates() {}

    /** The closest visible near-duplicate of {@code signature}, or null when there is none. */
    static NearDuplicate.@Nullable Match closest(IndexSearcher searcher, long signature) throws IOException {
        if (signature == 0L) {
            return null;
        }
        List<String> bands = NearDuplicateSignature.bands(signature);
        String best = null;
        int bestDistance = NearDuplicateSignature.MAX_DISTANCE + 1;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Terms terms = reader.terms(NewsFields.SIMHASH_BAND);
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            Bits live = reader.getLiveDocs();
            PostingsEnum postings = null;
            for (String band : bands) {
                if (!termsEnum.seekExact(new BytesRef(band))) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                // Fresh iterators per band: doc values only move forward, and each band's postings start over.
                NumericDocValues signatures = reader.getNumericDocValues(NewsFields.SIMHASH_VALUE);
                SortedDocValues clusters = reader.getSortedDocValues(NewsFields.CLUSTER);
                int seen = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && seen < MAX_PER_BAND;
                        doc = postings.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    seen++; // only live candidates count towards the cap: deleted ones must not crowd out the match
                    Candidate candidate = candidate(reader, doc, signatures, clusters);
                    if (candidate == null) {
                        continue;
                    }
                    int distance = NearDuplicateSignature.distance(signature, candidate.signature());
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = candidate.cluster();
                    }
                }
            }
        }
        return best == null ? null : new NearDuplicate.Match(best, bestDistance);
    }

    private static Candidate candidate(LeafReader reader, int doc, NumericDocValues signatures,
            SortedDocValues clusters) throws IOException {
        if (signatures != null && clusters != null && signatures.advanceExact(doc) && clusters.advanceExact(doc)) {
            return new Candidate(signatures.longValue(), clusters.lookupOrd(clusters.ordValue()).utf8ToString());
        }
        // Indexed before the signature had doc values.
        var stored = reader.storedFields().document(doc, STORED);
        IndexableField other = stored.getField(NewsFields.SIMHASH);
        String cluster = stored.get(NewsFields.CLUSTER);
        return other == null || cluster == null ? null : new Candidate(other.numericValue().longValue(), cluster);
    }

    private record Candidate(long signature, String cluster) {}
}
