package org.newsroom.search.search;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.document.LongPoint;
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
    static Histogram count(FacetsCollector matches, @Nullable LocalDate from, @Nullable LocalDate to,
            PublishedDays days) throws IOException {
        long[] span = span(matches, days);
        if (span == null) {
            return new Histogram("month", List.of());
        }
        LocalDate first = from != null ? from : LocalDate.ofEpochDay(span[0]);
        LocalDate last = to != null ? to : LocalDate.ofEpochDay(span[1]);
        String interval = interval(first, last);
        List<LocalDate[]> periods = periods(first, last, interval);
        long[] counts = counts(matches, periods, days);
        List<DateBucket> buckets = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            LocalDate[] p = periods.get(i);
            buckets.add(new DateBucket(label(p[0], interval), p[0], p[1], counts[i]));
        }
        return new Histogram(interval, buckets);
    }

    /**
     * Matches per period, in one pass: each match's day is read from the per-segment array and placed by a binary
     * search over the periods' first days (periods are contiguous, so the one starting at or before it holds it).
     */
    private static long[] counts(FacetsCollector matches, List<LocalDate[]> periods, PublishedDays days)
            throws IOException {
        long[] counts = new long[periods.size()];
        if (periods.isEmpty()) {
            return counts;
        }
        int[] starts = new int[periods.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Math.toIntExact(periods.get(i)[0].toEpochDay());
        }
        long endExclusive = periods.get(periods.size() - 1)[1].toEpochDay() + 1;
        // Period of each day of the span, when the span is of a sane length (a million days is 2,700 years): one
        // array read per match instead of a binary search, which profiling showed as most of the counting.
        int[] periodOfDay = endExclusive - starts[0] <= MAX_DAY_TABLE ? periodOfDay(starts, endExclusive) : null;
        forEachMatchDay(matches, days, day -> {
            if (day < starts[0] || day >= endExclusive) {
                return;
            }
            if (periodOfDay != null) {
                counts[periodOfDay[day - starts[0]]]++;
            } else {
                int period = Arrays.binarySearch(starts, day);
                counts[period >= 0 ? period : -period - 2]++;
            }
        });
        return counts;
    }

    private static final long MAX_DAY_TABLE = 1_000_000;
    /** Built once: building the formatter per bucket showed in profiles. */
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", java.util.Locale.ROOT);

    private static int[] periodOfDay(int[] starts, long endExclusive) {
        int[] table = new int[(int) (endExclusive - starts[0])];
        for (int period = 0; period < starts.length; period++) {
            int from = starts[period] - starts[0];
            int to = period + 1 < starts.length ? starts[period + 1] - starts[0] : table.length;
            Arrays.fill(table, from, to, period);
        }
        return table;
    }

    /**
     * Above this many matches the span is read from the index's point values (the whole archive's dates) instead of
     * visiting every match: profiling at a million articles showed the exact scan costing a fifth of query time.
     */
    private static final long EXACT_SPAN_LIMIT = 20_000;

    /** The earliest and latest publication day among the matches, or null when none is dated. */
    private static long @Nullable [] span(FacetsCollector matches, PublishedDays days) throws IOException {
        long count = 0;
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            count += docs.totalHits();
        }
        return count > EXACT_SPAN_LIMIT ? archiveSpan(matches) : exactSpan(matches, days);
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
        return min == Long.MAX_VALUE ? null : new long[] {PublishedDays.day(min), PublishedDays.day(max)};
    }

    private static long @Nullable [] exactSpan(FacetsCollector matches, PublishedDays days) throws IOException {
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        forEachMatchDay(matches, days, day -> {
            span[0] = Math.min(span[0], day);
            span[1] = Math.max(span[1], day);
        });
        return span[0] == Long.MAX_VALUE ? null : span;
    }

    /** Calls {@code action} with the publication day of every dated match. */
    private static void forEachMatchDay(FacetsCollector matches, PublishedDays days, IntConsumer action)
            throws IOException {
        for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
            if (docs.bits() == null) {
                continue;
            }
            int[] dayOf = days.of(docs.context());
            DocIdSetIterator it = docs.bits().iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                int day = dayOf[doc];
                if (day != PublishedDays.UNDATED) {
                    action.accept(day);
                }
            }
        }
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
            case "week" -> {
                // Not String.format: a search labels up to a few hundred buckets, and the formatter showed in profiles.
                int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                yield start.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
            }
            case "month" -> start.format(YEAR_MONTH);
            default -> String.valueOf(start.getYear());
        };
    }

    /** The bucket size and the buckets. */
    record Histogram(String interval, List<DateBucket> buckets) {}
}
