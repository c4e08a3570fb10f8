package org.newsroom.search.bench.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsroom.search.bench.perf.QueryMix.Query;
import org.newsroom.search.bench.perf.QueryTarget.Answer;

/**
 * Replays the query mix against a target (issue #8): {@code warmup} passes with one thread, then {@code passes}
 * measured passes with each client thread count. Every query's latency is measured on the client, from the call to
 * the parsed answer. Mirrors the Solr peer's protocol (3 warm-up passes, 5 measured passes, 1 and 4 threads) so the
 * two engines' figures can stand side by side. Not thread-safe; one run at a time.
 */
public final class QueryBenchmark {

    private final QueryTarget target;
    private final QueryMix mix;
    private final int warmup;
    private final int passes;
    private final List<Integer> threadCounts;

    public QueryBenchmark(QueryTarget target, QueryMix mix, int warmup, int passes, List<Integer> threadCounts) {
        if (warmup < 0 || passes < 1 || threadCounts.isEmpty()) {
            throw new IllegalArgumentException("need warmup >= 0, passes >= 1 and at least one thread count");
        }
        this.target = target;
        this.mix = mix;
        this.warmup = warmup;
        this.passes = passes;
        this.threadCounts = List.copyOf(threadCounts);
    }

    /** Runs the benchmark and returns the JSON-ready result; its {@code summary} key holds the one-line summary. */
    public Map<String, Object> run(long articles) {
        List<Query> queries = mix.queries();
        Answer[] answers = new Answer[queries.size()];
        for (int pass = 0; pass < warmup; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                answers[i] = target.run(queries.get(i));
            }
        }
        if (warmup == 0) {
            for (int i = 0; i < queries.size(); i++) {
                answers[i] = target.run(queries.get(i));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("system", "news-search");
        result.put("mode", target.mode());
        result.put("mix", mix.version());
        result.put("articles", articles);
        result.put("queries", queries.size());
        result.put("warmup_passes", warmup);
        result.put("measured_passes", passes);
        result.put("java_version", Runtime.version().toString());
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        result.put("cores", Runtime.getRuntime().availableProcessors());
        int zeroHits = 0;
        int withSnippets = 0;
        boolean facets = true;
        long totalHits = 0;
        for (Answer answer : answers) {
            zeroHits += answer.total() == 0 ? 1 : 0;
            withSnippets += answer.snippets() > 0 ? 1 : 0;
            facets &= answer.facets();
            totalHits += answer.total();
        }
        result.put("avg_hits", LatencyStats.round((double) totalHits / queries.size()));
        result.put("zero_hit_queries", zeroHits);
        result.put("queries_with_snippets", withSnippets);
        result.put("facets_ok", facets);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "news-search mode=%s articles=%d queries=%d",
                target.mode(), articles, queries.size()));
        for (int threads : threadCounts) {
            long[][] perQuery = new long[queries.size()][passes];
            long[] cpu = new long[queries.size() * passes];
            LatencyStats stats = measure(queries, threads, perQuery, cpu);
            String prefix = threads == 1 ? "" : "t" + threads + "_";
            result.put(prefix + "p50_ms", stats.percentileMs(0.50));
            result.put(prefix + "p95_ms", stats.percentileMs(0.95));
            result.put(prefix + "p99_ms", stats.percentileMs(0.99));
            result.put("qps" + threads, stats.throughput());
            result.put(prefix + "by_kind", byKind(queries, perQuery));
            // CPU time of the calling thread per query (in process: the search itself, which runs on that thread;
            // over HTTP: the client only). Unlike latency it barely moves when other processes load the machine,
            // so it is the figure to compare two builds by on a shared machine.
            LatencyStats cpuStats = LatencyStats.of(cpu, 0);
            result.put(prefix + "cpu_ms_mean", LatencyStats.round(Arrays.stream(cpu).average().orElse(0) / 1e6));
            result.put(prefix + "cpu_p95_ms", cpuStats.percentileMs(0.95));
            long[][] cpuPerQuery = new long[queries.size()][passes];
            for (int i = 0; i < cpu.length; i++) {
                cpuPerQuery[i % queries.size()][i / queries.size()] = cpu[i];
            }
            result.put(prefix + "cpu_by_kind", byKind(queries, cpuPerQuery));
            summary.append(String.format(Locale.ROOT, " %sp50_ms=%.2f %sp95_ms=%.2f %sp99_ms=%.2f qps%d=%.1f",
                    prefix, stats.percentileMs(0.50), prefix, stats.percentileMs(0.95), prefix,
                    stats.percentileMs(0.99), threads, stats.throughput()));
        }
        List<Map<String, Object>> perQueryAnswers = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", queries.get(i).id());
            row.put("total", answers[i].total());
            row.put("hits", answers[i].hits());
            row.put("snippets", answers[i].snippets());
            perQueryAnswers.add(row);
        }
        result.put("answers", perQueryAnswers);
        result.put("summary", summary.toString());
        return result;
    }

    /** Every query {@code passes} times, spread over {@code threads} client threads. */
    private LatencyStats measure(List<Query> queries, int threads, long[][] perQuery, long[] cpu) {
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        int n = queries.size() * passes;
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        long start;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < n; ) {
                        Query query = queries.get(i % queries.size());
                        long cpuBegin = cpuClock.getCurrentThreadCpuTime();
                        long begin = System.nanoTime();
                        target.run(query);
                        latencies[i] = System.nanoTime() - begin;
                        cpu[i] = cpuClock.getCurrentThreadCpuTime() - cpuBegin;
                        perQuery[i % queries.size()][i / queries.size()] = latencies[i];
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A query failed: " + e.getCause().getMessage(), e.getCause());
        }
        return LatencyStats.of(latencies, System.nanoTime() - start);
    }

    /** p50 and p95 per kind of query, to see which kind dominates the tail. */
    private static Map<String, Object> byKind(List<Query> queries, long[][] perQuery) {
        Map<String, List<Long>> kinds = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            List<Long> list = kinds.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>());
            for (long latency : perQuery[i]) {
                list.add(latency);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        kinds.forEach((kind, list) -> {
            LatencyStats stats = LatencyStats.of(list.stream().mapToLong(Long::longValue).toArray(), 0);
            out.put(kind, Map.of("p50_ms", stats.percentileMs(0.5), "p95_ms", stats.percentileMs(0.95)));
        });
        return out;
    }
}
