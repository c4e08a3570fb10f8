package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    record Floors(double personPrecision, double personRecall, double organizationPrecision,
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
    /** The fifth fresh set (40 articles, 44 persons, 98 organizations), first measured on the session's final code. */
    private static final Floors FRESH5 = new Floors(0.93, 0.93, 0.78, 0.88);

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

    /**
     * Every gold set with its floors. The unseen set was used to write the rules; the held-out and fresh sets were
     * each measured first before any rule was tuned with them in view (their READMEs give those first figures).
     */
    static Stream<Arguments> goldSets() {
        return Stream.of(Arguments.of("unseen-gold.json", UNSEEN), Arguments.of("holdout-gold.json", HOLDOUT),
                Arguments.of("fresh-gold.json", FRESH), Arguments.of("fresh2-gold.json", FRESH2),
                Arguments.of("fresh3-gold.json", FRESH3), Arguments.of("fresh4-gold.json", FRESH4),
                Arguments.of("fresh5-gold.json", FRESH5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldSets")
    void precisionAndRecallPerTypeAboveFloors(String file, Floors floors) throws IOException {
        assertAbove(score(file, file.replace("-gold.json", "-eval.txt")), floors);
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
