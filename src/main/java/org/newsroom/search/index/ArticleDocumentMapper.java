package org.newsroom.search.index;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;

/** Maps an {@link Article} to a Lucene document and a stored document back to an {@link IndexedArticle}. Pure. */
public final class ArticleDocumentMapper {

    /** Analyzed, stored, with offsets in the postings so the UnifiedHighlighter needs no re-analysis. */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private static final String SPANISH = "es";

    private final FacetsConfig facetsConfig;

    public ArticleDocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The Lucene document of an article that is its own story (no near-duplicate known), facet fields built. */
    public Document toDocument(Article article) {
        return toDocument(article, NearDuplicateSignature.of(article.extracted().body()), article.id());
    }

    /**
     * The Lucene document of an article, facet fields already built.
     *
     * @param signature its near-duplicate signature (0 for none)
     * @param cluster   the id of the same-story group it belongs to (its own id when it is the first)
     */
    public Document toDocument(Article article, long signature, String cluster) {
        ExtractedArticle text = article.extracted();
        Document doc = new Document();
        doc.add(new StringField(NewsFields.ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(NewsFields.ID, new BytesRef(article.id())));
        doc.add(new StringField(NewsFields.ORIGIN, article.origin(), Field.Store.YES));
        doc.add(new StringField(NewsFields.CONTENT_HASH, article.contentHash(), Field.Store.YES));
        doc.add(new StoredField(NewsFields.SOURCE, text.source()));
        doc.add(new StoredField(NewsFields.MEDIA_TYPE, text.mediaType()));
        doc.add(new StringField(NewsFields.LANGUAGE, text.language(), Field.Store.YES));
        addOptionalKeyword(doc, NewsFields.URL, text.url());
        if (text.siteName() != null) {
            doc.add(new StoredField(NewsFields.SITE, text.siteName()));
            doc.add(new StringField(NewsFields.SITE, text.siteName().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new Field(NewsFields.TITLE, text.title(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(NewsFields.TITLE_EXACT, text.title(), Field.Store.NO));
        doc.add(new Field(NewsFields.BODY, text.body(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(NewsFields.BODY_EXACT, text.body(), Field.Store.NO));
        if (SPANISH.equals(text.language())) {
            // Spanish words stem differently; the language detected at ingestion picks the extra analysis.
            doc.add(new TextField(NewsFields.TITLE_ES, text.title(), Field.Store.NO));
            doc.add(new TextField(NewsFields.BODY_ES, text.body(), Field.Store.NO));
        }
        if (text.author() != null) {
            doc.add(new TextField(NewsFields.AUTHOR, text.author(), Field.Store.YES));
        }
        addPublished(doc, text.published());
        doc.add(new StringField(NewsFields.CLUSTER, cluster, Field.Store.YES));
        doc.add(new SortedDocValuesField(NewsFields.CLUSTER, new BytesRef(cluster)));
        if (signature != 0L) {
            doc.add(new StoredField(NewsFields.SIMHASH, signature));
            doc.add(new NumericDocValuesField(NewsFields.SIMHASH_VALUE, signature));
            for (String band : NearDuplicateSignature.bands(signature)) {
                doc.add(new StringField(NewsFields.SIMHASH_BAND, band, Field.Store.NO));
            }
        }
        for (Entity entity : article.entities()) {
            doc.add(new StoredField(NewsFields.ENTITIES, encode(entity)));
            doc.add(new SortedSetDocValuesFacetField(NewsFields.facetDimension(entity.type()), entity.name()));
        }
        try {
            return facetsConfig.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void addOptionalKeyword(Document doc, String field, @Nullable String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void addPublished(Document doc, @Nullable OffsetDateTime published) {
        if (published == null) {
            return;
        }
        long millis = published.toInstant().toEpochMilli();
        doc.add(new LongPoint(NewsFields.PUBLISHED, millis));
        doc.add(new NumericDocValuesField(NewsFields.PUBLISHED, millis));
        doc.add(new StoredField(NewsFields.PUBLISHED_TEXT, published.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
    }

    private static String encode(Entity entity) {
        return entity.type().name() + '\t' + entity.name() + '\t' + entity.mentions() + '\t' + entity.firstPosition();
    }

    private static Entity decode(String stored) {
        String[] parts = stored.split("\t", 4);
        return new Entity(EntityType.valueOf(parts[0]), parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
    }

    /** The stored entities of a document, most salient first as they were indexed. */
    public static List<Entity> entities(Document doc) {
        List<Entity> entities = new ArrayList<>();
        for (IndexableField field : doc.getFields(NewsFields.ENTITIES)) {
            entities.add(decode(field.stringValue()));
        }
        return entities;
    }

    /**
     * Rebuilds the full article from its stored fields, so the index can be re-mapped (for example after entity
     * names are re-canonicalized) without re-reading the original files.
     */
    public static Article toArticle(Document doc) {
        String published = doc.get(NewsFields.PUBLISHED_TEXT);
        ExtractedArticle text = new ExtractedArticle(
                doc.get(NewsFields.SOURCE),
                doc.get(NewsFields.MEDIA_TYPE),
                doc.get(NewsFields.TITLE),
                doc.get(NewsFields.AUTHOR),
                published == null ? null : OffsetDateTime.parse(published),
                doc.get(NewsFields.URL),
                doc.get(NewsFields.SITE),
                doc.get(NewsFields.LANGUAGE),
                doc.get(NewsFields.BODY));
        return new Article(doc.get(NewsFields.ID), doc.get(NewsFields.CONTENT_HASH), doc.get(NewsFields.ORIGIN), text,
                entities(doc));
    }

    /** Reads back the stored fields of a document; a body that was not loaded reads as empty. */
    public static IndexedArticle fromDocument(Document doc) {
        return new IndexedArticle(
                doc.get(NewsFields.ID),
                doc.get(NewsFields.TITLE),
                doc.get(NewsFields.AUTHOR),
                doc.get(NewsFields.PUBLISHED_TEXT),
                doc.get(NewsFields.URL),
                doc.get(NewsFields.SITE),
                doc.get(NewsFields.LANGUAGE),
                doc.get(NewsFields.SOURCE),
                doc.get(NewsFields.MEDIA_TYPE),
                doc.get(NewsFields.BODY) == null ? "" : doc.get(NewsFields.BODY),
                doc.get(NewsFields.CLUSTER) == null ? doc.get(NewsFields.ID) : doc.get(NewsFields.CLUSTER),
                entities(doc));
    }
}
