package org.newsroom.search.config;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.index.LuceneArticleIndex;
import org.newsroom.search.index.NewsAnalyzers;
import org.newsroom.search.index.NewsFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Lucene objects of the application: one directory, one writer (which holds {@code write.lock}), one searcher
 * manager, one analyzer and one facets configuration shared by indexing and searching. Closed in reverse order
 * by their destroy methods.
 */
@Configuration(proxyBeanMethods = false)
public class LuceneConfiguration {

    @Bean(destroyMethod = "close")
    Directory indexDirectory(IndexProperties properties) throws IOException {
        Files.createDirectories(properties.path());
        return FSDirectory.open(properties.path());
    }

    @Bean
    Analyzer newsAnalyzer() {
        return NewsAnalyzers.perField();
    }

    @Bean
    FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(NewsFields.PERSON_FACET, true);
        config.setMultiValued(NewsFields.ORGANIZATION_FACET, true);
        return config;
    }

    @Bean
    SnapshotDeletionPolicy snapshotDeletionPolicy() {
        return new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
    }

    @Bean(destroyMethod = "close")
    IndexWriter indexWriter(Directory directory, Analyzer analyzer, IndexProperties properties,
            SnapshotDeletionPolicy deletionPolicy) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(properties.ramBufferMb())
                .setIndexDeletionPolicy(deletionPolicy)
                .setCommitOnClose(true);
        return new IndexWriter(directory, config);
    }

    @Bean(destroyMethod = "close")
    SearcherManager searcherManager(IndexWriter writer) throws IOException {
        return new SearcherManager(writer, true, false, new SearcherFactory());
    }

    @Bean
    ArticleDocumentMapper articleDocumentMapper(FacetsConfig facetsConfig) {
        return new ArticleDocumentMapper(facetsConfig);
    }

    @Bean
    ArticleIndex articleIndex(IndexWriter writer, SearcherManager searchers, ArticleDocumentMapper mapper) {
        return new LuceneArticleIndex(writer, searchers, mapper);
    }
}
