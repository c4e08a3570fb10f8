package org.newsroom.search.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.newsroom.search.index.NewsFields;

/**
 * Keeps the best-ranked hit of each same-story group (syndicated copies, updates) and counts how many other
 * versions of it were among the ranked candidates.
 *
 * @param kept          the hits to show, in rank order
 * @param otherVersions per kept doc id, the number of other versions folded into it
 */
record SameStoryCollapse(ScoreDoc[] kept, Map<Integer, Integer> otherVersions) {

    static SameStoryCollapse of(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, Integer> firstOfCluster = new LinkedHashMap<>();
        Map<Integer, Integer> others = new HashMap<>();
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc hit : ranked) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            SortedDocValues clusters = leaf.reader().getSortedDocValues(NewsFields.CLUSTER);
            String cluster = clusters != null && clusters.advanceExact(hit.doc - leaf.docBase)
                    ? clusters.lookupOrd(clusters.ordValue()).utf8ToString()
                    : "doc:" + hit.doc;
            Integer first = firstOfCluster.putIfAbsent(cluster, hit.doc);
            if (first == null) {
                kept.add(hit);
            } else {
                others.merge(first, 1, Integer::sum);
            }
        }
        return new SameStoryCollapse(kept.toArray(ScoreDoc[]::new), others);
    }
}
