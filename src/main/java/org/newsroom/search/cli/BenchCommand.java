package org.newsroom.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.bench.EntityGoldScorer;
import org.newsroom.search.bench.perf.CorpusBuilder;
import org.newsroom.search.bench.perf.EntityStageBenchmark;
import org.newsroom.search.bench.perf.IngestBenchmark;
import org.newsroom.search.bench.perf.QueryBenchmark;
import org.newsroom.search.bench.perf.QueryMix;
import org.newsroom.search.bench.perf.QueryTarget;
import org.newsroom.search.config.IndexProperties;
import org.newsroom.search.config.IngestProperties;
import org.newsroom.search.config.NlpProperties;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.entities.EntityCanonicalizer;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.IngestService;
import org.newsroom.search.search.ArticleSearcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench corpus|ingest|entities|entities-gold|query|solr-queries ...}: the performance benchmark of issue #8 (see
 * docs/benchmarks.md). Reads the arguments and calls the classes of {@code bench.perf}; prints one summary line and
 * writes the JSON result when {@code --out} is given.
 */
@Component
class BenchCommand implements Command {

    private static final Set<String> FLAGS = Set.of();

    /** Long ingest runs print a progress line this often. */
    private static final int PROGRESS_EVERY = 50_000;

    private final ObjectProvider<IngestService> ingest;
    private final ObjectProvider<ArticleSearcher> searcher;
    private final ObjectProvider<ArticleIndex> index;
    private final ObjectProvider<EntityExtractor> entities;
    private final ObjectProvider<EntityCanonicalizer> canonicalizer;
    private final IndexProperties indexProperties;
    private final IngestProperties ingestProperties;
    private final NlpProperties nlpProperties;
    private final SearchProperties searchProperties;
    private final JsonMapper json;

    BenchCommand(ObjectProvider<IngestService> ingest, ObjectProvider<ArticleSearcher> searcher,
            ObjectProvider<ArticleIndex> index, ObjectProvider<EntityExtractor> entities,
            ObjectProvider<EntityCanonicalizer> canonicalizer, IndexProperties indexProperties, IngestProperties ingestProperties, NlpProperties nlpProperties,
            SearchProperties searchProperties, JsonMapper json) {
        this.ingest = ingest;
        this.searcher = searcher;
        this.index = index;
        this.entities = entities;
        this.canonicalizer = canonicalizer;
        this.indexProperties = indexProperties;
        this.ingestProperties = ingestProperties;
        this.nlpProperties = nlpProperties;
        this.searchProperties = searchProperties;
        this.json = json;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench corpus|ingest|entities|query|solr-queries ...   performance benchmark (docs/benchmarks.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException(help());
        }
        Options options = Options.parse(args.subList(1, args.size()));
        Map<String, Object> result = switch (args.get(0)) {
            case "corpus" -> corpus(options);
            case "ingest" -> ingest(options, out);
            case "entities" -> entities(options);
            case "entities-gold" -> entitiesGold(options);
            case "query" -> query(options);
            case "solr-queries" -> solrQueries(options);
            default -> throw new UsageException("unknown bench command '" + args.get(0) + "'\n" + help());
        };
        out.println(result.get("summary"));
        String file = options.value("out");
        if (file != null && !"corpus".equals(args.get(0)) && !"solr-queries".equals(args.get(0))) {
            write(Path.of(file), result);
        }
        return 0;
    }

    private static String help() {
        return """
                bench corpus --scale N --seed S --out FILE.jsonl[.gz] [--source ../shared/corpus/reuters21578.jsonl]
                bench ingest PATH... [--out RESULT.json]
                bench entities FEED.jsonl[.gz] [--limit N] [--threads N] [--out RESULT.json]
                bench entities-gold GOLD.json... [--texts ground-truth.json] [--report REPORT.txt]
                bench query [--mix FILE] [--url http://HOST:PORT] [--warmup 3] [--passes 5] [--threads 1,4] [--out RESULT.json]
                bench solr-queries [--mix FILE] --out QUERIES.txt""";
    }

