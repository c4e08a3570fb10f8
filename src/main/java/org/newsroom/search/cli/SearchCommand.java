package org.newsroom.search.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.search.search.ArticleSearcher;
import org.newsroom.search.search.Hit;
import org.newsroom.search.search.SearchRequest;
import org.newsroom.search.search.SearchResults;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** {@code search QUERY [--size N]}: prints the top hits with their snippets. */
@Component
class SearchCommand implements Command {

    private final ArticleSearcher searcher;

    SearchCommand(ArticleSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search QUERY [--size N]  print the top hits (query language as on the page)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        int size = 10;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if ("--size".equals(args.get(i)) && i + 1 < args.size()) {
                try {
                    size = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("--size needs a whole number, not '" + args.get(i) + "'");
                }
            } else {
                words.add(args.get(i));
            }
        }
        SearchResults results = searcher.search(SearchRequest.of(String.join(" ", words), size));
        out.printf("%d articles (%d ms)%s%n", results.total(), results.tookMs(),
                results.relaxed() ? ", showing those with most of the words" : "");
        int rank = 1;
        for (Hit hit : results.hits()) {
            out.printf("%2d. %s  [%s]%s%n", rank++, hit.title(), hit.source(),
                    hit.published() == null ? "" : "  " + hit.published().substring(0, 10));
            for (String snippet : hit.snippets()) {
                out.println("    " + plain(snippet));
            }
        }
        return 0;
    }

    /** Snippets are HTML for the page; on a terminal, marks become brackets and entities are decoded. */
    private static String plain(String snippet) {
        return HtmlUtils.htmlUnescape(snippet.replace("<mark>", "[").replace("</mark>", "]"));
    }
}
