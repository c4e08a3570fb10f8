package org.newsroom.search.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines feed ({@code .jsonl}, {@code .ndjson}, optionally {@code .gz}): one article object per line
 * with {@code id, title, published, body} and optionally {@code author, url, source, language}; other keys are
 * ignored. Lines are streamed, so a feed of any size is read in bounded memory.
 */
final class ArticleFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleFeed() {}

    /** Whether a file is a feed rather than one article. */
    static boolean isFeed(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
                || name.endsWith(".ndjson.gz");
    }

    /** Receives each line of a feed: the parsed article, or the reason the line could not be read. */
    interface LineHandler {
        void article(int lineNumber, ArticleData article);

        void malformed(int lineNumber, String reason);
    }

    /** Streams a feed to the handler, line by line. */
    static void read(Path feed, LineHandler handler) {
        try (BufferedReader reader = FeedFiles.open(feed)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    handler.article(number, parse(line));
                } catch (JacksonException e) {
                    handler.malformed(number, "line " + number + " is not a JSON article: " + e.getOriginalMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read feed " + feed + ": " + e.getMessage(), e);
        }
    }

    static ArticleData parse(String line) {
        JsonNode node = JSON.readTree(line);
        if (!node.isObject()) {
            throw new ExtractionException("feed line", "a JSON object was expected");
        }
        return new ArticleData(text(node, "id"), text(node, "title"), text(node, "body"), text(node, "author"),
                text(node, "published"), text(node, "url"), text(node, "source"), text(node, "language"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }
}
