package org.newsroom.search.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given to {@code ingest} into the article files under them, in a stable order. */
final class ArticleFiles {

    private ArticleFiles() {}

    /**
     * Files are taken as given; folders are walked recursively and keep the files the extractor supports, skipping
     * hidden files and folders.
     *
     * @throws ExtractionException when a path does not exist
     */
    static List<Path> expand(List<Path> paths, ArticleExtractor extractor) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.add(path.toAbsolutePath().normalize());
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(path, p))
                            .filter(p -> extractor.supports(p) || ArticleFeed.isFeed(p))
                            .map(p -> p.toAbsolutePath().normalize())
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not read folder " + path + ": " + e.getMessage(), e);
                }
            } else {
                throw new ExtractionException(path.toString(), "no such file or folder");
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
