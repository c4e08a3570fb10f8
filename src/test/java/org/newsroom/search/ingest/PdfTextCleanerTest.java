package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTextCleanerTest {

    @Test
    void joinsWrappedLinesAndRejoinsHyphenatedWords() {
        String page = "The operator will build an electro-\nlysis plant next to the\nmain depot.\n\nSecond paragraph.";
        assertThat(PdfTextCleaner.clean(List.of(page)))
                .isEqualTo("The operator will build an electrolysis plant next to the main depot.\n\n"
                        + "Second paragraph.");
    }

    @Test
    void removesRunningHeadersFootersAndPageNumbers() {
        List<String> pages = List.of(
                "Transport Review\nFirst page text that runs on\n\nPage 1",
                "Transport Review\nonto the second page.\n\nPage 2",
                "Transport Review\nA new paragraph on page three.\n\nPage 3");
        assertThat(PdfTextCleaner.clean(pages))
                .isEqualTo("First page text that runs on onto the second page.\n\nA new paragraph on page three.");
    }

    @Test
    void keepsCapitalisedLinesAfterAHyphen() {
        assertThat(PdfTextCleaner.clean(List.of("Trade with the EU-\nUS partners grew."))).isEqualTo(
                "Trade with the EU- US partners grew.");
    }
}
