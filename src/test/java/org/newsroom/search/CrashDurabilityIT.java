package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.index.NewsFields;

/**
 * Kills a real ingesting JVM with SIGKILL mid-batch, then checks that the index opens, that every committed article
 * is intact and searchable, and that running the same ingest again completes it without duplicates.
 */
@Tag("e2e")
class CrashDurabilityIT {

    private static final int ARTICLES = 40_000;
    private static final int COMMIT_EVERY = 500;

    @TempDir
    Path folder;

    @Test
    void committedArticlesSurviveAKillAndAReRunCompletesWithoutDuplicates() throws Exception {
        Path feed = folder.resolve("wire.jsonl");
        writeFeed(feed);
        Path index = folder.resolve("index");

        Process ingest = startIngest(feed, index, folder.resolve("first-run.log"));
        int committedBeforeKill = waitForCommittedArticles(index, ingest);
        ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit on close
        assertThat(ingest.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            int survived = reader.numDocs();
            assertThat(survived).as("killed mid-batch").isGreaterThanOrEqualTo(committedBeforeKill).isLessThan(ARTICLES);
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc += 97) {
                String title = stored.document(doc).get(NewsFields.TITLE);
                String body = stored.document(doc).get(NewsFields.BODY);
                assertThat(title).startsWith("Harbour report ");
                String number = title.substring("Harbour report ".length());
                assertThat(body).contains("cargo" + number + " ");
                assertThat(searcher.count(new TermQuery(new Term(NewsFields.BODY_EXACT, "cargo" + number))))
                        .as("committed article %s is searchable", number).isEqualTo(1);
            }
        }

        Process rerun = startIngest(feed, index, folder.resolve("second-run.log"));
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).as("re-run finished").isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(folder.resolve("second-run.log"))).isZero();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.numDocs()).isEqualTo(ARTICLES);
            Set<String> ids = new HashSet<>();
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(stored.document(doc).get(NewsFields.ID));
            }
            assertThat(ids).hasSize(ARTICLES);
        }
    }

    private static void writeFeed(Path feed) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                out.write("{\"id\":\"wire-" + i + "\",\"title\":\"Harbour report " + i + "\",\"published\":\"2025-0"
                        + (1 + i % 9) + "-1" + (i % 10) + "\",\"body\":\"The harbour handled cargo" + i
                        + " containers today. Officials said traffic was steady and the weather calm. "
                        + "Dock workers reported no incidents during the shift number " + i + ".\"}\n");
            }
        }
    }

    private static Process startIngest(Path feed, Path index, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                NewsSearchApplication.class.getName(),
                "ingest", feed.toString(),
                "--newsearch.index.path=" + index,
                "--newsearch.nlp.enabled=false",
                "--newsearch.ingest.commit-every=" + COMMIT_EVERY));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls the index from outside until some articles are committed, and returns how many. */
    private static int waitForCommittedArticles(Path index, Process ingest) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertThat(ingest.isAlive()).as("the ingest is still running").isTrue();
            if (Files.isDirectory(index)) {
                try (FSDirectory directory = FSDirectory.open(index);
                        DirectoryReader reader = DirectoryReader.open(directory)) {
                    if (reader.numDocs() >= COMMIT_EVERY) {
                        return reader.numDocs();
                    }
                } catch (IndexNotFoundException notYet) {
                    // no commit yet
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no commit within 5 minutes");
    }
}
