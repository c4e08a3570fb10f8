package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.ExtractedArticle;
import org.springframework.util.unit.DataSize;

/** Files that are not articles, or are broken, must give a clear {@link ExtractionException}, never a crash. */
class TikaArticleExtractorBadInputTest {

    private final TikaArticleExtractor extractor = new TikaArticleExtractor(Fixtures.properties());

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));
        assertThat(e.getMessage()).contains("empty.txt", "empty");
        assertThat(e.source()).endsWith("empty.txt");
    }

    @Test
    void whitespaceOnlyPage() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.html"), " \n\t \n");

        assertThat(assertThrows(ExtractionException.class, () -> extractor.extract(file))).hasMessageContaining(
                "empty");
    }

    @Test
    void binaryJunkNamedHtml() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.html"), junk);

        assertThat(assertThrows(ExtractionException.class, () -> extractor.extract(file))).hasMessageContaining(
                "binary");
    }

    @Test
    void pageWithoutArticleText() throws IOException {
        Path file = Files.writeString(dir.resolve("nav.html"),
                "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>");

        assertThat(assertThrows(ExtractionException.class, () -> extractor.extract(file))).hasMessageContaining(
                "no readable article text");
    }

    @Test
    void invalidUtf8IsReadBestEffort() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Harbour Works Begin\n\nThe works on the café terrace began on Monday, ".getBytes(
                StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes(" and will last until the summer, the port said in a statement.".getBytes(
                StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("broken.txt"), bytes.toByteArray());

        ExtractedArticle article = extractor.extract(file);

        assertThat(article.title()).isEqualTo("Harbour Works Begin");
        assertThat(article.body()).contains("café terrace", "until the summer").doesNotContain("\uFFFD");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        TikaArticleExtractor small = new TikaArticleExtractor(Fixtures.properties(DataSize.ofKilobytes(1)));
        char[] filler = new char[4096];
        Arrays.fill(filler, 'a');
        Path file = Files.writeString(dir.resolve("huge.html"), "<p>" + new String(filler) + "</p>");

        ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(file));
        assertThat(e.getMessage()).contains("huge.html", "over the 1024 bytes limit",
                "newsearch.ingest.max-file-size");
    }

    @Test
    void hugePageWithinTheLimitIsExtracted() throws IOException {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<p>The harbour board met for the ").append(i).append("th time, and the minutes ran long.</p>");
        }
        Path file = Files.writeString(dir.resolve("long.html"), html.append("</article></body></html>"));

        assertThat(extractor.extract(file).body()).hasSizeGreaterThan(1_000_000);
    }

    @Test
    void tenThousandLevelsOfNesting() throws IOException {
        String html = "<html><body>" + "<div><span>".repeat(10_000)
                + "<p>Survived the nesting, with the text intact.</p>" + "</span></div>".repeat(10_000)
                + "</body></html>";
        Path file = Files.writeString(dir.resolve("deep.html"), html);

        assertThat(extractor.extract(file).body()).contains("Survived the nesting");
    }

    @Test
    void truncatedPdfFailsCleanlyOrReadsWhatIsThere() throws IOException {
        byte[] pdf = pdf(null);
        Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));

        Throwable thrown = catchThrowable(() -> extractor.extract(file));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(ExtractionException.class).hasMessageContaining("truncated.pdf");
        }
    }

    @Test
    void passwordProtectedPdf() throws IOException {
        Path file = Files.write(dir.resolve("secret.pdf"), pdf("s3cret"));

        assertThat(assertThrows(ExtractionException.class, () -> extractor.extract(file))).hasMessageContaining(
                "password-protected");
    }

    @Test
    void missingFile() {
        assertThat(assertThrows(ExtractionException.class, () -> extractor.extract(dir.resolve("nope.pdf"))))
                .hasMessageContaining("not a readable file");
    }

    private static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(50, 700);
                    content.showText("Page " + i + " of a report on harbour dredging, written for the test.");
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
