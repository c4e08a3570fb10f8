package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {

    private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

    @Test
    void readsJsonLdGraphAndResolvesTheAuthorReference() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("jsonld-graph.html"));

        assertThat(meta.title()).isEqualTo("Stadtwerke bauen neues Windrad");
        assertThat(meta.author()).isEqualTo("Jana Vogel");
        assertThat(meta.published()).isEqualTo(OffsetDateTime.of(2025, 3, 5, 7, 15, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(meta.url()).isEqualTo("https://lokalblatt.example/2025/03/stadtwerke-windrad");
        assertThat(meta.language()).isEqualTo("de");
    }

    @Test
    void stripsTheSiteNameFromATitleWithoutH1() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("og-title-site-suffix.html"));

        assertThat(meta.title()).isEqualTo("Council Approves New Cycle Lanes");
        assertThat(meta.siteName()).isEqualTo("Riverside Gazette");
        assertThat(meta.author()).isEqualTo("Tom Becker");
        assertThat(meta.published().toLocalDate()).hasToString("2025-06-18");
        assertThat(meta.language()).isNull();
    }

    @Test
    void readsBylineAndDatelineFromPlainText() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("byline-text.html"));

        assertThat(meta.title()).isEqualTo("Port Strike Ends After Pay Deal");
        assertThat(meta.author()).isEqualTo("Ahmed Hassan");
        assertThat(meta.published().toLocalDate()).hasToString("2025-04-07");
    }

    @Test
    void leavesTheDateOutWhenThePageHasNone() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("no-date.html"));

        assertThat(meta.published()).isNull();
        assertThat(meta.author()).isNull();
        assertThat(meta.title()).isEqualTo("How Tides Work");
    }

    @Test
    void takesThePostTitleWhenTheH1IsTheSiteName() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("site-name-h1.html"));

        assertThat(meta.title()).isEqualTo("Notes on Building a Kiln");
        assertThat(meta.published().toLocalDate()).hasToString("2024-03-03");
    }

    @Test
    void prefersTheDatePrintedWithTheHeadline() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("updated-date-visible.html"));

        assertThat(meta.published().toLocalDate()).hasToString("2025-09-28");
    }

    @Test
    void cleansBylines() {
        assertThat(HtmlMetadataExtractor.cleanAuthor("By Jane Doe | March 3, 2025", null)).isEqualTo("Jane Doe");
        assertThat(HtmlMetadataExtractor.cleanAuthor("Written byAAA Travel Editor", null)).isEqualTo(
                "AAA Travel Editor");
        assertThat(HtmlMetadataExtractor.cleanAuthor("https://example.com/authors/jane", null)).isNull();
        assertThat(HtmlMetadataExtractor.cleanAuthor("admin", null)).isNull();
    }

    @Test
    void stripsSiteSuffixes() {
        assertThat(HtmlMetadataExtractor.stripSiteName("Headline of the Day - Daily News", "Daily News"))
                .isEqualTo("Headline of the Day");
        assertThat(HtmlMetadataExtractor.stripSiteName("A Long Headline About Rivers | Gazette", null))
                .isEqualTo("A Long Headline About Rivers");
        assertThat(HtmlMetadataExtractor.stripSiteName("Petro - Trump", null)).isEqualTo("Petro - Trump");
    }

    @Test
    void dropsASiteAddressAfterAShortTitle() {
        assertThat(HtmlMetadataExtractor.stripSiteName("Power Play | Shop.example.com", null)).isEqualTo("Power Play");
        assertThat(HtmlMetadataExtractor.stripSiteName("Power Play - Team", null)).isEqualTo("Power Play - Team");
    }

    @Test
    void dropsAShortSiteNameBeforeAPipe() {
        assertThat(HtmlMetadataExtractor.stripSiteName(
                "Audio Notes | AudioNotes.com - The Five Best Travel Headphones (According to Me)", null))
                .isEqualTo("The Five Best Travel Headphones (According to Me)");
        assertThat(HtmlMetadataExtractor.stripSiteName("Audio Notes | The Best Headphones", null))
                .isEqualTo("Audio Notes | The Best Headphones");
    }

    @Test
    void dropsWhatFollowsTheSiteNameInATitle() {
        assertThat(HtmlMetadataExtractor.stripSiteName("How to Ask for a Raise – Career Center | State College",
                "Career Center")).isEqualTo("How to Ask for a Raise");
        assertThat(HtmlMetadataExtractor.stripSiteName("Career Center | How to Ask for a Raise", "Career Center"))
                .isEqualTo("How to Ask for a Raise");
    }
    @Test
    void aLogoClassOnTheBodyDoesNotHideTheHeadline() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("body-logo-class-h1.html"));

        assertThat(meta.title()).isEqualTo("Repairing a Cane Chair Seat Without New Cane");
    }

    @Test
    void aSectionHeadingThatStartsLikeTheTitleDoesNotBeatTheH1() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("h2-prefix-of-title.html"));

        assertThat(meta.title()).isEqualTo("An introduction to batch cooking: what to cook first in 2026");
    }

    @Test
    void dropsASectionLabelAfterAPipeOrDashInTheHeadline() {
        HtmlMetadata meta = extractor.extract(Fixtures.html("headline-pipe-label.html"));

        assertThat(meta.title()).isEqualTo("Why small towns are rebuilding their rail stations");
        assertThat(HtmlMetadataExtractor.stripHeadlineTail("Top 10 Cameras | The Best Mirrorless Cameras on Sale Now"))
                .isEqualTo("Top 10 Cameras | The Best Mirrorless Cameras on Sale Now");
        assertThat(HtmlMetadataExtractor.stripHeadlineTail("Gym Workouts for Beginners — Strength Training"))
                .isEqualTo("Gym Workouts for Beginners");
    }

    private static org.jsoup.nodes.Document page(String head, String body) {
        return org.jsoup.Jsoup.parse("<html><head>" + head + "</head><body>" + body
                + "<article><p>The article text is long enough to be an article, with a comma.</p></article></body></html>");
    }

    @Test
    void prefersTheDeclaredTitleOverAHeadlineGarbledByItsEncoding() {
        HtmlMetadata meta = extractor.extract(page(
                "<title>What Are The Basics Of Event Planning: Beginner's Guide</title>",
                "<h1>What Are The Basics Of Event Planning? Beginner? Guide</h1>"));

        assertThat(meta.title()).isEqualTo("What Are The Basics Of Event Planning: Beginner's Guide");
    }

    @Test
    void leavesTheDatePrintedInsideTheHeadlineOut() {
        HtmlMetadata meta = extractor.extract(page("<title>Preparing a transition | Some blog</title>",
                "<h1><a href='/p'><time datetime='2025-12-18'>Dec 18 2025</time> Preparing a transition</a></h1>"));

        assertThat(meta.title()).isEqualTo("Preparing a transition");
    }

    @Test
    void dropsALabelBeforeTheHeadlineWhenTheMetadataStatesItWithout() {
        HtmlMetadata meta = extractor.extract(page(
                "<meta property='og:title' content='Best Cycling Routes Around the Lakes in 2025 | Ride Weekly'>",
                "<h1><strong>Blog:</strong> Best Cycling Routes Around the Lakes in 2025</h1>"));

        assertThat(meta.title()).isEqualTo("Best Cycling Routes Around the Lakes in 2025");
    }

    @Test
    void takesTheDeclaredTitleOverAShortSectionLabelInTheH1() {
        HtmlMetadata meta = extractor.extract(page(
                "<meta property='og:title' content='Small adventures with small language models'>",
                "<h1>Data Blog</h1>"));

        assertThat(meta.title()).isEqualTo("Small adventures with small language models");
    }

    @Test
    void keepsAShortHeadlineThatTheDeclaredTitleRepeats() {
        HtmlMetadata meta = extractor.extract(page("<title>Climate Change | Research Service</title>",
                "<h1>Climate Change</h1>"));

        assertThat(meta.title()).isEqualTo("Climate Change");
    }

    @Test
    void writesFullWidthPunctuationInALatinTitleAsAscii() {
        assertThat(HtmlMetadataExtractor.latinPunctuation("How Does Robot Vacuum Mapping Work\uFF1F"))
                .isEqualTo("How Does Robot Vacuum Mapping Work?");
        assertThat(HtmlMetadataExtractor.latinPunctuation("\u4F60\u597D\uFF1F")).isEqualTo("\u4F60\u597D\uFF1F");
    }

    @Test
    void aTagClassThatMerelyContainsBrandIsNotALogo() {
        HtmlMetadata meta = extractor.extract(page(
                "<title>Affordable Sustainable Clothing Brands | A very long blog tagline about slow living</title>",
                "<div class='post tag-sustainable-clothing-brands'><h1>Affordable Sustainable Clothing Brands</h1></div>"));

        assertThat(meta.title()).isEqualTo("Affordable Sustainable Clothing Brands");
    }

    @Test
    void aPostsTaxonomyClassNamingABrandIsNotALogo() {
        HtmlMetadata meta = extractor.extract(page(
                "<title>Shop smarter: our label guide</title>"
                        + "<meta property='og:title' content='Shop smarter: our label guide'>",
                "<div class='post tag-sustainable-brand-clothing category-fashion'><h1>Ten Labels Worth Knowing</h1>"
                        + "</div>"));

        assertThat(meta.title()).isEqualTo("Ten Labels Worth Knowing");
    }

    @Test
    void takesThePostTitleWhenThePageTitleIsBlogNameAndPost() {
        HtmlMetadata meta = extractor.extract(page("<title>Lessons Learned: The lean startup</title>",
                "<header><h1>Lessons Learned</h1></header><h3 class='post-title'>The lean startup</h3>"));

        assertThat(meta.title()).isEqualTo("The lean startup");
    }

    @Test
    void aHeadingRepeatingTheSiteNameDoesNotMakeTheH1ABlogName() {
        HtmlMetadata meta = extractor.extract(page(
                "<title>Web Courses Defined - Online Learning</title><meta property='og:site_name' content='Online Learning'>",
                "<h1>Web Courses Defined</h1><h2>Online Learning</h2>"));

        assertThat(meta.title()).isEqualTo("Web Courses Defined");
    }

    @Test
    void aParagraphMarkedUpAsH1IsNotTheHeadline() {
        HtmlMetadata meta = extractor.extract(page(
                "<meta property='og:title' content='The 10 Best Garden Projects of 2024 | Green Co'>"
                        + "<meta property='og:site_name' content='Green Co'>",
                "<h1>Learn which garden projects add the most value to your home? Get expert tips on how to plan,"
                        + " budget and build them. We will help you learn everything you need to know about your"
                        + " next project.</h1>"));

        assertThat(meta.title()).isEqualTo("The 10 Best Garden Projects of 2024");
    }

    @Test
    void takesTheHAtomEntryTitleWhenTheOnlyH1IsTheSiteName() {
        HtmlMetadata meta = extractor.extract(page(
                "<meta property='og:site_name' content='Anna Builds'>"
                        + "<meta property='og:title' content='Introductions to my carpentry projects blog'>",
                "<header><h1>Anna Builds</h1></header>"
                        + "<h2 class='entry-title'>About this beginner carpentry blog and its project journal</h2>"));

        assertThat(meta.title()).isEqualTo("About this beginner carpentry blog and its project journal");
    }
}
