package org.newsroom.search.index;

/** What happened to one article handed to the index. */
public enum IndexOutcome {
    /** A new article. */
    ADDED,
    /** A changed version of an article from the same origin replaced the earlier one. */
    UPDATED,
    /** The same content is already in the archive; nothing changed. */
    DUPLICATE
}
