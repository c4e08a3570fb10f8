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
        return "ingest PATH...        ingest files and folders (recursively) into the index";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new UsageException("ingest needs at least one file or folder");
        }
        IngestReport report = ingest.ingest(args.stream().map(Path::of).toList(), (outcome, done, total) ->
                out.printf("[%d/%d] %-9s %s%s%n", done, total, label(outcome.status()), outcome.source(),
                        outcome.message() == null ? "" : " (" + outcome.message() + ")"));
        out.println(report.summary());
        for (FileOutcome failure : report.failures()) {
            out.println("  failed: " + failure.message());
        }
        return report.failures().isEmpty() ? 0 : 1;
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
