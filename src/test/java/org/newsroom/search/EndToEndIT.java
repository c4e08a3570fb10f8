package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.IngestListener;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port with a temporary index: start-up ingests {@code samples/} with the real
 * Tika, jsoup and CoreNLP stages, and every check goes through the HTTP API.
 */
@Tag("e2e")
class EndToEndIT extends RunningApplication {

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    ArticleIndex index;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void startupIngestedEverySample() throws Exception {
        long samples;
        try (var files = Files.list(Path.of("samples"))) {
            samples = files.filter(Files::isRegularFile).count();
        }
        JsonNode stats = getJson("/api/v1/stats");
        assertThat(stats.get("articles").asInt()).isEqualTo((int) samples);
    }

    @Test
    void cocaineLegalizationRanksTheMeetingArticleFirst() throws Exception {
        JsonNode results = getJson("/api/search?q=" + encode("cocaine legalization"));
        assertThat(results.get("total").asLong()).isGreaterThan(0);
        JsonNode first = results.get("hits").get(0);
        assertThat(first.get("source").asString()).isEqualTo("000_cb3c3d186b0015fe.txt");
        assertThat(first.get("snippets").get(0).asString()).contains("<mark>");
        assertThat(results.get("tookMs").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void personFacetCountsPetroInEverySeedArticle() throws Exception {
        JsonNode persons = getJson("/api/search?facetSize=100").get("facets").get("persons");
        assertThat(count(persons, "Gustavo Petro")).isEqualTo(5);
        // One facet value per person: no separate "Petro".
        assertThat(count(persons, "Petro")).isZero();
    }

    @Test
    void filteringOnAPersonNarrowsTheHits() throws Exception {
        long all = getJson("/api/search?q=").get("total").asLong();
        JsonNode narrowed = getJson("/api/search?person=" + encode("Laura Sarabia"));
        assertThat(narrowed.get("total").asLong()).isGreaterThan(0).isLessThan(all);
        for (JsonNode hit : narrowed.get("hits")) {
            assertThat(hit.get("persons").toString()).contains("Laura Sarabia");
        }
    }

    @Test
    void dateFacetIsPresent() throws Exception {
        JsonNode facets = getJson("/api/search").get("facets");
        assertThat(facets.get("dateInterval").asString()).isIn("day", "week", "month", "year");
        assertThat(facets.has("dates")).isTrue();
    }

    @Test
    void malformedQueryIsA400WithAReadableMessage() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode("petro (trump"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("never closed");
    }

    @Test
    void badParametersAre400s() throws Exception {
        assertThat(get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?size=100000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?sort=sideways").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?page=abc").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/articles/does-not-exist").statusCode()).isEqualTo(404);
    }

    @Test
    void articleEndpointReturnsTextAndEntities() throws Exception {
        String id = getJson("/api/search?q=" + encode("cocaine legalization")).get("hits").get(0).get("id").asString();
        JsonNode article = getJson("/api/v1/articles/" + id);
        assertThat(article.get("body").asString()).contains("legalization of cocaine");
        assertThat(article.get("entities").toString()).contains("Kristi Noem");
    }

    @Test
    void ingestingTheSameFolderAgainAddsNothing() {
        int before = index.count();
        IngestReport again = ingest.ingest(List.of(Path.of("samples")), IngestListener.NONE);
        assertThat(again.added()).isZero();
        assertThat(again.duplicates()).isEqualTo(before);
        assertThat(index.count()).isEqualTo(before);
    }

    @Test
    void pageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"q\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void relatedCoverageGroupsTheSameEpisodes() throws Exception {
        Map<String, String> ids = idsBySource();
        List<String> meeting = List.of("000_cb3c3d186b0015fe.txt", "001_08584342d52f2a7e.txt", "002_11a090e9b5617967.txt");
        List<String> call = List.of("003_ba048709ca02cb35.txt", "004_519fff0a90f22bb2.txt");
        for (String source : meeting) {
            List<String> related = relatedSources(ids.get(source));
            List<String> others = meeting.stream().filter(s -> !s.equals(source)).toList();
            // The other two meeting articles come before either of the later phone-call/visit articles.
            int lastMeeting = others.stream().mapToInt(related::indexOf).max().orElseThrow();
            int firstCall = call.stream().mapToInt(related::indexOf).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
            assertThat(others).allSatisfy(o -> assertThat(related).as(source + " → " + related).contains(o));
            assertThat(lastMeeting).as(source + " → " + related).isLessThan(firstCall);
        }
        assertThat(relatedSources(ids.get(call.get(0)))).first().isEqualTo(call.get(1));
        assertThat(relatedSources(ids.get(call.get(1)))).first().isEqualTo(call.get(0));
    }

    @Test
    void relatedCoverageGivesReasons() throws Exception {
        String id = idsBySource().get("001_08584342d52f2a7e.txt");
        JsonNode first = getJson("/api/v1/articles/" + id + "/related").get("related").get(0);
        assertThat(first.get("sharedPersons").toString()).contains("Kristi Noem");
        assertThat(first.get("keyTerms").size()).isGreaterThan(0);
        assertThat(get("/api/v1/articles/nope/related").statusCode()).isEqualTo(404);
    }

    @Test
    void relatedToADraftText() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/related"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Petro and Trump\",\"text\":"
                        + "\"Gustavo Petro spoke with Donald Trump by phone about drug trafficking and tariffs.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode related = json.readTree(response.body()).get("related");
        assertThat(related.size()).isGreaterThan(0);
        assertThat(related.get(0).get("sharedPersons").toString()).contains("Gustavo Petro");
    }

    @Test
    void entityViewShowsCoverageAndCompanions() throws Exception {
        JsonNode view = getJson("/api/v1/entities/person/" + encode("kristi noem").replace("+", "%20"));
        assertThat(view.get("name").asString()).isEqualTo("Kristi Noem");
        assertThat(view.get("articles").asLong()).isGreaterThan(1);
        assertThat(view.get("persons").toString()).contains("Gustavo Petro").doesNotContain("\"Kristi Noem\"");
        assertThat(get("/api/v1/entities/person/Nobody%20Atall").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/entities/planet/Mars").statusCode()).isEqualTo(400);
    }

    @Test
    void entityAutocomplete() throws Exception {
        JsonNode entities = getJson("/api/v1/entities?prefix=noe&type=person");
        assertThat(entities.get(0).get("name").asString()).isEqualTo("Kristi Noem");
        assertThat(entities.get(0).get("articles").asLong()).isGreaterThan(1);
    }

    private Map<String, String> idsBySource() throws Exception {
        Map<String, String> ids = new java.util.HashMap<>();
        for (JsonNode hit : getJson("/api/search?size=100").get("hits")) {
            ids.put(hit.get("source").asString(), hit.get("id").asString());
        }
        return ids;
    }

    private List<String> relatedSources(String id) throws Exception {
        List<String> sources = new java.util.ArrayList<>();
        for (JsonNode r : getJson("/api/v1/articles/" + id + "/related?size=20").get("related")) {
            sources.add(r.get("source").asString());
        }
        return sources;
    }

    private static long count(JsonNode facet, String value) {
        for (JsonNode entry : facet) {
            if (entry.get("value").asString().equals(value)) {
                return entry.get("count").asLong();
            }
        }
        return 0;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
