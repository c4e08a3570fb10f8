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

    @Test
    void aSyndicatedCopyWrittenBeforeAnyRefreshJoinsTheFirstCopysStory(@TempDir Path folder) throws Exception {
        String story = "The port authority said on Monday that the northern harbour will reopen to container ships "
                + "next week after three months of repairs to the breakwater, which was damaged in the January "
                + "storms, and that fishing boats may return to the inner basin from Wednesday morning on. The repairs "
                + "cost the city about twelve million euros, most of it paid by the regional government, and the "
                + "contractor finished two weeks ahead of the schedule agreed in the spring. Dock workers, who had "
                + "been moved to the southern terminal during the works, will return to their old shifts, the "
                + "union said in a statement, adding that it still wants talks about the new cranes.";
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.perField()));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            LuceneArticleIndex index = new LuceneArticleIndex(writer, searchers,
                    new ArticleDocumentMapper(new FacetsConfig()));
            index.put(article("first", "/wire/a.txt", story));
            index.put(article("copy", "/wire/b.txt", story + " (Reporting by Ana Ruiz)"));
            index.put(article("other", "/wire/c.txt", "Parliament passed the budget on Tuesday by a wide margin, "
                    + "with both opposition parties voting against the new fuel tax and the pension reform that the "
                    + "finance minister had presented to the chamber in the autumn after months of talks."));
            index.commit();

            var searcher = searchers.acquire();
            try {
                assertThat(StoredArticles.byId(searcher, "copy").orElseThrow().get(NewsFields.CLUSTER))
                        .isEqualTo("first");
                assertThat(StoredArticles.byId(searcher, "other").orElseThrow().get(NewsFields.CLUSTER))
                        .isEqualTo("other");
            } finally {
                searchers.release(searcher);
            }
        }
    }

    private static Article article(String id, String origin, String body) {
        ExtractedArticle text = new ExtractedArticle("wire.txt", "text/plain", "Wire", null, null, null, null, "en",
                body);
        return new Article(id, "hash-" + id, origin, text, List.of());
    }

    private static Article version(String id, String body, String url) {
        ExtractedArticle text = new ExtractedArticle("harbour.txt", "text/plain", "Harbour news", null, null, url,
                null, "en", body);
        return new Article(id, "hash-" + id, "/feeds/harbour.txt", text, List.of());
    }
}
