package org.newsroom.search.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads publication dates written by machines (ISO 8601, RFC 1123, dates in URLs) and by people ("March 4, 2025",
 * "4 March 2025", "04/07/2025"). A date without a zone is taken as UTC; a date that cannot be read is null, never a
 * guess.
 */
final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?$");
    private static final Pattern URL_DATE =
            Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|[-_]|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final String MONTH_NAMES =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH_NAMES + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH_NAMES + ",?\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateParser() {
    }

    /** Parses a machine-readable date attribute or JSON-LD value; null when it is not one. */
    static @Nullable OffsetDateTime parseMachine(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.lookingAt()) {
            return fromIso(iso);
        }
        Matcher compact = COMPACT.matcher(s);
        if (compact.matches()) {
            return at(compact.group(1), compact.group(2), compact.group(3));
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeException e) {
            return parseHuman(s);
        }
    }

    /** Finds the first date written out for people in {@code text}; null when there is none. */
    static @Nullable OffsetDateTime parseHuman(String text) {
        OffsetDateTime best = null;
        int bestPos = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            best = at(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
            bestPos = m.start();
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestPos) {
            OffsetDateTime d = at(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
            if (d != null) {
                best = d;
                bestPos = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        if (m.find() && m.start() < bestPos) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // Slashes are month-first (US style) unless that is impossible; dots are day-first (European style).
            boolean dayFirst = m.group(2).equals(".") ? b <= 12 : a > 12;
            OffsetDateTime d = dayFirst ? at(m.group(4), String.valueOf(b), String.valueOf(a))
                    : at(m.group(4), String.valueOf(a), String.valueOf(b));
            if (d != null) {
                best = d;
            }
        }
        m = ISO.matcher(text);
        if (best == null && m.find()) {
            best = fromIso(m);
        }
        return best;
    }

    /** A date in a URL path such as {@code /2025/09/04/} or {@code /2025-09-04-title}; null when there is none. */
    static @Nullable OffsetDateTime fromUrl(@Nullable String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return at(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT.matcher(url);
        return m.find() ? at(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static @Nullable OffsetDateTime fromIso(Matcher iso) {
        OffsetDateTime date = at(iso.group(1), iso.group(2), iso.group(3));
        if (date == null || iso.group(4) == null) {
            return date;
        }
        try {
            LocalDateTime local = date.toLocalDate().atTime(Integer.parseInt(iso.group(4)),
                    Integer.parseInt(iso.group(5)), iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
            return local.atOffset(offset(iso.group(7)));
        } catch (DateTimeException e) {
            return date;
        }
    }

    private static ZoneOffset offset(@Nullable String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 3 ? zone + ":00" : zone;
        if (!z.contains(":")) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        }
        try {
            return ZoneOffset.of(z);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }

    private static @Nullable OffsetDateTime at(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            // Dates before the web or far in the future are template defaults or typos, not publication dates.
            if (y < 1990 || y > LocalDate.now(ZoneOffset.UTC).getYear() + 1) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).atStartOfDay()
                    .atOffset(ZoneOffset.UTC);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
