package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsroom.search.article.ExtractedArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TikaArticleExtractorTest {

    private static final Path SAMPLES = Path.of("samples");
    private final TikaArticleExtractor extractor = new TikaArticleExtractor(Fixtures.properties());

    static List<String> goldSamples() {
        List<String> names = new ArrayList<>();
        gold().get("articles").properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }

    private static JsonNode gold() {
        return JsonMapper.builder().build().readTree(Fixtures.ROOT.resolve("gold/samples-gold.json").toFile());
    }

    @ParameterizedTest
    @MethodSource("goldSamples")
    void seedSamplesMatchTheGoldMetadataAndCarryNoBoilerplate(String name) {
        JsonNode expected = gold().get("articles").get(name);
        JsonNode metadata = expected.get("metadata");

        ExtractedArticle article = extractor.extract(SAMPLES.resolve(name));

        assertThat(article.source()).isEqualTo(name);
        assertThat(article.mediaType()).isEqualTo("text/plain");
        assertThat(article.title()).isNotBlank();
        // A sample without a headline shows its first words, but reports that no title was stated.
        assertThat(article.titleStated()).isEqualTo(!metadata.get("title").isNull());
        if (!metadata.get("title").isNull()) {
            assertThat(article.title()).isEqualTo(metadata.get("title").asString());
        }
        if (metadata.get("author").isNull()) {
            assertThat(article.author()).isNull();
        } else {
            assertThat(article.author()).isEqualTo(metadata.get("author").asString());
        }
        if (metadata.get("published").isNull()) {
            assertThat(article.published()).isNull();
        } else {
            assertThat(article.published().toLocalDate()).hasToString(metadata.get("published").asString());
        }
        for (JsonNode boilerplate : expected.get("body_must_not_contain")) {
            assertThat(article.body()).doesNotContain(boilerplate.asString());
        }
        assertThat(article.body()).contains("Petro");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void seedSampleWithoutTitleLineGetsItsFirstWordsAsTitle() {
        ExtractedArticle article = extractor.extract(SAMPLES.resolve("000_cb3c3d186b0015fe.txt"));

        assertThat(article.title()).startsWith("A recent high-level meeting in Bogotá");
        assertThat(article.body()).startsWith("A recent high-level meeting in Bogotá");
    }

    @Test
    void newsroomWebPage() {
        ExtractedArticle article = extractor.extract(SAMPLES.resolve("newsroom-web-page.html"));

        assertThat(article.mediaType()).isEqualTo("text/html");
        assertThat(article.title()).isEqualTo("Harbor City Approves Tidal Flood Barrier After Two-Year Debate");
        assertThat(article.author()).isEqualTo("Priya Raman");
        assertThat(article.published()).isEqualTo(OffsetDateTime.of(2025, 10, 14, 8, 30, 0, 0,
                ZoneOffset.ofHours(-4)));
        assertThat(article.url()).isEqualTo(
                "https://www.harborledger.example/news/2025/10/14/harbor-city-approves-tidal-flood-barrier");
        assertThat(article.siteName()).isEqualTo("The Harbor Ledger");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).startsWith("The Harbor City Council voted 9-2")
                .contains("Mayor Elena Marsh", "Coastal Resilience Institute", "Tomas Okafor", "David Okoro",
                        "\n\nA narrow path to a vote\n\n")
                .doesNotContain("on display at City Hall", "cookies", "Share on", "Storm season forecast",
                        "Sign up for our newsletter", "my basement floods", "Ferry fares", "All rights reserved",
                        "Buy waterfront");
    }

    @Test
    void pdfSample() {
        ExtractedArticle article = extractor.extract(SAMPLES.resolve("regional-rail-hydrogen-trains.pdf"));

        assertThat(article.mediaType()).isEqualTo("application/pdf");
        assertThat(article.title()).isEqualTo("Regional Rail Operator Orders 40 Hydrogen Trains");
        assertThat(article.author()).isEqualTo("Marta Lindqvist");
        assertThat(article.published().toLocalDate()).hasToString("2025-09-02");
        assertThat(article.body()).startsWith("Nordbahn Regional has signed")
                .contains("Jonas Berg", "Fjell Energy", "diesel trains until the new units")
                .doesNotContain("Transport Review", "Page 1", "By Marta Lindqvist");
    }

    @Test
    void docxSample() {
        ExtractedArticle article = extractor.extract(SAMPLES.resolve("university-climate-archive.docx"));

        assertThat(article.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(article.title()).isEqualTo("University Library Opens Climate Records Archive");
        assertThat(article.author()).isEqualTo("Samuel Adeyemi");
        assertThat(article.published().toLocalDate()).hasToString("2025-11-20");
        assertThat(article.body()).startsWith("Westbrook University has opened")
                .contains("Dr. Helen Cho", "National Weather Archive", "\n\n")
                .doesNotContain("By Samuel Adeyemi", "Published 20 November 2025");
    }

    @Test
    void readsGzippedPagesAndStreams(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(SAMPLES.resolve("newsroom-web-page.html")));
        }
        assertThat(extractor.extract(gz).author()).isEqualTo("Priya Raman");
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("newsroom-web-page.html"))) {
            assertThat(extractor.extract("upload.html", in).source()).isEqualTo("upload.html");
        }
    }

    @Test
    void detectsTheLanguageWhenThePageDoesNotDeclareIt() {
        String html = "<html><body><article><p>Die Stadtwerke wollen bis zum Herbst ein neues Windrad am Stadtrand "
                + "errichten, wie der Geschäftsführer am Mittwoch mitteilte. Es soll rund dreitausend Haushalte mit "
                + "Strom versorgen und die Kosten der Stadt senken.</p></article></body></html>";
        ExtractedArticle article = extractor.extract("windrad.html",
                new java.io.ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(article.language()).isEqualTo("de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "B.TEXT", "c.html", "d.HTM", "e.xhtml", "f.html.gz", "g.pdf", "h.docx",
            "i.doc", "j.odt", "k.rtf", "l.eml", "m.msg", "n.md", "dir/o.Pdf"})
    void supportsArticleFormats(String name) {
        assertThat(extractor.supports(Path.of(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.jpg", "b.gz", "c.zip", "d.exe", "html", "e.txt.bak", ".pdf"})
    void ignoresOtherFiles(String name) {
        assertThat(extractor.supports(Path.of(name))).isFalse();
    }
}
