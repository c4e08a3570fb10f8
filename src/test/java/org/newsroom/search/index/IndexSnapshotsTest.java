package org.newsroom.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.config.IndexProperties;

class IndexSnapshotsTest {

    @TempDir
    Path folder;

    @Test
    void snapshotWhileIngestingThenRestore() throws Exception {
        Path live = folder.resolve("index");
        SnapshotDeletionPolicy policy = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        try (FSDirectory directory = FSDirectory.open(live);
                IndexWriter writer = new IndexWriter(directory,
                        new IndexWriterConfig(NewsAnalyzers.perField()).setIndexDeletionPolicy(policy));
                SearcherManager searchers = new SearcherManager(writer, new SearcherFactory())) {
            LuceneArticleIndex index = new LuceneArticleIndex(writer, searchers,
                    new ArticleDocumentMapper(new FacetsConfig()));
            for (int i = 0; i < 50; i++) {
                index.put(article(i));
            }
            index.commit();
            IndexSnapshots snapshots = new IndexSnapshots(writer, policy, index,
                    new IndexProperties(live, 16, java.time.Duration.ofSeconds(1), folder.resolve("snapshots")));

            // Ingestion goes on in another thread while the snapshot is taken.
            AtomicBoolean stop = new AtomicBoolean();
            Thread ingesting = new Thread(() -> {
                for (int i = 1000; !stop.get() && i < 5000; i++) {
                    index.put(article(i));
                    if (i % 100 == 0) {
                        index.commit();
                    }
                }
            });
            ingesting.start();
            IndexSnapshots.Snapshot snapshot = snapshots.snapshot();
            stop.set(true);
            ingesting.join();
            index.commit();

            assertThat(snapshot.articles()).isGreaterThanOrEqualTo(50);
            assertThat(snapshot.path()).startsWith(folder.resolve("snapshots").toAbsolutePath());

            Path restored = folder.resolve("restored");
            int articles = IndexSnapshots.restore(snapshot.path(), restored);
            assertThat(articles).isEqualTo(snapshot.articles());
            try (FSDirectory copy = FSDirectory.open(restored); DirectoryReader reader = DirectoryReader.open(copy)) {
                assertThat(reader.numDocs()).isEqualTo(snapshot.articles());
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new TermQuery(new Term(NewsFields.ID, "a7")))).isEqualTo(1);
                assertThat(searcher.count(new TermQuery(new Term(NewsFields.BODY, "sevenfold")))).isEqualTo(1);
            }
        }
    }

    private static Article article(int i) {
        String body = "Report number " + i + (i == 7 ? " mentions a sevenfold rise." : " on local matters.");
        ExtractedArticle text = new ExtractedArticle("a" + i + ".txt", "text/plain", "Report " + i, null, null, null,
                null, "en", body);
        return new Article("a" + i, "hash" + i, "/tmp/a" + i, text, List.of());
    }
}
