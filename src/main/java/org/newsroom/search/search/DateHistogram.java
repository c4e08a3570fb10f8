package org.newsroom.search.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.index.NewsFields;

/**
 * Counts matching articles per publication period. The bucket size adapts to the span of the matching dates (or the
 * requested range): days up to two months, weeks up to a year, months up to eight years, years beyond.
 */
final class DateHistogram {

    private DateHistogram() {}

    /** The histogram of the collected matches. */
    static Histogram count(FacetsCollector matches, @Nullable LocalDate from, @Nullable LocalDate to)
            throws IOException {
        long[] span = span(matches);
        if (span == null) {
            return new Histogram("month", List.of());
        }
        LocalDate first = from != null ? from : day(span[0]);
        LocalDate last = to != null ? to : day(span[1]);
        String interval = interval(first, last);
        List<LocalDate[]> periods = periods(first, last, interval);
        LongRange[] ranges = new LongRange[periods.size()];
        for (int i = 0; i < ranges.length; i++) {
            LocalDate[] p = periods.get(i);
            ranges[i] = new LongRange(label(p[0], interval), LuceneQueryBuilder.startOfDay(p[0]), true,
                    LuceneQueryBuilder.startOfDay(p[1].plusDays(1)), false);
        }
        FacetResult result = new LongRangeFacetCounts(NewsFields.PUBLISHED, matches, ranges)
                .getAllChildren(NewsFields.PUBLISHED);
        List<DateBucket> buckets = new ArrayList<>(ranges.length);
        for (int i = 0; i < ranges.length; i++) {
            LabelAndValue value = result.labelValues[i];
            buckets.add(new DateBucket(value.label, periods.get(i)[0], periods.get(i)[1], value.value.longValue()));
        }
        return new Histogram(interval, buckets);
    }

    /**
     * Above this many matches the span is read from the index's point values (the whole archive's dates) instead of
     * visiting every match: profiling at a million articles showed the exact scan costing a fifth of query time.
     */
    private static final long EXACT_SPAN_LIMIT = 20_000;

    /** The earliest and latest publication time among the matches, or null when none is dated. */
    private static long @Nullable [] span(FacetsCollector matches) throws IOException {
        long count = 0;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            count += docs.totalHits();
        }
        return count > EXACT_SPAN_LIMIT ? archiveSpan(matches) : exactSpan(matches);
    }

    private static long @Nullable [] archiveSpan(FacetsCollector matches) throws IOException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            PointValues points = docs.context().reader().getPointValues(NewsFields.PUBLISHED);
            if (points != null && points.size() > 0) {
                min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
            }
        }
        return min == Long.MAX_VALUE ? null : new long[] {min, max};
    }

    private static long @Nullable [] exactSpan(FacetsCollector matches) throws IOException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            NumericDocValues values = docs.context().reader().getNumericDocValues(NewsFields.PUBLISHED);
            if (values == null || docs.bits() == null) {
                continue;
            }
            DocIdSetIterator it = docs.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (values.advanceExact(doc)) {
                    long v = values.longValue();
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min == Long.MAX_VALUE ? null : new long[] {min, max};
    }

    static String interval(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        if (days <= 62) {
            return "day";
        }
        if (days <= 366) {
            return "week";
        }
        if (days <= 8 * 366) {
            return "month";
        }
        return "year";
    }

    private static List<LocalDate[]> periods(LocalDate first, LocalDate last, String interval) {
        List<LocalDate[]> periods = new ArrayList<>();
        LocalDate start = switch (interval) {
            case "day" -> first;
            case "week" -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> first.withDayOfMonth(1);
            default -> first.withDayOfYear(1);
        };
        while (!start.isAfter(last)) {
            LocalDate next = switch (interval) {
                case "day" -> start.plusDays(1);
                case "week" -> start.plusWeeks(1);
                case "month" -> start.plusMonths(1);
                default -> start.plusYears(1);
            };
            periods.add(new LocalDate[] {start, next.minusDays(1)});
            start = next;
        }
        return periods;
    }

    private static String label(LocalDate start, String interval) {
        return switch (interval) {
            case "day" -> start.toString();
            case "week" -> start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                    + String.format(java.util.Locale.ROOT, "%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> start.format(DateTimeFormatter.ofPattern("yyyy-MM", java.util.Locale.ROOT));
            default -> String.valueOf(start.getYear());
        };
    }

    private static LocalDate day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    /** The bucket size and the buckets. */
    record Histogram(String interval, List<DateBucket> buckets) {}
}
