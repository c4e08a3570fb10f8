package org.newsroom.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.ExtractedArticle;

class LuceneArticleIndexTest {

    @Test
    void aNewVersionThatCannotBeIndexedLeavesTheOldVersionInPlace(@TempDir Path folder) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.perField()));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            LuceneArticleIndex index = new LuceneArticleIndex(writer, searchers,
                    new ArticleDocumentMapper(new FacetsConfig()));
            assertThat(index.put(version("v1", "The harbour reopened on Monday.", null))).isEqualTo(IndexOutcome.ADDED);
            index.commit();

            // A URL longer than Lucene's 32 KB term limit makes the new version fail to index.
            Article broken = version("v2", "The harbour closed again on Tuesday.", "https://x.test/" + "a".repeat(40_000));
            assertThatThrownBy(() -> index.put(broken)).isInstanceOf(RuntimeException.class);
            index.commit();

            searchers.maybeRefreshBlocking();
            var searcher = searchers.acquire();
            try {
                assertThat(searcher.count(new TermQuery(new Term(NewsFields.ORIGIN, "/feeds/harbour.txt"))))
                        .as("the old version survives").isEqualTo(1);
            } finally {
                searchers.release(searcher);
            }
            // The failed id is not remembered as pending: the fixed article goes in as an update.
            assertThat(index.put(version("v2", "The harbour closed again on Tuesday.", null)))
                    .isEqualTo(IndexOutcome.UPDATED);
        }
    }

    private static Article version(String id, String body, String url) {
        ExtractedArticle text = new ExtractedArticle("harbour.txt", "text/plain", "Harbour news", null, null, url,
                null, "en", body);
        return new Article(id, "hash-" + id, "/feeds/harbour.txt", text, List.of());
    }
}
