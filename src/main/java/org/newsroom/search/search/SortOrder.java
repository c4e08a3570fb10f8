package org.newsroom.search.search;

import java.util.Locale;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first (BM25 over title and body with a phrase-proximity boost). */
    RELEVANCE,
    /** Best match first, with a preference for recent articles. */
    RELEVANCE_RECENT,
    /** Most recent publication first; undated articles last. */
    NEWEST,
    /** Oldest publication first; undated articles last. */
    OLDEST;

    /** Parses {@code relevance}, {@code recent}, {@code newest} or {@code oldest}. */
    public static SortOrder fromKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "relevance", "" -> RELEVANCE;
            case "recent", "relevance_recent", "relevance-recent" -> RELEVANCE_RECENT;
            case "newest", "date", "date_desc" -> NEWEST;
            case "oldest", "date_asc" -> OLDEST;
            default -> throw new InvalidQueryException(
                    "Unknown sort '" + key + "': use relevance, recent, newest or oldest");
        };
    }
}
