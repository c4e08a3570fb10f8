/**
 * Performance benchmark (issue #8): builds large synthetic corpora from a real JSON Lines corpus, times ingestion
 * (articles/s, MB/s, peak heap, index size) and replays a versioned query mix in-process or over HTTP with 1 and 4
 * client threads, reporting latency percentiles and throughput as one summary line plus a JSON file.
 */
@NullMarked
package org.newsroom.search.bench.perf;

import org.jspecify.annotations.NullMarked;
