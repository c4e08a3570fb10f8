package org.newsroom.search.bench.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.search.SearchParameters;
import org.newsroom.search.search.SearchRequest;

/**
 * The versioned query mix (issue #8): one query per line, tab-separated {@code id, kind, params, solr}, where
 * {@code params} is the query string of {@code GET /api/v1/search} (URL-encoded) and {@code solr} the equivalent
 * plain query text for the Solr peer. Lines starting with {@code #} are comments; the first comment names the
 * version. Immutable.
 *
 * @param version the mix's version comment, e.g. {@code query-mix v1}
 * @param queries the queries, in file order
 */
public record QueryMix(String version, List<Query> queries) {

    /** The bundled mix. */
    public static final String DEFAULT = "classpath:bench/query-mix-v1.tsv";

    public QueryMix {
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("The query mix has no queries");
        }
    }

    /**
     * One query of the mix.
     *
     * @param id     a stable name, e.g. {@code term-rare-1}
     * @param kind   what it exercises: term, and, phrase, facet, date, newest, deep
     * @param params the API query string, e.g. {@code q=oil+prices&sort=newest}
     * @param solr   the equivalent Solr query text
     */
    public record Query(String id, String kind, String params, String solr) {

        /** The parameters, decoded; repeated keys keep every value. */
        public Map<String, List<String>> decoded() {
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String pair : params.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            return map;
        }

        /** The in-process request the API builds from these parameters: the same code, so both modes agree. */
        public SearchRequest toRequest(SearchProperties properties) {
            Map<String, List<String>> p = decoded();
            return SearchParameters.toRequest(properties, first(p, "q", ""), p.get("person"), p.get("organization"),
                    first(p, "from", null), first(p, "to", null), first(p, "sort", null), integer(p, "page"),
                    integer(p, "size"), integer(p, "facetSize"),
                    p.containsKey("collapse") ? Boolean.valueOf(first(p, "collapse", "false")) : null,
                    first(p, "cursor", null));
        }

        private static @Nullable Integer integer(Map<String, List<String>> p, String key) {
            String value = first(p, key, null);
            return value == null ? null : Integer.valueOf(value);
        }

        private static @Nullable String first(Map<String, List<String>> p, String key, @Nullable String fallback) {
            List<String> values = p.get(key);
            return values == null || values.isEmpty() ? fallback : values.get(0);
        }
    }

    /** Reads a mix from a file or from {@code classpath:NAME}. */
    public static QueryMix load(String location) {
        try (InputStream in = location.startsWith("classpath:")
                ? QueryMix.class.getClassLoader().getResourceAsStream(location.substring("classpath:".length()))
                : Files.newInputStream(Path.of(location))) {
            if (in == null) {
                throw new IllegalArgumentException("No query mix at " + location);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), location);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the query mix " + location + ": " + e.getMessage(), e);
        }
    }

    static QueryMix parse(BufferedReader reader, String location) throws IOException {
        String version = null;
        List<Query> queries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (version == null) {
                    version = line.substring(1).strip();
                }
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(location + " line " + number
                        + ": expected 4 tab-separated cells (id, kind, params, solr), found " + cells.length);
            }
            queries.add(new Query(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip()));
        }
        return new QueryMix(version == null ? location : version, queries);
    }
}
