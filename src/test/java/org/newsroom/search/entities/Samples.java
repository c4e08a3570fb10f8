package org.newsroom.search.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsroom.search.config.NlpProperties;

/** Test helpers: the sample articles as title and body, and the real model settings. */
final class Samples {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** A sample split like ingestion would: a short first line without a final period is the title. */
    record Sample(String file, String title, String body) {}

    private Samples() {}

    static NlpProperties properties(Path aliases) {
        return new NlpProperties(true, MODEL, aliases, 20_000);
    }

    static List<Sample> all() {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Samples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sample read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            String first = nl < 0 ? text : text.substring(0, nl).strip();
            if (nl > 0 && first.length() <= 150 && !first.endsWith(".")) {
                return new Sample(file.getFileName().toString(), first, text.substring(nl + 1).strip());
            }
            String title = first.length() <= 80 ? first : first.substring(0, first.lastIndexOf(' ', 80));
            return new Sample(file.getFileName().toString(), title, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
