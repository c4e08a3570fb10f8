package org.newsroom.search.bench.perf;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.newsroom.search.ingest.FeedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a large benchmark corpus from a real JSON Lines corpus (issue #8): every output article recombines
 * paragraphs (blank-line separated) of the source and gets a publication date spread over 1980-2025, so term
 * statistics stay those of real news while the archive grows to any size.
 *
 * <p>Memory is bounded by {@link #MAX_PARAGRAPHS} source paragraphs (a reservoir sample when the source has more),
 * never by the number of articles written, which are streamed. The output depends only on the source, the scale and
 * the seed. Not thread-safe; use one instance per build.
 */
public final class CorpusBuilder {

    /** Most source paragraphs kept in memory (about 100 MB of text at most). */
    static final int MAX_PARAGRAPHS = 400_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate FIRST_DAY = LocalDate.of(1980, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay() + 1);

    /** A source paragraph with the title and labels of the article it came from. */
    private record Paragraph(String text, int article) {}

    private record Source(String title, List<String> persons, List<String> orgs) {}

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    /** What a build wrote. */
    public record Result(long articles, long bytes, int sourceArticles, int sourceParagraphs) {}

    /**
     * Reads the source and writes {@code scale} articles to {@code out} (gzipped when the name ends in {@code .gz}).
     */
    public static Result build(Path source, Path out, long scale, long seed) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        CorpusBuilder builder = new CorpusBuilder();
        builder.read(source, seed);
        if (builder.paragraphs.isEmpty()) {
            throw new IllegalArgumentException("The source " + source + " has no article with a body");
        }
        return builder.write(out, scale, seed);
    }

    private void read(Path source, long seed) {
        SplittableRandom reservoir = new SplittableRandom(seed);
        long seen = 0;
        try (BufferedReader reader = FeedFiles.open(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String body = text(node, "body");
                if (body.isBlank()) {
                    continue;
                }
                int article = sources.size();
                sources.add(new Source(text(node, "title"), labels(node, "persons", "people"),
                        labels(node, "orgs", "orgs")));
                for (String part : body.split("\n\\s*\n")) {
                    String paragraph = part.strip();
                    if (paragraph.isEmpty()) {
                        continue;
                    }
                    seen++;
                    if (paragraphs.size() < MAX_PARAGRAPHS) {
                        paragraphs.add(new Paragraph(paragraph, article));
                    } else {
                        long slot = reservoir.nextLong(seen);
                        if (slot < MAX_PARAGRAPHS) {
                            paragraphs.set((int) slot, new Paragraph(paragraph, article));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        }
    }

    private Result write(Path out, long scale, long seed) {
        long articles = 0;
        try (CountingStream counting = new CountingStream(Files.newOutputStream(out));
                Writer writer = new BufferedWriter(new OutputStreamWriter(
                        out.toString().endsWith(".gz") ? new GZIPOutputStream(counting, 1 << 16) : counting,
                        StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < scale; i++) {
                writer.write(JSON.writeValueAsString(article(i, seed)));
                writer.write('\n');
                articles++;
            }
            writer.flush();
            return new Result(articles, counting.count, sources.size(), paragraphs.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Article {@code i} depends only on the seed and {@code i}: a random generator per article. */
    Map<String, Object> article(long i, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int count = 2 + random.nextInt(6);
        StringBuilder body = new StringBuilder();
        Paragraph lead = null;
        for (int p = 0; p < count; p++) {
            Paragraph paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            if (lead == null) {
                lead = paragraph;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(paragraph.text());
        }
        Source from = sources.get(lead.article());
        LocalDateTime published = FIRST_DAY.plusDays(random.nextInt(DAYS))
                .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", String.format(Locale.ROOT, "bench-%d-%07d", seed, i));
        article.put("title", from.title().isBlank() ? firstWords(lead.text()) : from.title());
        article.put("published", published.toString());
        article.put("body", body.toString());
        article.put("persons", from.persons());
        article.put("orgs", from.orgs());
        return article;
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+", 13);
        return String.join(" ", List.of(words).subList(0, Math.min(12, words.length)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? "" : value.asString();
    }

    /** Labels from {@code field} (our export) or {@code tags.tagField} (Reuters codes such as james-baker). */
    private static List<String> labels(JsonNode node, String field, String tagField) {
        JsonNode values = node.get(field);
        boolean codes = false;
        if (values == null || !values.isArray()) {
            JsonNode tags = node.get("tags");
            values = tags == null ? null : tags.get(tagField);
            codes = true;
        }
        if (values == null || !values.isArray()) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isString() && !value.asString().isBlank()) {
                labels.add(codes ? displayName(value.asString()) : value.asString());
            }
        }
        return List.copyOf(labels);
    }

    /** {@code james-baker} becomes {@code James Baker}; short codes such as {@code imf} become {@code IMF}. */
    static String displayName(String code) {
        if (code.length() <= 4 && !code.contains("-")) {
            return code.toUpperCase(Locale.ROOT);
        }
        StringBuilder name = new StringBuilder();
        for (String part : code.split("-")) {
            if (!part.isEmpty()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** Counts the bytes that reach the file. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
