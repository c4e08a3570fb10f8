package org.newsroom.search.article;

import java.util.Locale;

/** The kinds of named entity the archive facets on. */
public enum EntityType {
    PERSON,
    ORGANIZATION;

    /** The lower-case name used in URLs, the API and facet dimensions. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code person}/{@code organization} (also {@code org}), case-insensitively. */
    public static EntityType fromKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "person", "persons", "people" -> PERSON;
            case "organization", "organizations", "org", "orgs" -> ORGANIZATION;
            default -> throw new IllegalArgumentException(
                    "Unknown entity type '" + key + "': use 'person' or 'organization'");
        };
    }
}
