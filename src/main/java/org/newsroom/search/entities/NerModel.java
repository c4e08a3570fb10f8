package org.newsroom.search.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP CRF model, loaded once on first use (so the application starts fast) and then shared.
 *
 * <p>Thread-safe: loading is guarded, and CRF classification keeps no per-call state in the classifier (CoreNLP's own
 * NER annotator shares one classifier across its worker threads); {@code CoreNlpEntityExtractorConcurrencyTest}
 * checks that concurrent calls give the same result as serial ones.
 */
final class NerModel {

    private static final Logger log = LoggerFactory.getLogger(NerModel.class);

    private final String location;
    private volatile @Nullable CRFClassifier<CoreLabel> classifier;

    NerModel(String location) {
        this.location = location;
    }

    /** A raw model span: its label and character offsets in the text that was classified. */
    record Span(String label, int start, int end) {}

    /** Tags one paragraph; offsets are relative to {@code text}. */
    List<Span> classify(String text) {
        CRFClassifier<CoreLabel> crf = classifier();
        List<Triple<String, Integer, Integer>> triples = crf.classifyToCharacterOffsets(text);
        List<Span> spans = new ArrayList<>(triples.size());
        for (Triple<String, Integer, Integer> t : triples) {
            spans.add(new Span(t.first(), t.second(), t.third()));
        }
        return spans;
    }

    private CRFClassifier<CoreLabel> classifier() {
        CRFClassifier<CoreLabel> local = classifier;
        if (local == null) {
            synchronized (this) {
                local = classifier;
                if (local == null) {
                    local = load();
                    classifier = local;
                }
            }
        }
        return local;
    }

    private CRFClassifier<CoreLabel> load() {
        long started = System.nanoTime();
        try (InputStream in = open()) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
            log.info("Loaded NER model {} in {} ms", location, (System.nanoTime() - started) / 1_000_000);
            return crf;
        } catch (Exception | LinkageError e) {
            // Not cached: a model put in place later is picked up by the next article.
            throw new EntityExtractionException("Cannot load the NER model '" + location + "'", e);
        }
    }

    private InputStream open() throws java.io.IOException {
        Path file = Path.of(location);
        InputStream raw;
        if (Files.isRegularFile(file)) {
            raw = Files.newInputStream(file);
        } else {
            ClassLoader loader = NerModel.class.getClassLoader();
            raw = loader.getResourceAsStream(location.startsWith("/") ? location.substring(1) : location);
            if (raw == null) {
                throw new java.io.FileNotFoundException("no file or class-path resource " + location);
            }
        }
        InputStream buffered = new BufferedInputStream(raw, 1 << 16);
        return location.endsWith(".gz") ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }
}
