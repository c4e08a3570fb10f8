package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.NlpProperties;

/** The Spring-facing extractor with the real model (loaded once for the class): switches, failures, threads. */
class CoreNlpEntityExtractorTest {

    private static final Path ALIASES = Path.of("config/entities.yml");
    private static CoreNlpEntityExtractor extractor;

    @BeforeAll
    static void setUp() {
        NlpProperties properties = Samples.properties(ALIASES);
        extractor = new CoreNlpEntityExtractor(properties, new EntityCanonicalizer(properties));
    }

    @Test
    void findsPersonsAndOrganizations() {
        List<Entity> entities = extractor.extract("Fed chief speaks",
                "Federal Reserve Chairman Paul Volcker told Congress the Federal Reserve would act. Volcker said so.");
        assertThat(entities).contains(new Entity(EntityType.PERSON, "Paul Volcker", 2, 25));
        assertThat(entities).extracting(Entity::name).contains("Federal Reserve");
    }

    @Test
    void disabledMeansNoEntitiesAndNoModel() {
        NlpProperties off = new NlpProperties(false, "no/such/model.ser.gz", ALIASES, 20_000);
        CoreNlpEntityExtractor disabled = new CoreNlpEntityExtractor(off, new EntityCanonicalizer(off));
        assertThat(disabled.extract("Petro Meets Trump", "Gustavo Petro met Donald Trump.")).isEmpty();
    }

    @Test
    void aMissingModelFailsEachArticleWithATypedException() {
        NlpProperties missing = new NlpProperties(true, "no/such/model.ser.gz", ALIASES, 20_000);
        // Construction must not load the model: the application starts fast and starts even without it.
        CoreNlpEntityExtractor broken = new CoreNlpEntityExtractor(missing, new EntityCanonicalizer(missing));
        EntityExtractionException e = assertThrows(EntityExtractionException.class,
                () -> broken.extract("Title", "Gustavo Petro met Donald Trump."));
        assertThat(e).hasMessageContaining("no/such/model.ser.gz");
        assertThrows(EntityExtractionException.class, () -> broken.extract("Title", "Another article."));
    }

    @Test
    void aHugeParagraphIsCutNotFatal() {
        String sentence = "Gustavo Petro met officials of the Drug Enforcement Administration in Bogota. ";
        String body = sentence.repeat(5_000_000 / sentence.length()); // one 5 MB line
        long started = System.nanoTime();
        List<Entity> entities = extractor.extract("Huge", body);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(30);
        assertThat(entities).extracting(Entity::name).contains("Gustavo Petro", "Drug Enforcement Administration");
        assertThat(entities).allSatisfy(e -> assertThat(e.firstPosition()).isLessThan(20_000));
    }

    @Test
    void aHugeWordIsCutNotFatal() {
        String body = "x".repeat(5_000_000) + "\n\nGustavo Petro spoke.";
        assertThat(extractor.extract("Huge word", body)).extracting(Entity::name).containsExactly("Gustavo Petro");
    }

    @Test
    void cutsAtAWordBoundary() {
        assertThat(CoreNlpEntityExtractor.cut("Gustavo Petro met", 15)).isEqualTo("Gustavo Petro");
        assertThat(CoreNlpEntityExtractor.cut("short", 15)).isEqualTo("short");
    }

    @Test
    void concurrentCallsGiveTheSerialResults() throws Exception {
        List<Samples.Sample> samples = Samples.all();
        List<List<Entity>> serial = new ArrayList<>();
        for (Samples.Sample s : samples) {
            serial.add(extractor.extract(s.title(), s.body()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Samples.Sample s : samples) {
                    futures.add(pool.submit(() -> extractor.extract(s.title(), s.body())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(serial.get(i % samples.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
