package org.newsroom.search.bench.perf;

import java.util.Arrays;

/**
 * Latency percentiles of one measured run, nearest-rank like the Solr peer's ({@code ceil(p * n) - 1} of the sorted
 * latencies), so both engines' figures mean the same thing. Immutable.
 *
 * @param nanos  every query's latency, sorted
 * @param wallNs wall-clock time of the whole run
 */
record LatencyStats(long[] nanos, long wallNs) {

    static LatencyStats of(long[] latencies, long wallNs) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted, wallNs);
    }

    /** The p-th percentile in milliseconds, rounded to 0.01 ms. */
    double percentileMs(double p) {
        if (nanos.length == 0) {
            return 0;
        }
        int rank = Math.max(0, (int) Math.ceil(p * nanos.length) - 1);
        return round(nanos[Math.min(rank, nanos.length - 1)] / 1e6);
    }

    /** Queries completed per wall-clock second. */
    double throughput() {
        return wallNs == 0 ? 0 : round(nanos.length / (wallNs / 1e9));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
