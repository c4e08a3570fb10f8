package org.newsroom.search.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.index.ArticleIndex;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export [FILE]}: streams every indexed article with its canonical persons and organizations as JSON Lines
 * (to a file, gzipped when it ends in {@code .gz}, or to stdout). The output can be ingested again.
 */
@Component
class ExportCommand implements Command {

    private final ArticleIndex index;
    private final JsonMapper json;

    ExportCommand(ArticleIndex index, JsonMapper json) {
        this.index = index;
        this.json = json;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export [FILE]         write every article with its persons and organizations as JSON Lines";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.size() > 1) {
            throw new UsageException("export takes at most one output file");
        }
        AtomicInteger count = new AtomicInteger();
        try (Writer writer = open(args.isEmpty() ? null : Path.of(args.get(0)), out)) {
            index.forEach(article -> {
                try {
                    writer.write(json.writeValueAsString(line(article)));
                    writer.write('\n');
                    count.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export: " + e.getMessage(), e);
        }
        if (!args.isEmpty()) {
            out.println("Exported " + count.get() + " articles to " + args.get(0));
        }
        return 0;
    }

    private static Writer open(Path file, PrintStream out) throws IOException {
        if (file == null) {
            // stdout stays open after the export; only the writer's buffer is flushed.
            return new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        }
        OutputStream stream = Files.newOutputStream(file);
        if (file.toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    static Map<String, Object> line(Article article) {
        ExtractedArticle text = article.extracted();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("title", text.title());
        line.put("published", text.published() == null ? null : text.published().toString());
        line.put("author", text.author());
        line.put("url", text.url());
        line.put("source", text.siteName());
        line.put("language", text.language());
        line.put("body", text.body());
        line.put("persons", article.names(EntityType.PERSON));
        line.put("orgs", article.names(EntityType.ORGANIZATION));
        return line;
    }

    /** Lets a writer over stdout be closed without closing stdout. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
