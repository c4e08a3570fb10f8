package org.newsroom.search.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.newsroom.search.bench.perf.QueryMix.Query;
import org.newsroom.search.config.SearchProperties;
import org.newsroom.search.search.ArticleSearcher;
import org.newsroom.search.search.SearchResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Where the benchmark sends a query: the in-process searcher or the HTTP API. Implementations are thread-safe. */
public interface QueryTarget {

    /** {@code in-process} or {@code http}. */
    String mode();

    /** Runs one query to completion and returns what came back. */
    Answer run(Query query);

    /**
     * What one query returned, for the sanity checks that go with the figures.
     *
     * @param total    matching articles
     * @param hits     hits on the page
     * @param snippets hits with at least one highlighted snippet
     * @param facets   whether person, organization and date facets came back
     */
    record Answer(long total, int hits, int snippets, boolean facets) {}

    /** Calls {@link ArticleSearcher#search} directly: no HTTP, no JSON. */
    static QueryTarget inProcess(ArticleSearcher searcher, SearchProperties properties) {
        return new QueryTarget() {
            @Override
            public String mode() {
                return "in-process";
            }

            @Override
            public Answer run(Query query) {
                SearchResults results = searcher.search(query.toRequest(properties));
                int snippets = (int) results.hits().stream().filter(h -> !h.snippets().isEmpty()).count();
                return new Answer(results.total(), results.hits().size(), snippets, results.facets() != null);
            }
        };
    }

    /** {@code GET base/api/v1/search?params} over HTTP/1.1 with keep-alive; the JSON body is read and parsed. */
    static QueryTarget http(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        JsonMapper json = JsonMapper.builder().build();
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new QueryTarget() {
            @Override
            public String mode() {
                return "http";
            }

            @Override
            public Answer run(Query query) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?" + query.params()))
                        .timeout(Duration.ofMinutes(2)).GET().build();
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(query.id() + ": HTTP " + response.statusCode() + " "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    JsonNode body = json.readTree(response.body());
                    int snippets = 0;
                    for (JsonNode hit : body.path("hits")) {
                        if (!hit.path("snippets").isEmpty()) {
                            snippets++;
                        }
                    }
                    JsonNode facets = body.path("facets");
                    return new Answer(body.path("total").asLong(), body.path("hits").size(), snippets,
                            facets.has("persons") && facets.has("organizations") && facets.has("dates"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(query.id() + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        };
    }
}
