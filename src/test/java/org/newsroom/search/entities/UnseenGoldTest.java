package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Precision and recall per type on articles the rules were not tuned on ({@code fixtures/gold/eval}, see its
 * README for how they were chosen and the labelling conventions). Real model. Writes every article's values and
 * errors to {@code target/unseen-eval.txt}. The floors sit a little under the measured figures so regressions fail.
 */
class UnseenGoldTest {

    private static final Logger log = LoggerFactory.getLogger(UnseenGoldTest.class);

    static final double PERSON_PRECISION_FLOOR = 0.94;
    static final double PERSON_RECALL_FLOOR = 0.95;
    static final double ORGANIZATION_PRECISION_FLOOR = 0.96;
    static final double ORGANIZATION_RECALL_FLOOR = 0.9;

    /** The held-out set has 8 persons and 50 organizations: floors are coarser there. */
    static final double HOLDOUT_PERSON_PRECISION_FLOOR = 0.85;
    static final double HOLDOUT_PERSON_RECALL_FLOOR = 0.85;
    static final double HOLDOUT_ORGANIZATION_PRECISION_FLOOR = 0.85;
    static final double HOLDOUT_ORGANIZATION_RECALL_FLOOR = 0.93;

    private static CoreNlpEntityExtractor extractor;

    @BeforeAll
    static void setUp() {
        var properties = Samples.properties(Path.of("config/entities.yml"));
        extractor = new CoreNlpEntityExtractor(properties, new EntityCanonicalizer(properties));
    }

    private static JsonNode gold(String file) throws IOException {
        try (InputStream in = UnseenGoldTest.class.getResourceAsStream("/fixtures/gold/eval/" + file)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private record Gold(String name, Set<String> keys) {}

    /** True positives, produced values, gold entities. */
    private static final class Score {
        int tp;
        int produced;
        int expected;

        double precision() {
            return produced == 0 ? 1 : (double) tp / produced;
        }

        double recall() {
            return expected == 0 ? 1 : (double) tp / expected;
        }
    }

    @Test
    void precisionAndRecallPerType() throws IOException {
        Score[] s = score("unseen-gold.json", "unseen-eval.txt");
        assertThat(s[0].precision()).as(summary(s)).isGreaterThanOrEqualTo(PERSON_PRECISION_FLOOR);
        assertThat(s[0].recall()).as(summary(s)).isGreaterThanOrEqualTo(PERSON_RECALL_FLOOR);
        assertThat(s[1].precision()).as(summary(s)).isGreaterThanOrEqualTo(ORGANIZATION_PRECISION_FLOOR);
        assertThat(s[1].recall()).as(summary(s)).isGreaterThanOrEqualTo(ORGANIZATION_RECALL_FLOOR);
    }

    /** Labelled after the rules were written and never used to tune them: the honest estimate. */
    @Test
    void precisionAndRecallPerTypeOnHeldOutArticles() throws IOException {
        Score[] s = score("holdout-gold.json", "holdout-eval.txt");
        assertThat(s[0].precision()).as(summary(s)).isGreaterThanOrEqualTo(HOLDOUT_PERSON_PRECISION_FLOOR);
        assertThat(s[0].recall()).as(summary(s)).isGreaterThanOrEqualTo(HOLDOUT_PERSON_RECALL_FLOOR);
        assertThat(s[1].precision()).as(summary(s)).isGreaterThanOrEqualTo(HOLDOUT_ORGANIZATION_PRECISION_FLOOR);
        assertThat(s[1].recall()).as(summary(s)).isGreaterThanOrEqualTo(HOLDOUT_ORGANIZATION_RECALL_FLOOR);
    }

    private static String summary(Score[] s) {
        return String.format(Locale.ROOT, "persons P=%.3f R=%.3f (%d/%d/%d), organizations P=%.3f R=%.3f (%d/%d/%d)",
                s[0].precision(), s[0].recall(), s[0].tp, s[0].produced, s[0].expected,
                s[1].precision(), s[1].recall(), s[1].tp, s[1].produced, s[1].expected);
    }

    /** Persons and organizations scores of one gold file; the per-article report goes to {@code target/out}. */
    private static Score[] score(String file, String out) throws IOException {
        JsonNode gold = gold(file);
        Score persons = new Score();
        Score orgs = new Score();
        StringBuilder report = new StringBuilder();
        for (JsonNode article : gold.get("articles")) {
            List<Entity> entities = extractor.extract(article.get("title").asString(), article.get("body").asString());
            Set<String> acceptable = new HashSet<>();
            for (JsonNode a : article.get("acceptable")) {
                acceptable.add(Names.fold(a.asString()));
            }
            report.append("=== ").append(article.get("id").asString()).append(" | ")
                    .append(article.get("title").asString()).append('\n');
            for (EntityType type : EntityType.values()) {
                boolean person = type == EntityType.PERSON;
                List<Gold> expected = read(article.get(person ? "persons" : "organizations"));
                Score score = person ? persons : orgs;
                score.expected += expected.size();
                Set<Gold> matched = new HashSet<>();
                for (Entity e : entities) {
                    if (e.type() != type) {
                        continue;
                    }
                    String key = Names.fold(e.name());
                    Gold hit = expected.stream().filter(g -> g.keys().contains(key)).findFirst().orElse(null);
                    String verdict;
                    if (hit != null && matched.add(hit)) {
                        score.tp++;
                        score.produced++;
                        verdict = "ok";
                    } else if (hit != null) {
                        score.produced++;
                        verdict = "DUPLICATE of " + hit.name();
                    } else if (acceptable.contains(key)) {
                        verdict = "acceptable";
                    } else {
                        score.produced++;
                        verdict = "FALSE";
                    }
                    report.append(String.format(Locale.ROOT, "  %s %-40s x%d %s%n", type.key().substring(0, 3),
                            e.name(), e.mentions(), verdict));
                }
                for (Gold g : expected) {
                    if (!matched.contains(g)) {
                        report.append("  ").append(type.key(), 0, 3).append(" MISSED ").append(g.name()).append('\n');
                    }
                }
            }
        }
        Score[] scores = {persons, orgs};
        String summary = file + ": " + summary(scores);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", out), summary + "\n" + report, StandardCharsets.UTF_8);
        log.info(summary);
        return scores;
    }

    private static List<Gold> read(JsonNode list) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode entry : list) {
            Set<String> keys = new HashSet<>();
            keys.add(Names.fold(entry.get("name").asString()));
            for (JsonNode alias : entry.path("aliases")) {
                keys.add(Names.fold(alias.asString()));
            }
            out.add(new Gold(entry.get("name").asString(), keys));
        }
        return out;
    }
}
