package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineDetectorTest {

    @Test
    void titleCaseHeadlinesAndHeadings() {
        assertThat(HeadlineDetector.isHeadline("Petro Meets Trump in Washington: Drug Trafficking & Agenda Details"))
                .isTrue();
        assertThat(HeadlineDetector.isHeadline("- Why Petro Appreciated Trump’s Tone: Diplomacy Over Doctrine"))
                .isTrue();
        assertThat(HeadlineDetector.isHeadline("Colombia’s MoD Speaks Out on Petro-Kristi Noem Controversy"))
                .isTrue();
    }

    @Test
    void allCapsHeadlines() {
        assertThat(HeadlineDetector.isHeadline("TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND")).isTrue();
    }

    @Test
    void sentencesAreProseEvenWithManyNames() {
        assertThat(HeadlineDetector.isHeadline(
                "Another hit to US-Colombia relations after Noem describes “contentious” Petro meeting")).isFalse();
        assertThat(HeadlineDetector.isHeadline("Funaro and Gros are today meeting British Chancellor of the Exchequer "
                + "Nigel Lawson, Foreign Secretary Geoffrey Howe and Governor of the Bank of England.")).isFalse();
        assertThat(HeadlineDetector.isHeadline("Sanchez said that in that meeting there were inaccurate readings."))
                .isFalse();
    }
}
