package org.newsroom.search.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What happened to one file.
 *
 * @param status  added, updated, duplicate or failed
 * @param id      the article id, or null when the file failed
 * @param message the failure reason, or a warning (entities could not be extracted), or null
 */
public record FileOutcome(String source, Status status, @Nullable String id, @Nullable String message) {

    /** The outcome kinds counted in an {@link IngestReport}. */
    public enum Status {
        ADDED, UPDATED, DUPLICATE, FAILED
    }
}
