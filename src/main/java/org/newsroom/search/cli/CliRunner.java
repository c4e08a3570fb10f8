package org.newsroom.search.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsroom.search.article.NewsSearchException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Dispatches the command named by the first argument and remembers its exit code. Only active for commands. */
@Component
@Profile("cli")
class CliRunner implements ApplicationRunner, ExitCodeGenerator {

    private final Map<String, Command> commands;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    private int exitCode;

    CliRunner(List<Command> commands) {
        this.commands = commands.stream().collect(java.util.stream.Collectors.toMap(Command::name, c -> c));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // Property overrides such as --newsearch.index.path=/tmp/idx are Spring's, not the command's.
        String[] args = Arrays.stream(arguments.getSourceArgs())
                .filter(a -> !(a.startsWith("--") && a.contains("=") && a.substring(0, a.indexOf('=')).contains(".")))
                .toArray(String[]::new);
        String name = args[0];
        Command command = commands.get(name);
        if (command == null) {
            printHelp();
            exitCode = "help".equals(name) ? 0 : 2;
            return;
        }
        try {
            exitCode = command.run(Arrays.asList(args).subList(1, args.length), out);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: " + command.usage());
            exitCode = 2;
        } catch (NewsSearchException e) {
            err.println("error: " + e.getMessage());
            exitCode = 1;
        }
    }

    private void printHelp() {
        out.println("Commands:");
        commands.values().stream()
                .sorted(java.util.Comparator.comparing(Command::name))
                .forEach(c -> out.println("  " + c.usage()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
