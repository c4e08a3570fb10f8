package org.newsroom.search.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.index.NewsFields;

/**
 * The MoreLikeThis set-up of related coverage, in one place, so the candidate generator and the plain-MoreLikeThis
 * baseline of the evaluation are the same thing.
 */
public final class ArticleMoreLikeThis {

    private ArticleMoreLikeThis() {}

    /** A MoreLikeThis over title and body of the given reader, with the configured minimums. */
    public static MoreLikeThis configured(IndexReader reader, Analyzer analyzer, RelatedProperties properties)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {NewsFields.TITLE, NewsFields.BODY});
        mlt.setMinTermFreq(properties.minTermFreq());
        mlt.setMinDocFreq(properties.minDocFreq());
        mlt.setMaxQueryTerms(properties.maxQueryTerms());
        mlt.setMinWordLen(3);
        return mlt;
    }

    /** The query for articles like the given title and body (which need not be in the index). */
    public static Query like(MoreLikeThis mlt, String title, String body) throws IOException {
        Map<String, Collection<Object>> fields = new HashMap<>();
        fields.put(NewsFields.TITLE, List.of(title));
        fields.put(NewsFields.BODY, List.of(body));
        return mlt.like(fields);
    }
}
