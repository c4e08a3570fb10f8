package org.newsroom.search.search;

import java.time.LocalDate;

/**
 * One bar of the publication-date histogram.
 *
 * @param label a display label ({@code 2025}, {@code 2025-04}, {@code 2025-W14} or {@code 2025-04-07})
 * @param from  first day of the bucket
 * @param to    last day of the bucket
 */
public record DateBucket(String label, LocalDate from, LocalDate to, long count) {}
