package org.newsroom.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.newsroom.search.article.NewsSearchException;
import org.newsroom.search.config.IndexProperties;
import org.springframework.stereotype.Component;

/**
 * Writes consistent copies of the index while searches and ingestion go on: the snapshot deletion policy keeps the
 * files of one commit from being deleted until they are copied. A snapshot folder is a complete index; restoring is
 * pointing {@code newsearch.index.path} at it, or copying it over the index folder while the server is stopped.
 */
@Component
public class IndexSnapshots {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final IndexWriter writer;
    private final SnapshotDeletionPolicy policy;
    private final ArticleIndex index;
    private final Path folder;

    IndexSnapshots(IndexWriter writer, SnapshotDeletionPolicy policy, ArticleIndex index, IndexProperties properties) {
        this.writer = writer;
        this.policy = policy;
        this.index = index;
        this.folder = properties.snapshots();
    }

    /** A snapshot: where it was written, and how many articles and files it holds. */
    public record Snapshot(Path path, int articles, int files) {}

    /** Commits, then copies that commit into a new folder under the snapshot folder. */
    public Snapshot snapshot() {
        index.commit();
        IndexCommit commit;
        try {
            commit = policy.snapshot();
        } catch (IOException | IllegalStateException e) {
            throw new NewsSearchException("Could not snapshot the index: " + e.getMessage(), e);
        }
        Path target = folder.resolve(NAME.format(Instant.now())).toAbsolutePath();
        try {
            Files.createDirectories(target);
            Collection<String> names = commit.getFileNames();
            Directory source = writer.getDirectory();
            try (Directory copy = FSDirectory.open(target)) {
                for (String name : names) {
                    copy.copyFrom(source, name, name, IOContext.DEFAULT);
                }
                copy.sync(names);
            }
            try (Directory copy = FSDirectory.open(target); DirectoryReader reader = DirectoryReader.open(copy)) {
                return new Snapshot(target, reader.numDocs(), names.size());
            }
        } catch (IOException e) {
            throw new NewsSearchException("Could not write the snapshot to " + target + ": " + e.getMessage(), e);
        } finally {
            release(commit);
        }
    }

    private void release(IndexCommit commit) {
        try {
            policy.release(commit);
            writer.deleteUnusedFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the files of an index folder with those of a snapshot. Only for an index no process has open: the
     * {@code restore} command refuses to run while a writer holds the index.
     */
    public static int restore(Path snapshot, Path indexFolder) {
        try (Directory from = FSDirectory.open(snapshot); DirectoryReader check = DirectoryReader.open(from)) {
            int articles = check.numDocs();
            Files.createDirectories(indexFolder);
            try (Stream<Path> old = Files.list(indexFolder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            try (Directory to = FSDirectory.open(indexFolder)) {
                for (String name : from.listAll()) {
                    to.copyFrom(from, name, name, IOContext.DEFAULT);
                }
                to.sync(java.util.Arrays.asList(to.listAll()));
            }
            return articles;
        } catch (IOException e) {
            throw new NewsSearchException("Could not restore " + snapshot + " into " + indexFolder + ": "
                    + e.getMessage(), e);
        }
    }
}
