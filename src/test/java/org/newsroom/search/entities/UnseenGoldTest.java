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

    /** Floors per set: persons P / R, organizations P / R. */
    private record Floors(double personPrecision, double personRecall, double organizationPrecision,
            double organizationRecall) {}

    private static final Floors UNSEEN = new Floors(0.94, 0.95, 0.96, 0.9);
    /** The held-out set has 8 persons and 50 organizations: floors are coarser there. */
    private static final Floors HOLDOUT = new Floors(0.85, 0.85, 0.85, 0.93);
    /** The fresh set (30 articles, 14 persons, 80 organizations), first measured after the third session's code. */
    private static final Floors FRESH = new Floors(0.8, 0.95, 0.9, 0.92);
    /** The second fresh set (40 articles, 31 persons, 106 organizations), labelled blind on the fourth session. */
    private static final Floors FRESH2 = new Floors(0.9, 0.93, 0.93, 0.88);
    /** The third fresh set (40 articles, 30 persons, 84 organizations), labelled blind on the fourth session. */
    private static final Floors FRESH3 = new Floors(0.93, 0.93, 0.86, 0.9);
    /** The fourth fresh set (40 articles, 44 persons, 59 organizations), labelled blind on the fourth session. */
    private static final Floors FRESH4 = new Floors(0.93, 0.92, 0.74, 0.78);

    private static CoreNlpEntityExtractor extractor;
    private static EntityCanonicalizer canonicalizer;

    @BeforeAll
    static void setUp() {
        var properties = Samples.properties(Path.of("config/entities.yml"));
        canonicalizer = new EntityCanonicalizer(properties);
        extractor = new CoreNlpEntityExtractor(properties, canonicalizer);
    }

    private static JsonNode gold(String file) throws IOException {
        try (InputStream in = UnseenGoldTest.class.getResourceAsStream("/fixtures/gold/eval/" + file)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void precisionAndRecallPerType() throws IOException {
        assertAbove(score("unseen-gold.json", "unseen-eval.txt"), UNSEEN);
    }

    /** Labelled after the rules were written and never used to tune them: the honest estimate. */
    @Test
    void precisionAndRecallPerTypeOnHeldOutArticles() throws IOException {
        assertAbove(score("holdout-gold.json", "holdout-eval.txt"), HOLDOUT);
    }

    /** Labelled blind by two annotators and measured once before anything was tuned with it in view. */
    @Test
    void freshSetLabelledBlind() throws IOException {
        assertAbove(score("fresh-gold.json", "fresh-eval.txt"), FRESH);
    }

    /** Labelled blind by two more annotators; first measured before the fourth session's rules were written. */
    @Test
    void secondFreshSetLabelledBlind() throws IOException {
        assertAbove(score("fresh2-gold.json", "fresh2-eval.txt"), FRESH2);
    }

    /** Labelled blind after the fourth session's first rules; first measured on them. */
    @Test
    void thirdFreshSetLabelledBlind() throws IOException {
        assertAbove(score("fresh3-gold.json", "fresh3-eval.txt"), FRESH3);
    }

    /** Labelled blind after (nearly) all of the fourth session's rules; first measured on them. */
    @Test
    void fourthFreshSetLabelledBlind() throws IOException {
        assertAbove(score("fresh4-gold.json", "fresh4-eval.txt"), FRESH4);
    }

    private static void assertAbove(EntityGoldScorer.Result r, Floors floors) {
        assertThat(r.persons().precision()).as(r.summary()).isGreaterThanOrEqualTo(floors.personPrecision());
        assertThat(r.persons().recall()).as(r.summary()).isGreaterThanOrEqualTo(floors.personRecall());
        assertThat(r.organizations().precision()).as(r.summary()).isGreaterThanOrEqualTo(floors.organizationPrecision());
        assertThat(r.organizations().recall()).as(r.summary()).isGreaterThanOrEqualTo(floors.organizationRecall());
    }

    /** Scores of one gold file; the per-article report goes to {@code target/out}. */
    private static EntityGoldScorer.Result score(String file, String out) throws IOException {
        EntityGoldScorer.Result r = new EntityGoldScorer(extractor, canonicalizer::listedName)
                .score(EntityGoldScorer.read(gold(file), Map.of()));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", out), file + ": " + r.summary() + "\n" + r.report(),
                StandardCharsets.UTF_8);
        log.info("{}: {}", file, r.summary());
        return r;
    }
}
