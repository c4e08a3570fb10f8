package org.newsroom.search.index;

import org.newsroom.search.article.EntityType;

/** Every Lucene field name and facet dimension of the archive, in one place, shared by indexing and searching. */
public final class NewsFields {

    /** Stable article id (content-derived); unique key. */
    public static final String ID = "id";
    /** Where the article was ingested from; a changed file from the same origin replaces its earlier version. */
    public static final String ORIGIN = "origin";
    /** SHA-256 of the normalized title and body. */
    public static final String CONTENT_HASH = "content_hash";
    /** File or upload name, for display. */
    public static final String SOURCE = "source";
    /** Publisher or site name; also a lower-case keyword for {@code source:} filters. */
    public static final String SITE = "site";
    public static final String MEDIA_TYPE = "media_type";
    public static final String URL = "url";
    public static final String LANGUAGE = "language";
    /** Headline, stemmed, stored with offsets for highlighting. */
    public static final String TITLE = "title";
    /** Headline, unstemmed, so exact words rank higher. */
    public static final String TITLE_EXACT = "title_exact";
    /** Body text, stemmed, stored with offsets for highlighting. */
    public static final String BODY = "body";
    /** Body text, unstemmed, so exact words and quoted phrases rank higher. */
    public static final String BODY_EXACT = "body_exact";
    /** Headline of a Spanish article, with Spanish stop words and stemming (only for articles detected as Spanish). */
    public static final String TITLE_ES = "title_es";
    /** Body of a Spanish article, with Spanish stop words and stemming. */
    public static final String BODY_ES = "body_es";
    /** Byline, analyzed for {@code author:} queries and stored for display. */
    public static final String AUTHOR = "author";
    /** Publication time in epoch milliseconds: points for ranges, doc values for sorting and the histogram. */
    public static final String PUBLISHED = "published";
    /** Publication time as ISO-8601 text with its original offset, for display. */
    public static final String PUBLISHED_TEXT = "published_text";
    /** Near-duplicate signature (SimHash), stored. */
    public static final String SIMHASH = "simhash";
    /**
     * The same signature as a numeric doc value, so near-duplicate candidates are compared without decompressing
     * their stored documents (a new name: Lucene does not let an existing field gain doc values).
     */
    public static final String SIMHASH_VALUE = "simhash_value";
    /** The signature's bands, indexed, to find near-duplicate candidates by term lookup. */
    public static final String SIMHASH_BAND = "simhash_band";
    /** The same-story cluster: the id of the first article of the group; indexed, stored and sortable. */
    public static final String CLUSTER = "cluster";
    /** Stored entity records: {@code TYPE \t name \t mentions \t firstPosition}. */
    public static final String ENTITIES = "entities";

    /** Facet dimension of persons. */
    public static final String PERSON_FACET = "person";
    /** Facet dimension of organizations. */
    public static final String ORGANIZATION_FACET = "organization";

    private NewsFields() {}

    /** The facet dimension of an entity type. */
    public static String facetDimension(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON_FACET;
            case ORGANIZATION -> ORGANIZATION_FACET;
        };
    }
}
