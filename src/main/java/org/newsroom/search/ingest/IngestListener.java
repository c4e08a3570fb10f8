package org.newsroom.search.ingest;

/** Hears about each file as ingestion finishes it, e.g. to print progress. Called from ingestion threads. */
@FunctionalInterface
public interface IngestListener {

    /** Ignores progress. */
    IngestListener NONE = (outcome, done, total) -> { };

    /** One more file is done: {@code done} of {@code total}. */
    void fileDone(FileOutcome outcome, int done, int total);
}
