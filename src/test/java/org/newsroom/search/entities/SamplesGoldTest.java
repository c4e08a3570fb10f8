package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bar of the issue on the hand-labelled samples: every required person and organization is found, and at least
 * 95% of the facet values produced are correct (one value per real entity). Uses the real model, loaded once.
 */
class SamplesGoldTest {

    private static final Logger log = LoggerFactory.getLogger(SamplesGoldTest.class);

    private static CoreNlpEntityExtractor extractor;
    private static JsonNode gold;

    @BeforeAll
    static void setUp() throws IOException {
        var properties = Samples.properties(java.nio.file.Path.of("config/entities.yml"));
        extractor = new CoreNlpEntityExtractor(properties, new EntityCanonicalizer(properties));
        try (InputStream in = SamplesGoldTest.class.getResourceAsStream("/fixtures/gold/samples-gold.json")) {
            gold = JsonMapper.builder().build().readTree(in);
        }
    }

    /** One gold entry: all accepted keys (name and aliases, folded). */
    private record GoldEntity(String name, Set<String> keys, boolean required) {}

    @Test
    void requiredEntitiesFoundAndValuesPrecise() {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // produced, correct
        List<String> problems = new ArrayList<>();
        for (Samples.Sample sample : Samples.all()) {
            JsonNode article = gold.get("articles").get(sample.file());
            List<Entity> entities = extractor.extract(sample.title(), sample.body());
            for (EntityType type : EntityType.values()) {
                JsonNode node = article.get(type == EntityType.PERSON ? "persons" : "organizations");
                List<GoldEntity> expected = new ArrayList<>();
                read(node.get("required"), true, expected);
                read(node.get("acceptable"), false, expected);
                Set<GoldEntity> matched = new HashSet<>();
                int[] c = counts.computeIfAbsent(type, t -> new int[2]);
                for (Entity e : entities) {
                    if (e.type() != type) {
                        continue;
                    }
                    c[0]++;
                    GoldEntity hit = expected.stream()
                            .filter(g -> g.keys().contains(Names.fold(e.name())))
                            .findFirst()
                            .orElse(null);
                    if (hit == null) {
                        problems.add(sample.file() + ": false " + type.key() + " '" + e.name() + "'");
                    } else if (!matched.add(hit)) {
                        problems.add(sample.file() + ": second value '" + e.name() + "' for " + hit.name());
                    } else {
                        c[1]++;
                    }
                }
                for (GoldEntity g : expected) {
                    if (g.required() && !matched.contains(g)) {
                        problems.add(sample.file() + ": missing " + type.key() + " '" + g.name() + "' in " + entities);
                    }
                }
            }
        }
        int produced = counts.values().stream().mapToInt(c -> c[0]).sum();
        int correct = counts.values().stream().mapToInt(c -> c[1]).sum();
        log.info("Gold: {}/{} values correct; persons {}/{}, organizations {}/{}; problems {}", correct, produced,
                counts.get(EntityType.PERSON)[1], counts.get(EntityType.PERSON)[0],
                counts.get(EntityType.ORGANIZATION)[1], counts.get(EntityType.ORGANIZATION)[0], problems);
        assertThat(problems.stream().filter(p -> p.contains("missing")).toList()).isEmpty();
        assertThat((double) correct / produced)
                .as("precision %d/%d, persons %s, organizations %s; problems %s", correct, produced,
                        java.util.Arrays.toString(counts.get(EntityType.PERSON)),
                        java.util.Arrays.toString(counts.get(EntityType.ORGANIZATION)), problems)
                .isGreaterThanOrEqualTo(0.95);
        for (EntityType type : EntityType.values()) {
            int[] c = counts.get(type);
            assertThat((double) c[1] / c[0]).as("%s precision %d/%d: %s", type, c[1], c[0], problems)
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    private static void read(JsonNode list, boolean required, List<GoldEntity> into) {
        for (JsonNode entry : list) {
            Set<String> keys = new HashSet<>();
            keys.add(Names.fold(entry.get("name").asString()));
            for (JsonNode alias : entry.get("aliases")) {
                keys.add(Names.fold(alias.asString()));
            }
            into.add(new GoldEntity(entry.get("name").asString(), keys, required));
        }
    }
}
