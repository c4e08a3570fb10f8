package org.newsroom.search.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scores extracted articles against ground truth. Body: word 4-gram shingle multisets (Unicode {@code \w+} words,
 * lower-cased), precision and recall per page, averaged over pages, F1 of the averages. Title: exact match after
 * whitespace, case and quote normalization (curly quotes and dashes compare equal to ASCII ones). Author: match after
 * case, punctuation and whitespace normalization, or when one side is the other plus credentials ("Jane Doe" against
 * "Jane Doe, MD"). Day: the publication date's calendar day as
 * the page states it; a date where the truth has one but another day is wrong, a date where the truth has none
 * is counted apart. Pure and thread-safe; {@link Accumulator} is not thread-safe.
 */
public final class ExtractionScorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private ExtractionScorer() {
    }

    /** Precision and recall of one page's body. */
    public record BodyScore(double precision, double recall) {
    }

    /** One page's extraction next to its truth; absent fields are null. */
    public record PageResult(String predictedBody, String trueBody, @Nullable String predictedTitle,
            @Nullable String trueTitle, @Nullable String predictedAuthor, @Nullable String trueAuthor,
            @Nullable LocalDate predictedDay, @Nullable String trueDate) {
    }

    /** Averages over pages. Accuracies are shares of pages where the truth has a value. */
    public record Summary(int pages, double precision, double recall, double f1, double titleAccuracy,
            double authorAccuracy, double dateAccuracy, int wrongDates, int missedDates, int datesWithoutTruth) {
    }

    /** Shingle precision and recall of {@code predicted} against {@code truth}. Both empty counts as perfect. */
    public static BodyScore body(String predicted, String truth) {
        Map<List<String>, Integer> p = shingles(predicted);
        Map<List<String>, Integer> t = shingles(truth);
        int predictedCount = p.values().stream().mapToInt(Integer::intValue).sum();
        int trueCount = t.values().stream().mapToInt(Integer::intValue).sum();
        int tp = 0;
        for (Map.Entry<List<String>, Integer> entry : p.entrySet()) {
            tp += Math.min(entry.getValue(), t.getOrDefault(entry.getKey(), 0));
        }
        double precision = predictedCount == 0 ? (trueCount == 0 ? 1 : 0) : (double) tp / predictedCount;
        double recall = trueCount == 0 ? (predictedCount == 0 ? 1 : 0) : (double) tp / trueCount;
        return new BodyScore(precision, recall);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        if (words.size() < SHINGLE && !words.isEmpty()) {
            // Texts shorter than one shingle still count, as a single short shingle.
            counts.put(List.copyOf(words), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            counts.merge(List.copyOf(words.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether two titles are the same after whitespace and case normalization. */
    public static boolean sameTitle(@Nullable String predicted, @Nullable String truth) {
        return predicted != null && truth != null && squash(predicted).equals(squash(truth));
    }

    /** Whether the author names match (see the class comment). */
    public static boolean sameAuthor(@Nullable String predicted, @Nullable String truth) {
        if (predicted == null || truth == null) {
            return false;
        }
        String p = letters(predicted);
        String t = letters(truth);
        if (p.isEmpty() || t.isEmpty()) {
            return false;
        }
        return p.equals(t) || t.startsWith(p + " ") || p.startsWith(t + " ");
    }

    /** Whether the predicted day matches the true {@code YYYY-MM-DD} (or {@code YYYY-MM}) date. */
    public static boolean sameDay(@Nullable LocalDate predicted, @Nullable String truth) {
        if (predicted == null || truth == null) {
            return false;
        }
        return truth.length() == 7 ? predicted.toString().startsWith(truth) : predicted.toString().equals(truth);
    }

    private static String squash(String text) {
        return foldQuotes(Normalizer.normalize(text, Normalizer.Form.NFC)).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Typographic quotes and dashes as ASCII: the ground truth was typed with straight quotes where the page prints
     * curly ones, and that is not an extraction error.
     */
    static String foldQuotes(String text) {
        return text.replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'").replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
                .replaceAll("[\u2013\u2014]", "-").replace('\u00A0', ' ');
    }

    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Adds up page results into a {@link Summary}. */
    public static final class Accumulator {
        private int pages;
        private double precision;
        private double recall;
        private int titles;
        private int titleHits;
        private int authors;
        private int authorHits;
        private int dates;
        private int dateHits;
        private int wrongDates;
        private int missedDates;
        private int datesWithoutTruth;

        /** Counts one page. */
        public void add(PageResult page) {
            add(page, body(page.predictedBody(), page.trueBody()));
        }

        /** Adds one page whose body was already scored (scoring builds every shingle map, so it is done once). */
        public void add(PageResult page, BodyScore score) {
            pages++;
            precision += score.precision();
            recall += score.recall();
            if (page.trueTitle() != null) {
                titles++;
                titleHits += sameTitle(page.predictedTitle(), page.trueTitle()) ? 1 : 0;
            }
            if (page.trueAuthor() != null) {
                authors++;
                authorHits += sameAuthor(page.predictedAuthor(), page.trueAuthor()) ? 1 : 0;
            }
            if (page.trueDate() != null) {
                dates++;
                if (sameDay(page.predictedDay(), page.trueDate())) {
                    dateHits++;
                } else if (page.predictedDay() == null) {
                    missedDates++;
                } else {
                    wrongDates++;
                }
            } else if (page.predictedDay() != null) {
                // Either the page has no date or the annotators left it out: reported apart from wrong dates.
                datesWithoutTruth++;
            }
        }

        /** The averages so far. */
        public Summary summary() {
            double p = pages == 0 ? 0 : precision / pages;
            double r = pages == 0 ? 0 : recall / pages;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Summary(pages, p, r, f1, share(titleHits, titles), share(authorHits, authors),
                    share(dateHits, dates), wrongDates, missedDates, datesWithoutTruth);
        }

        private static double share(int hits, int total) {
            return total == 0 ? 0 : (double) hits / total;
        }
    }
}
