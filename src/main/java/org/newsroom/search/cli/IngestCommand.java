package org.newsroom.search.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.newsroom.search.ingest.FileOutcome;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.springframework.stereotype.Component;

/** {@code ingest PATH...}: ingests files and folders, printing a line per file and a summary. */
@Component
class IngestCommand implements Command {

    /** Batches up to this size print a line per file. */
    private static final int PER_FILE_LINES = 1000;

    private final IngestService ingest;

    IngestCommand(IngestService ingest) {
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String usage() {
        return "ingest PATH...        ingest files, folders (recursively) and .jsonl[.gz] feeds into the index";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException("ingest needs at least one file or folder");
        }
        IngestReport report = ingest.ingest(args.stream().map(Path::of).toList(), (outcome, done, total) -> {
            // Every file of a small batch gets a line; large batches and feeds print failures and every 1,000th.
            boolean small = total > 0 && total <= PER_FILE_LINES;
            if (small || outcome.status() == FileOutcome.Status.FAILED || done % 1000 == 0) {
                out.printf("[%d%s] %-9s %s%s%n", done, total > 0 ? "/" + total : "", label(outcome.status()),
                        outcome.source(), outcome.message() == null ? "" : " (" + outcome.message() + ")");
            }
        });
        out.println(report.summary());
        for (FileOutcome failure : report.failures()) {
            out.println("  failed: " + failure.message());
        }
        return report.failed() == 0 ? 0 : 1;
    }

    private static String label(FileOutcome.Status status) {
        return switch (status) {
            case ADDED -> "ingested";
            case UPDATED -> "updated";
            case DUPLICATE -> "duplicate";
            case FAILED -> "FAILED";
        };
    }
}
