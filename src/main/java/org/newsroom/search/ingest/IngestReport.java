package org.newsroom.search.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The summary of one ingest run: how many files were added, updated, skipped as duplicates or failed, with the
 * failures' reasons and the warnings (the first 10,000 of each).
 */
public record IngestReport(int added, int updated, int duplicates, int failed, List<FileOutcome> failures,
        List<FileOutcome> warnings, Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** Files seen in total. */
    public int total() {
        return added + updated + duplicates + failed;
    }

    /** One line for logs and the command line. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d files in %.1f s: %d ingested, %d updated, %d skipped as duplicate, %d failed",
                total(), elapsed.toMillis() / 1000.0, added, updated, duplicates, failed);
    }
}
