package org.newsroom.search.bench.perf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.IngestListener;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;

/**
 * Times one end-to-end ingest run through {@link IngestService} (issue #8): articles/s, MB/s of input text, peak
 * heap, GC time and the size of the committed index on disk. Which stages run (entity recognition on or off) is
 * the application's configuration. Not thread-safe.
 */
public final class IngestBenchmark {

    private final IngestService ingest;
    private final ArticleIndex index;
    private final Path indexPath;

    public IngestBenchmark(IngestService ingest, ArticleIndex index, Path indexPath) {
        this.ingest = ingest;
        this.index = index;
        this.indexPath = indexPath;
    }

    /** Ingests the paths and returns the JSON-ready result with its one-line {@code summary}. */
    public Map<String, Object> run(List<Path> paths, boolean entities, int threads) {
        return run(paths, entities, threads, IngestListener.NONE);
    }

    /** Same, telling {@code listener} about every article (e.g. to print progress). */
    public Map<String, Object> run(List<Path> paths, boolean entities, int threads, IngestListener listener) {
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        IngestReport report;
        long peakSampled;
        try (HeapSampler sampler = new HeapSampler()) {
            report = ingest.ingest(paths, listener);
            peakSampled = sampler.peakSampledBytes();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long poolPeak = HeapSampler.poolPeakBytes();
        long gc = gcMillis() - gcBefore;
        long fileBytes = 0;
        long textBytes = 0;
        for (Path path : paths) {
            fileBytes += size(path);
            textBytes += uncompressedSize(path);
        }
        long indexBytes = size(indexPath);
        long articles = report.added() + report.updated();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("system", "news-search");
        result.put("inputs", paths.stream().map(Path::toString).toList());
        result.put("entities", entities);
        result.put("ingest_threads", threads);
        result.put("articles", articles);
        result.put("duplicates", report.duplicates());
        result.put("failed", report.failed());
        result.put("seconds", LatencyStats.round(seconds));
        result.put("articles_per_s", LatencyStats.round(articles / seconds));
        result.put("input_mb", LatencyStats.round(textBytes / 1048576.0));
        result.put("input_file_mb", LatencyStats.round(fileBytes / 1048576.0));
        result.put("mb_per_s", LatencyStats.round(textBytes / 1048576.0 / seconds));
        result.put("peak_heap_sampled_mb", LatencyStats.round(peakSampled / 1048576.0));
        result.put("peak_heap_pools_mb", LatencyStats.round(poolPeak / 1048576.0));
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("gc_ms", gc);
        result.put("index_mb", LatencyStats.round(indexBytes / 1048576.0));
        result.put("index_articles", index.count());
        result.put("java_version", Runtime.version().toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("summary", String.format(Locale.ROOT,
                "news-search ingest entities=%s articles=%d seconds=%.1f articles_per_s=%.0f mb_per_s=%.2f"
                        + " peak_heap_mb=%.0f index_mb=%.1f",
                entities ? "on" : "off", articles, seconds, articles / seconds, textBytes / 1048576.0 / seconds,
                peakSampled / 1048576.0, indexBytes / 1048576.0));
        return result;
    }

    static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Bytes of a file, or of every file under a folder. */
    static long size(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file removed by a merge while walking
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not measure " + path + ": " + e.getMessage(), e);
        }
    }

    /** Bytes of text: the decompressed size of a {@code .gz} file, else the file's size. */
    static long uncompressedSize(Path path) {
        if (Files.isDirectory(path) || !path.toString().endsWith(".gz")) {
            return size(path);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }
}
