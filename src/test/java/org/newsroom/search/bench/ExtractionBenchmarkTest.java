package org.newsroom.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.config.IngestProperties;
import org.newsroom.search.ingest.TikaArticleExtractor;
import org.springframework.util.unit.DataSize;

class ExtractionBenchmarkTest {

    private final TikaArticleExtractor extractor = new TikaArticleExtractor(new IngestProperties(Path.of("samples"),
            false, DataSize.ofMegabytes(50), 10_000_000, Duration.ofSeconds(60), 0, 500, Duration.ofSeconds(30), 1000));

    @Test
    void scoresAFolderOfGzippedPagesAgainstItsGroundTruth(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        gzip(Path.of("samples/newsroom-web-page.html"), dir.resolve("html/0001.html.gz"));
        Files.write(dir.resolve("html/0002.html.gz"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"0001": {"articleBody": "The Harbor City Council voted 9-2 on Monday night to build a movable tidal \
                barrier across the mouth of the harbor, ending two years of debate over how to protect the waterfront \
                from storm surges.", "title": "Harbor City Approves Tidal Flood Barrier After Two-Year Debate",
                 "author": "Priya Raman", "publish_date": "2025-10-14"},
                 "0002": {"articleBody": "Nothing readable here at all", "title": "Broken", "author": null,
                 "publish_date": null}}
                """, StandardCharsets.UTF_8);

        ExtractionBenchmark.Figures figures = new ExtractionBenchmark(extractor, 2).run(dir);

        assertThat(figures.summary().pages()).isEqualTo(2);
        assertThat(figures.failures()).isEqualTo(1);
        assertThat(figures.summary().recall()).isEqualTo(0.5);
        assertThat(figures.summary().precision()).isGreaterThan(0).isLessThan(0.5);
        assertThat(figures.summary().titleAccuracy()).isEqualTo(0.5);
        assertThat(figures.summary().authorAccuracy()).isEqualTo(1.0);
        assertThat(figures.summary().dateAccuracy()).isEqualTo(1.0);
        assertThat(figures.summary().wrongDates()).isZero();
        assertThat(figures.pagesPerSecondPerCore()).isPositive();
        assertThat(figures.pages()).extracting(ExtractionBenchmark.Page::id).containsExactly("0001", "0002");
    }

    @Test
    void refusesANegativeThreadCount() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionBenchmark(extractor, -1));
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            out.write(Files.readAllBytes(from));
        }
    }
}
