package org.newsroom.search.cli;

import java.util.Set;

/** The names of the command-line commands; {@code main} uses it to decide between server and command mode. */
public final class CommandLine {

    static final Set<String> COMMANDS = Set.of("ingest", "extract", "search", "export", "recanonicalize", "snapshot",
            "bench", "bench-related", "help");

    private CommandLine() {}

    /** Whether the arguments start with a command name rather than server options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }
}
