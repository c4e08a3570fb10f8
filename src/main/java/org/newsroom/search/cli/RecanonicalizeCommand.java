package org.newsroom.search.cli;

import java.io.PrintStream;
import java.util.List;
import org.newsroom.search.ingest.EntityRecanonicalizer;
import org.springframework.stereotype.Component;

/** {@code recanonicalize}: applies an edited alias file to every stored article, without re-extraction. */
@Component
class RecanonicalizeCommand implements Command {

    private final EntityRecanonicalizer recanonicalizer;

    RecanonicalizeCommand(EntityRecanonicalizer recanonicalizer) {
        this.recanonicalizer = recanonicalizer;
    }

    @Override
    public String name() {
        return "recanonicalize";
    }

    @Override
    public String usage() {
        return "recanonicalize        re-apply config/entities.yml to the persons and organizations of every article";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty()) {
            throw new UsageException("recanonicalize takes no arguments");
        }
        out.println(recanonicalizer.recanonicalizeAll() + " articles changed");
        return 0;
    }
}
