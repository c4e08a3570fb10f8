package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.config.NlpProperties;
import org.newsroom.search.entities.EntityCanonicalizer;
import org.newsroom.search.index.ArticleDocumentMapper;
import org.newsroom.search.index.LuceneArticleIndex;
import org.newsroom.search.index.NewsAnalyzers;

/** Re-canonicalization over a real index in a temporary folder, with a real alias file. */
class EntityRecanonicalizerTest {

    @TempDir
    Path folder;

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private LuceneArticleIndex index;
    private Path aliases;

    @BeforeEach
    void setUp() throws IOException {
        directory = FSDirectory.open(folder.resolve("index"));
        writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzers.perField()));
        searchers = new SearcherManager(writer, new SearcherFactory());
        FacetsConfig facets = new FacetsConfig();
        facets.setMultiValued("person", true);
        facets.setMultiValued("organization", true);
        index = new LuceneArticleIndex(writer, searchers, new ArticleDocumentMapper(facets));
        aliases = folder.resolve("entities.yml");
        Files.writeString(aliases, "organization: {}\nperson: {}\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    @Test
    void editedAliasFileChangesTheStoredFacetValue() throws IOException {
        index.put(article("a1", new Entity(EntityType.ORGANIZATION, "Acme Widgets", 2, 10)));
        index.commit();
        EntityRecanonicalizer recanonicalizer = new EntityRecanonicalizer(index, canonicalizer());
        assertThat(recanonicalizer.recanonicalizeAll()).isZero();

        Files.writeString(aliases, "organization:\n  Acme Corporation: [Acme Widgets, ACME]\nperson: {}\n",
                StandardCharsets.UTF_8);
        assertThat(recanonicalizer.recanonicalizeAll()).isEqualTo(1);
        assertThat(index.find("a1").orElseThrow().names(EntityType.ORGANIZATION)).containsExactly("Acme Corporation");
    }

    @Test
    void aLoneSurnameBecomesTheOnlyKnownFullName() {
        index.put(article("a1", new Entity(EntityType.PERSON, "Trump", 3, 0)));
        index.put(article("a2", new Entity(EntityType.PERSON, "Donald Trump", 5, 0)));
        index.commit();
        new EntityRecanonicalizer(index, canonicalizer()).recanonicalize(List.of("a1"));
        assertThat(index.find("a1").orElseThrow().names(EntityType.PERSON)).containsExactly("Donald Trump");
    }

    @Test
    void twoFullNamesWithTheSameSurnameLeaveItAlone() {
        index.put(article("a1", new Entity(EntityType.PERSON, "Sanchez", 1, 0)));
        index.put(article("a2", new Entity(EntityType.PERSON, "Pedro Sanchez", 1, 0)));
        index.put(article("a3", new Entity(EntityType.PERSON, "Ana Sanchez", 1, 0)));
        index.commit();
        new EntityRecanonicalizer(index, canonicalizer()).recanonicalize(List.of("a1"));
        assertThat(index.find("a1").orElseThrow().names(EntityType.PERSON)).containsExactly("Sanchez");
    }

    private EntityCanonicalizer canonicalizer() {
        return new EntityCanonicalizer(new NlpProperties(true,
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz", aliases, 20000));
    }

    private static Article article(String id, Entity entity) {
        ExtractedArticle text = new ExtractedArticle(id + ".txt", "text/plain", "Title " + id, null, null, null, null,
                "en", "Body of " + id);
        return new Article(id, id + "-hash", "/tmp/" + id, text, List.of(entity));
    }
}
