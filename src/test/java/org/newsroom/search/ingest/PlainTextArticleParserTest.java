package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextArticleParserTest {

    @Test
    void movesBreadcrumbTitleAndBylineOutOfTheBodyAndCutsTheTrailer() {
        TextArticle article = PlainTextArticleParser.parse(Fixtures.text("txt/breadcrumb-byline-trailer.txt"));

        assertThat(article.title()).isEqualTo("Bakery Chain Opens Tenth Shop");
        assertThat(article.author()).isEqualTo("Lena Ortiz");
        assertThat(article.body()).startsWith("The family-owned bakery chain")
                .endsWith("without a bakery of their own.")
                .doesNotContain("Home »", "Business Reporter", "You may also like", "Leave a Comment", "Akismet");
    }

    @Test
    void readsDatelineAndTheAuthorLineBelowIt() {
        TextArticle article = PlainTextArticleParser.parse(Fixtures.text("txt/dateline-author-line.txt"));

        assertThat(article.title()).isEqualTo("Hospital Opens New Children's Ward");
        assertThat(article.published().toLocalDate()).hasToString("2025-11-03");
        assertThat(article.author()).isEqualTo("Grace Mensah");
        assertThat(article.body()).startsWith("The regional hospital").doesNotContain("Written on", "Grace Mensah");
    }

    @Test
    void dropsShareCountersAndPhotoCredits() {
        TextArticle article = PlainTextArticleParser.parse(Fixtures.text("txt/share-counters-photo-credit.txt"));

        assertThat(article.body()).startsWith("Six towns in the valley")
                .doesNotContain("11745", "Photo: Valley Water Board")
                .doesNotContainPattern("(?m)^0$");
    }

    @Test
    void dropsTemplateResidueAndKeepsBodyWithoutTitleLine() {
        TextArticle article = PlainTextArticleParser.parse(Fixtures.text("txt/template-residue.txt"));

        assertThat(article.title()).isNull();
        assertThat(article.body()).startsWith("Solar panels will cover").doesNotContain("INTERNAL_LINK")
                .contains("monthly figures");
    }

    @Test
    void titleFromBodyTakesTheFirstWords() {
        String title = PlainTextArticleParser.titleFromBody(
                "A recent high-level meeting in Bogotá between the two presidents took an unexpected turn when the "
                        + "talks moved to drug policy.", "x.txt");
        assertThat(title).startsWith("A recent high-level meeting in Bogotá").endsWith("…").hasSizeLessThan(90);
    }

    @Test
    void aLineEndingWithAPeriodIsNotATitle() {
        assertThat(PlainTextArticleParser.looksLikeTitle("The council met on Monday.")).isFalse();
        assertThat(PlainTextArticleParser.looksLikeTitle("Council Meets on Monday")).isTrue();
    }
}
