package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.search.bench.EntityGoldScorer;
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

    /** The fresh set (30 articles, 14 persons, 80 organizations), first measured after this session's code. */
    static final double FRESH_PERSON_PRECISION_FLOOR = 0.75;
    static final double FRESH_PERSON_RECALL_FLOOR = 0.95;
    static final double FRESH_ORGANIZATION_PRECISION_FLOOR = 0.88;
    static final double FRESH_ORGANIZATION_RECALL_FLOOR = 0.9;

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

    @Test
    void precisionAndRecallPerType() throws IOException {
        EntityGoldScorer.Result r = score("unseen-gold.json", "unseen-eval.txt");
        assertThat(r.persons().precision()).as(r.summary()).isGreaterThanOrEqualTo(PERSON_PRECISION_FLOOR);
        assertThat(r.persons().recall()).as(r.summary()).isGreaterThanOrEqualTo(PERSON_RECALL_FLOOR);
        assertThat(r.organizations().precision()).as(r.summary()).isGreaterThanOrEqualTo(ORGANIZATION_PRECISION_FLOOR);
        assertThat(r.organizations().recall()).as(r.summary()).isGreaterThanOrEqualTo(ORGANIZATION_RECALL_FLOOR);
    }

    /** Labelled after the rules were written and never used to tune them: the honest estimate. */
    @Test
    void precisionAndRecallPerTypeOnHeldOutArticles() throws IOException {
        EntityGoldScorer.Result r = score("holdout-gold.json", "holdout-eval.txt");
        assertThat(r.persons().precision()).as(r.summary()).isGreaterThanOrEqualTo(HOLDOUT_PERSON_PRECISION_FLOOR);
        assertThat(r.persons().recall()).as(r.summary()).isGreaterThanOrEqualTo(HOLDOUT_PERSON_RECALL_FLOOR);
        assertThat(r.organizations().precision()).as(r.summary())
                .isGreaterThanOrEqualTo(HOLDOUT_ORGANIZATION_PRECISION_FLOOR);
        assertThat(r.organizations().recall()).as(r.summary())
                .isGreaterThanOrEqualTo(HOLDOUT_ORGANIZATION_RECALL_FLOOR);
    }

    @Test
    void freshSetLabelledBlind() throws IOException {
        EntityGoldScorer.Result r = score("fresh-gold.json", "fresh-eval.txt");
        assertThat(r.persons().precision()).as(r.summary()).isGreaterThanOrEqualTo(FRESH_PERSON_PRECISION_FLOOR);
        assertThat(r.persons().recall()).as(r.summary()).isGreaterThanOrEqualTo(FRESH_PERSON_RECALL_FLOOR);
        assertThat(r.organizations().precision()).as(r.summary())
                .isGreaterThanOrEqualTo(FRESH_ORGANIZATION_PRECISION_FLOOR);
        assertThat(r.organizations().recall()).as(r.summary()).isGreaterThanOrEqualTo(FRESH_ORGANIZATION_RECALL_FLOOR);
    }

    /** Scores of one gold file; the per-article report goes to {@code target/out}. */
    private static EntityGoldScorer.Result score(String file, String out) throws IOException {
        EntityGoldScorer.Result r = new EntityGoldScorer(extractor).score(EntityGoldScorer.read(gold(file), Map.of()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", out), file + ": " + r.summary() + "\n" + r.report(),
                StandardCharsets.UTF_8);
        log.info("{}: {}", file, r.summary());
        return r;
    }
}
