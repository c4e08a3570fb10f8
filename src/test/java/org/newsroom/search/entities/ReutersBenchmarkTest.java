package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speed and rough person recall on the Reuters-21578 corpus; runs only when {@code -Dreuters=<jsonl path>} is given
 * (the corpus is not part of the repository). Writes the entities of every article to
 * {@code target/reuters-entities.txt} for eyeballing. Optional {@code -Dreuters.limit} (default 2000).
 */
@EnabledIfSystemProperty(named = "reuters", matches = ".+")
class ReutersBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ReutersBenchmarkTest.class);

    @Test
    void throughputAndPersonRecall() throws Exception {
        int limit = Integer.getInteger("reuters.limit", 2000);
        var properties = Samples.properties(Path.of("config/entities.yml"));
        var extractor = new CoreNlpEntityExtractor(properties, new EntityCanonicalizer(properties));
        extractor.extract("WARM UP", "Warm-up text about Paul Volcker and the Federal Reserve."); // loads the model
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(System.getProperty("reuters")),
                StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && articles.size() < limit) {
                articles.add(json.readTree(line));
            }
        }
        long chars = 0;
        long nanos = 0;
        // CPU time of this thread: the machine is shared, so wall time under-states what one core does.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int tagged = 0;
        int found = 0;
        StringBuilder dump = new StringBuilder();
        List<String> missed = new ArrayList<>();
        for (JsonNode a : articles) {
            String title = a.path("title").asString("");
            String body = a.path("body").asString("");
            long t0 = System.nanoTime();
            List<Entity> entities = extractor.extract(title, body);
            nanos += System.nanoTime() - t0;
            chars += title.length() + body.length();
            dump.append("=== ").append(a.path("id").asString()).append(" | ").append(title).append('\n');
            for (Entity e : entities) {
                dump.append("  ").append(e.type().key(), 0, 3).append(' ').append(e.name()).append(" x")
                        .append(e.mentions()).append('\n');
            }
            for (JsonNode person : a.path("tags").path("people")) {
                tagged++;
                String surname = person.asString().replace('-', ' ');
                boolean hit = entities.stream().filter(e -> e.type() == EntityType.PERSON)
                        .anyMatch(e -> Names.fold(e.name()).contains(surname));
                if (hit) {
                    found++;
                } else {
                    missed.add(a.path("id").asString() + ":" + surname);
                }
            }
        }
        double seconds = nanos / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        String summary = String.format(Locale.ROOT,
                "%d articles, %d chars in %.1f s wall = %.0f chars/s; %.1f s CPU = %.0f chars per CPU-second "
                        + "(one thread); tagged persons found %d/%d%nmissed %s%n",
                articles.size(), chars, seconds, chars / seconds, cpuSeconds, chars / cpuSeconds, found, tagged,
                missed);
        Files.writeString(Path.of("target/reuters-entities.txt"), summary + dump, StandardCharsets.UTF_8);
        log.info(summary);
        assertThat(chars).isPositive();
    }
}