    private Map<String, Object> corpus(Options options) {
        Path out = Path.of(options.required("out"));
        long scale = Long.parseLong(options.required("scale"));
        long seed = Long.parseLong(options.value("seed", "1"));
        Path source = Path.of(options.value("source", "../shared/corpus/reuters21578.jsonl"));
        long start = System.nanoTime();
        CorpusBuilder.Result built = CorpusBuilder.build(source, out, scale, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        return Map.of("summary", String.format(java.util.Locale.ROOT,
                "corpus articles=%d bytes=%d source_articles=%d source_paragraphs=%d seconds=%.1f out=%s",
                built.articles(), built.bytes(), built.sourceArticles(), built.sourceParagraphs(), seconds, out));
    }

    private Map<String, Object> ingest(Options options, PrintStream out) {
        if (options.positional().isEmpty()) {
            throw new UsageException("bench ingest needs at least one file or folder");
        }
        IngestBenchmark benchmark = new IngestBenchmark(ingest.getObject(), index.getObject(),
                indexProperties.path());
        long start = System.nanoTime();
        return benchmark.run(options.positional().stream().map(Path::of).toList(), nlpProperties.enabled(),
                ingestProperties.effectiveThreads(), (outcome, done, total) -> {
                    if (done % PROGRESS_EVERY == 0) {
                        out.printf(java.util.Locale.ROOT, "[%d] %.0f s%n", done, (System.nanoTime() - start) / 1e9);
                    }
                });
    }

    private Map<String, Object> entities(Options options) {
        if (options.positional().size() != 1) {
            throw new UsageException("bench entities needs one JSON Lines feed");
        }
        int threads = Integer.parseInt(options.value("threads",
                String.valueOf(ingestProperties.effectiveThreads())));
        int limit = Integer.parseInt(options.value("limit", String.valueOf(Integer.MAX_VALUE)));
        return new EntityStageBenchmark(entities.getObject()).run(Path.of(options.positional().get(0)), limit,
                threads);
    }

    /**
     * Person/organization precision and recall against hand-labelled gold files. Entries without a body take title
     * and {@code articleBody} from {@code --texts} (e.g. extraction-dev's ground truth, which may not be copied).
     */
    private Map<String, Object> entitiesGold(Options options) {
        if (options.positional().isEmpty()) {
            throw new UsageException("bench entities-gold needs at least one gold file");
        }
        Map<String, EntityGoldScorer.Text> texts = new HashMap<>();
        String textsFile = options.value("texts");
        if (textsFile != null) {
            json.readTree(Path.of(textsFile).toFile()).properties().forEach(e -> texts.put(e.getKey(),
                    new EntityGoldScorer.Text(e.getValue().path("title").asString(""),
                            e.getValue().path("articleBody").asString(""))));
        }
        List<EntityGoldScorer.Labelled> articles = new ArrayList<>();
        for (String gold : options.positional()) {
            articles.addAll(EntityGoldScorer.read(json.readTree(Path.of(gold).toFile()), texts));
        }
        EntityGoldScorer.Result result = new EntityGoldScorer(entities.getObject(),
                canonicalizer.getObject()::listedName).score(articles);
        String report = options.value("report");
        if (report != null) {
            try {
                Files.writeString(Path.of(report), result.summary() + "\n" + result.report(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + report + ": " + e.getMessage(), e);
            }
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("articles", articles.size());
        out.put("persons_precision", result.persons().precision());
        out.put("persons_recall", result.persons().recall());
        out.put("organizations_precision", result.organizations().precision());
        out.put("organizations_recall", result.organizations().recall());
        out.put("summary", "entities-gold articles=" + articles.size() + " " + result.summary());
        return out;
    }

    private Map<String, Object> query(Options options) {
        QueryMix mix = QueryMix.load(options.value("mix", QueryMix.DEFAULT));
        String url = options.value("url");
        QueryTarget target = url == null
                ? QueryTarget.inProcess(searcher.getObject(), searchProperties)
                : QueryTarget.http(url);
        List<Integer> threads = Arrays.stream(options.value("threads", "1,4").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        QueryBenchmark benchmark = new QueryBenchmark(target, mix, Integer.parseInt(options.value("warmup", "3")),
                Integer.parseInt(options.value("passes", "5")), threads);
        // Over HTTP the article count is the server's; the local index may be another one.
        return benchmark.run(url == null ? index.getObject().count() : -1);
    }

    private Map<String, Object> solrQueries(Options options) {
        QueryMix mix = QueryMix.load(options.value("mix", QueryMix.DEFAULT));
        Path out = Path.of(options.required("out"));
        List<String> lines = mix.queries().stream().map(QueryMix.Query::solr).toList();
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        return Map.of("summary", "solr-queries " + lines.size() + " queries (" + mix.version() + ") -> " + out);
    }

    private void write(Path file, Map<String, Object> result) {
        try {
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code --name value} options and positional arguments. */
    private record Options(Map<String, String> values, List<String> positional) {

        static Options parse(List<String> args) {
            Map<String, String> values = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    if (FLAGS.contains(name)) {
                        values.put(name, "true");
                    } else if (i + 1 < args.size()) {
                        values.put(name, args.get(++i));
                    } else {
                        throw new UsageException("option " + arg + " needs a value");
                    }
                } else {
                    positional.add(arg);
                }
            }
            return new Options(values, positional);
        }

        @Nullable String value(String name) {
            return values.get(name);
        }

        String value(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new UsageException("--" + name + " is required");
            }
            return value;
        }
    }
}
