package org.newsroom.search.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsroom.search.config.IngestProperties;
import org.springframework.util.unit.DataSize;

/** Shared test helpers: fixture files and default settings. */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    static IngestProperties properties() {
        return properties(DataSize.ofMegabytes(50));
    }

    static IngestProperties properties(DataSize maxFileSize) {
        return new IngestProperties(Path.of("samples"), false, maxFileSize, 10_000_000, Duration.ofSeconds(60), 0,
                500, Duration.ofSeconds(30), 1000);
    }

    static String text(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document html(String name) {
        return Jsoup.parse(text("html/" + name));
    }
}
