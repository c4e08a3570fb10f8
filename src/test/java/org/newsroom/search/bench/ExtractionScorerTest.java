package org.newsroom.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

    @Test
    void identicalTextsScorePerfectIgnoringPunctuationAndCase() {
        ExtractionScorer.BodyScore score = ExtractionScorer.body("The cat sat on the mat, today!",
                "the cat sat  on the mat today");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void countsFourGramShinglesAsAMultiset() {
        // truth: a b c d e -> shingles abcd, bcde; predicted adds boilerplate "x y" at the end -> abcd bcde cdex dexy
        ExtractionScorer.BodyScore score = ExtractionScorer.body("a b c d e x y", "a b c d e");

        assertThat(score.precision()).isCloseTo(2.0 / 4, within(1e-9));
        assertThat(score.recall()).isEqualTo(1.0);

        ExtractionScorer.BodyScore repeated = ExtractionScorer.body("a b c d a b c d", "a b c d");
        assertThat(repeated.recall()).isEqualTo(1.0);
        assertThat(repeated.precision()).isCloseTo(1.0 / 5, within(1e-9));
    }

    @Test
    void tokenizesUnicodeWords() {
        assertThat(ExtractionScorer.shingles("Iván Velásquez dijo año")).containsOnlyKeys(
                java.util.List.of("iván", "velásquez", "dijo", "año"));
    }

    @Test
    void emptyPredictionScoresZero() {
        ExtractionScorer.BodyScore score = ExtractionScorer.body("", "some real article text here");

        assertThat(score.precision()).isZero();
        assertThat(score.recall()).isZero();
    }

    @Test
    void comparesTitlesAuthorsAndDays() {
        assertThat(ExtractionScorer.sameTitle("  Petro’s  Visit ", "petro's visit")).isTrue();
        assertThat(ExtractionScorer.sameTitle("Petro Visit", "Petro's Visit")).isFalse();
        assertThat(ExtractionScorer.sameAuthor("Jane Doe", "Jane Doe, MD")).isTrue();
        assertThat(ExtractionScorer.sameAuthor("Jane", "Janet Doe")).isFalse();
        assertThat(ExtractionScorer.sameAuthor(null, "Jane Doe")).isFalse();
        assertThat(ExtractionScorer.sameDay(LocalDate.of(2025, 4, 7), "2025-04-07")).isTrue();
        assertThat(ExtractionScorer.sameDay(LocalDate.of(2025, 4, 7), "2025-04")).isTrue();
        assertThat(ExtractionScorer.sameDay(LocalDate.of(2025, 4, 8), "2025-04-07")).isFalse();
    }

    @Test
    void averagesPagesAndTakesF1OfTheAverages() {
        ExtractionScorer.Accumulator total = new ExtractionScorer.Accumulator();
        total.add(new ExtractionScorer.PageResult("a b c d e x y", "a b c d e", "T", "t", "Jane", "Jane",
                LocalDate.of(2025, 1, 2), "2025-01-02"));
        total.add(new ExtractionScorer.PageResult("", "a b c d", "Other", "Title", null, null,
                LocalDate.of(2025, 1, 3), "2025-01-02"));
        total.add(new ExtractionScorer.PageResult("a b c d", "a b c d", "X", "X", null, "Someone", null, null));

        ExtractionScorer.Summary summary = total.summary();

        assertThat(summary.pages()).isEqualTo(3);
        assertThat(summary.precision()).isCloseTo((0.5 + 0 + 1) / 3, within(1e-9));
        assertThat(summary.recall()).isCloseTo((1 + 0 + 1) / 3.0, within(1e-9));
        double p = summary.precision();
        double r = summary.recall();
        assertThat(summary.f1()).isCloseTo(2 * p * r / (p + r), within(1e-9));
        assertThat(summary.titleAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(summary.authorAccuracy()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(summary.dateAccuracy()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(summary.wrongDates()).isEqualTo(1);
        assertThat(summary.missedDates()).isZero();
    }
}
