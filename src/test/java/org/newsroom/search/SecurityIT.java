package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A server with reads closed by configuration: keys, actuator exposure, CORS and security headers over HTTP. */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIT {

    private static final String KEY = "closed-reads-key";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("news-search-security");
        registry.add("newsearch.index.path", index::toString);
        registry.add("newsearch.ingest.seed-on-empty", () -> "false");
        registry.add("newsearch.nlp.enabled", () -> "false");
        registry.add("newsearch.security.api-keys", () -> KEY);
        registry.add("newsearch.security.read-open", () -> "false");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void closedReadsNeedAKey() throws Exception {
        assertThat(send(get("/api/v1/search?q=x")).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/v1/search?q=x").header("X-API-Key", "wrong")).statusCode()).isEqualTo(401);
        assertThat(send(get("/api/v1/search?q=x").header("X-API-Key", KEY)).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = send(get("/api/v1/stats"));
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("X-API-Key").doesNotContain(KEY);
    }

    @Test
    void onlyHealthIsExposedOfTheActuator() throws Exception {
        assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
        assertThat(send(get("/actuator/env")).statusCode()).isEqualTo(404);
        assertThat(send(get("/actuator/beans")).statusCode()).isEqualTo(404);
    }

    @Test
    void otherOriginsGetNoCorsPermission() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/search?q=x"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void pageHeadersForbidFramingAndSniffing() throws Exception {
        HttpResponse<String> page = send(get("/"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() throws Exception {
        HttpResponse<String> docs = send(get("/v3/api-docs"));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/search", "apiKey");
        assertThat(send(get("/swagger-ui/index.html")).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
