package org.newsroom.search.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.SearcherManager;
import org.newsroom.search.bench.related.RelatedEvaluation;
import org.newsroom.search.config.IndexProperties;
import org.newsroom.search.config.NlpProperties;
import org.newsroom.search.config.RelatedProperties;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.newsroom.search.search.RelatedCoverage;
import org.springframework.stereotype.Component;

/**
 * {@code bench-related CORPUS.jsonl [--index DIR] [--queries N] [--seed S] [--days K] [--max-tag-articles N]}:
 * ingests a tagged corpus into the index (articles already there are skipped as duplicates, so a second run reuses
 * the index and its entities), then reports precision@5 of related coverage against plain MoreLikeThis and lookup
 * latency percentiles.
 */
@Component
class BenchRelatedCommand implements Command {

    private final IngestService ingest;
    private final RelatedCoverage related;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final RelatedProperties relatedProperties;
    private final IndexProperties indexProperties;
    private final NlpProperties nlpProperties;

    BenchRelatedCommand(IngestService ingest, RelatedCoverage related, SearcherManager searchers, Analyzer analyzer,
            RelatedProperties relatedProperties, IndexProperties indexProperties, NlpProperties nlpProperties) {
        this.ingest = ingest;
        this.related = related;
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.relatedProperties = relatedProperties;
        this.indexProperties = indexProperties;
        this.nlpProperties = nlpProperties;
    }

    @Override
    public String name() {
        return "bench-related";
    }

    @Override
    public String usage() {
        return "bench-related CORPUS.jsonl [--index DIR] [--queries N] [--seed S] [--days K] [--max-tag-articles N]"
                + "  precision@5 of related coverage vs MoreLikeThis on a tagged corpus, and latency";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        RelatedEvaluation.Settings defaults = RelatedEvaluation.Settings.defaults();
        Path corpus = null;
        int queries = defaults.queries();
        long seed = defaults.seed();
        int days = defaults.days();
        int maxTagArticles = defaults.maxTagArticles();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--index" -> checkIndex(value(args, ++i, arg));
                case "--queries" -> queries = number(value(args, ++i, arg), arg);
                case "--seed" -> seed = number(value(args, ++i, arg), arg);
                case "--days" -> days = number(value(args, ++i, arg), arg);
                case "--max-tag-articles" -> maxTagArticles = number(value(args, ++i, arg), arg);
                default -> {
                    if (arg.startsWith("--") || corpus != null) {
                        throw new UsageException("unexpected argument '" + arg + "'");
                    }
                    corpus = Path.of(arg);
                }
            }
        }
        if (corpus == null || !Files.isRegularFile(corpus)) {
            throw new UsageException("bench-related needs a JSON Lines corpus file");
        }
        RelatedEvaluation.Settings settings = new RelatedEvaluation.Settings(maxTagArticles, days,
                defaults.minRelated(), queries, seed, defaults.k());

        out.printf("bench-related %s, index %s, NER %s for new articles%n", corpus, indexProperties.path(),
                nlpProperties.enabled() ? "on" : "off");
        Map<String, String> indexIds = new HashMap<>();
        IngestReport report = ingest.ingest(List.of(corpus), (outcome, done, total) -> {
            if (outcome.id() != null) {
                synchronized (indexIds) {
                    indexIds.put(outcome.source(), outcome.id());
                }
            }
        });
        out.println("ingest: " + report.summary());
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RelatedEvaluation evaluation = new RelatedEvaluation(related, searchers, analyzer, relatedProperties);
        RelatedEvaluation.TestSet testSet = evaluation.testSet(corpus, indexIds, settings);
        if (testSet.queries().isEmpty()) {
            out.println("no query article has " + settings.minRelated() + " related ones: nothing to evaluate");
            return 1;
        }
        evaluation.run(testSet).lines().forEach(out::println);
        return 0;
    }

    private void checkIndex(String folder) {
        if (!Path.of(folder).toAbsolutePath().normalize().equals(indexProperties.path().toAbsolutePath().normalize())) {
            throw new UsageException("the index is opened at start-up: run with --newsearch.index.path=" + folder
                    + " (and --index " + folder + " to confirm it)");
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
    }
}
