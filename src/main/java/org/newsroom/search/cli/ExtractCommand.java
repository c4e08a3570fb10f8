package org.newsroom.search.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.bench.BatchExtraction;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.ingest.ArticleExtractor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code extract FILE}: prints the extracted article with its entities as JSON, without indexing it. */
@Component
class ExtractCommand implements Command {

    private final ArticleExtractor extractor;
    private final EntityExtractor entities;
    private final JsonMapper json;

    ExtractCommand(ArticleExtractor extractor, EntityExtractor entities, JsonMapper json) {
        this.extractor = extractor;
        this.entities = entities;
        this.json = json;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String usage() {
        return "extract FILE | extract --batch DIR --out FILE.json   print (or write, for a folder) the extracted "
                + "articles and their entities as JSON (no indexing)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (!args.isEmpty() && "--batch".equals(args.get(0))) {
            return batch(args, out);
        }
        if (args.size() != 1) {
            throw new UsageException("extract needs exactly one file, or --batch DIR --out FILE.json");
        }
        ExtractedArticle article = extractor.extract(Path.of(args.get(0)));
        List<Entity> found = entities.extract(article.title(), article.body());
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(view(article, found)));
        return 0;
    }

    private int batch(List<String> args, PrintStream out) {
        if (args.size() != 4 || !"--out".equals(args.get(2))) {
            throw new UsageException("extract --batch needs a folder and --out FILE.json");
        }
        BatchExtraction.Result result = new BatchExtraction(extractor, entities, 0)
                .run(Path.of(args.get(1)), Path.of(args.get(3)));
        out.printf("Extracted %d files (%d failed) in %.1f s into %s%n", result.files(), result.failures(),
                result.seconds(), args.get(3));
        return 0;
    }

    static Map<String, Object> view(ExtractedArticle article, List<Entity> found) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("source", article.source());
        view.put("mediaType", article.mediaType());
        view.put("title", article.title());
        view.put("author", article.author());
        view.put("published", article.published() == null ? null : article.published().toString());
        view.put("url", article.url());
        view.put("site", article.siteName());
        view.put("language", article.language());
        view.put("body", article.body());
        view.put("persons", names(found, EntityType.PERSON));
        view.put("organizations", names(found, EntityType.ORGANIZATION));
        return view;
    }

    private static List<String> names(List<Entity> found, EntityType type) {
        return found.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
