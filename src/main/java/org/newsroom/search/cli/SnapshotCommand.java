package org.newsroom.search.cli;

import java.io.PrintStream;
import java.util.List;
import org.newsroom.search.index.IndexSnapshots;
import org.springframework.stereotype.Component;

/** {@code snapshot}: writes a consistent copy of the index under the snapshot folder. */
@Component
class SnapshotCommand implements Command {

    private final IndexSnapshots snapshots;

    SnapshotCommand(IndexSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public String usage() {
        return "snapshot              write a consistent copy of the index under newsearch.index.snapshots";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty()) {
            throw new UsageException("snapshot takes no arguments (set newsearch.index.snapshots for the folder)");
        }
        IndexSnapshots.Snapshot snapshot = snapshots.snapshot();
        out.printf("Snapshot of %d articles (%d files) written to %s%n", snapshot.articles(), snapshot.files(),
                snapshot.path());
        return 0;
    }
}
