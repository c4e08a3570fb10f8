package org.newsroom.search.index;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Looks up an article's stored document by its id, on a searcher the caller holds. */
public final class StoredArticles {

    private StoredArticles() {}

    /** The stored document of the article with this id, as this searcher sees the index. */
    public static Optional<Document> byId(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(NewsFields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? Optional.empty()
                : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }
}
