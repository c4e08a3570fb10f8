package org.newsroom.search.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts outcomes as ingestion threads finish files; keeps only failures and warnings, so a run of any size needs
 * bounded memory. Thread-safe.
 */
final class IngestTally {

    /** Failures and warnings kept in full; beyond this only their number is reported. */
    private static final int MAX_LISTED = 10_000;

    private final int expected;
    private int done;
    private int added;
    private int updated;
    private int duplicates;
    private int failedCount;
    private final List<FileOutcome> failures = new ArrayList<>();
    private final List<FileOutcome> warnings = new ArrayList<>();

    /** @param expected number of files, or 0 when unknown (feeds) */
    IngestTally(int expected) {
        this.expected = expected;
    }

    int expected() {
        return expected;
    }

    /** Records one outcome and returns how many are done. */
    synchronized int add(FileOutcome outcome) {
        switch (outcome.status()) {
            case ADDED -> added++;
            case UPDATED -> updated++;
            case DUPLICATE -> duplicates++;
            case FAILED -> {
                failedCount++;
                if (failures.size() < MAX_LISTED) {
                    failures.add(outcome);
                }
            }
        }
        if (outcome.status() != FileOutcome.Status.FAILED && outcome.message() != null
                && warnings.size() < MAX_LISTED) {
            warnings.add(outcome);
        }
        return ++done;
    }

    synchronized IngestReport report(Duration elapsed) {
        List<FileOutcome> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(Comparator.comparing(FileOutcome::source));
        return new IngestReport(added, updated, duplicates, failedCount, sortedFailures, warnings, elapsed);
    }
}
