package org.newsroom.search.cli;

import java.io.PrintStream;
import java.util.List;

/** One command-line command. */
interface Command {

    /** The word that selects it, e.g. {@code ingest}. */
    String name();

    /** One line: the invocation and what it does. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code
     * @throws UsageException when the arguments are wrong
     */
    int run(List<String> args, PrintStream out);
}
