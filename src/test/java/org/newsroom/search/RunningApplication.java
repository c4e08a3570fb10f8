package org.newsroom.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with a fresh temporary index that start-up seeds from {@code samples/}.
 * Test classes that only read extend this, so they share one application context (and one CoreNLP model load).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RunningApplication {

    private static final Path INDEX = tempIndex();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsearch.index.path", INDEX::toString);
        registry.add("newsearch.ingest.samples", () -> "samples");
        registry.add("newsearch.ingest.seed-on-empty", () -> "true");
    }

    private static Path tempIndex() {
        try {
            return Files.createTempDirectory("news-search-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
