package org.newsroom.search.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import org.newsroom.search.config.IngestProperties;
import org.newsroom.search.ingest.TikaArticleExtractor;
import org.springframework.util.unit.DataSize;

/**
 * Developer tool for tuning extraction: {@code java ... ExtractionDevRun <folder> [worst-n]} prints the figures and
 * the worst pages. Not a test; the CLI's {@code bench extraction} command is the supported way to run a benchmark.
 */
public final class ExtractionDevRun {

    private ExtractionDevRun() {
    }

    private static void show(TikaArticleExtractor extractor, Path page) {
        org.newsroom.search.article.ExtractedArticle a = extractor.extract(page);
        System.out.printf(Locale.ROOT, "title=%s%nauthor=%s%ndate=%s%nurl=%s%nsite=%s%nlang=%s%n---%n%s%n", a.title(),
                a.author(), a.published(), a.url(), a.siteName(), a.language(), a.body());
    }

    private static ExtractionBenchmark.Figures figures(ExtractionBenchmark benchmark, String folder) {
        return benchmark.run(Path.of(folder));
    }

    public static void main(String[] args) {
        IngestProperties properties = new IngestProperties(Path.of("samples"), false, DataSize.ofMegabytes(50),
                10_000_000, java.time.Duration.ofSeconds(60), 0, 500, java.time.Duration.ofSeconds(30), 1000);
        if (args.length > 2 && args[1].equals("show")) {
            show(new TikaArticleExtractor(properties), Path.of(args[0], "html", args[2] + ".html.gz"));
            return;
        }
        ExtractionBenchmark benchmark = new ExtractionBenchmark(new TikaArticleExtractor(properties), 0);
        ExtractionBenchmark.Figures figures = figures(benchmark, args[0]);
        if (args.length > 2 && args[1].equals("dump")) {
            Path out = Path.of(args[2]);
            figures(benchmark, args[0]).pages().forEach(p -> {
                try {
                    java.nio.file.Files.writeString(out.resolve(p.id() + ".txt"), p.result().predictedBody());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return;
        }
        int worst = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String mode = args.length > 2 ? args[2] : "body";
        figures.pages().stream()
                .sorted(Comparator.comparingDouble(p -> Math.min(p.body().precision(), p.body().recall())))
                .filter(p -> mode.equals("body"))
                .limit(worst)
                .forEach(p -> System.out.printf(Locale.ROOT, "%s P=%.2f R=%.2f %s%n", p.id(), p.body().precision(),
                        p.body().recall(), p.error() == null ? "" : p.error()));
        figures.pages().stream().filter(p -> !mode.equals("body")).limit(worst * 100L).forEach(p -> {
            ExtractionScorer.PageResult r = p.result();
            boolean show = switch (mode) {
                case "title" -> r.trueTitle() != null && !ExtractionScorer.sameTitle(r.predictedTitle(), r.trueTitle());
                case "author" -> r.trueAuthor() != null
                        && !ExtractionScorer.sameAuthor(r.predictedAuthor(), r.trueAuthor());
                case "date" -> r.trueDate() != null && !ExtractionScorer.sameDay(r.predictedDay(), r.trueDate())
                        || r.trueDate() == null && r.predictedDay() != null;
                default -> false;
            };
            if (show) {
                System.out.printf(Locale.ROOT, "%s | %s | %s | %s | %s | %s | %s%n", p.id(), r.predictedTitle(),
                        r.trueTitle(), r.predictedAuthor(), r.trueAuthor(), r.predictedDay(), r.trueDate());
            }
        });
        ExtractionScorer.Summary s = figures.summary();
        System.out.printf(Locale.ROOT,
                "pages=%d failures=%d P=%.4f R=%.4f F1=%.4f title=%.4f author=%.4f date=%.4f wrongDates=%d "
                        + "missedDates=%d datesWithoutTruth=%d threads=%d %.1fs pages/s/core=%.1f%n",
                s.pages(), figures.failures(), s.precision(), s.recall(), s.f1(), s.titleAccuracy(),
                s.authorAccuracy(), s.dateAccuracy(), s.wrongDates(), s.missedDates(), s.datesWithoutTruth(),
                figures.threads(), figures.seconds(), figures.pagesPerSecondPerCore());
    }
}
