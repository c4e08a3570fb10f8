package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every curl example of {@code docs/api.md} against a real server with its own index (the examples change
 * the archive) and checks the status each example documents after {@code # →}.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsIT {

    private static final String KEY = "docs-example-key";
    private static final Pattern EXAMPLE = Pattern.compile("^\\s+(curl .*?)\\s+# → (\\d{3})\\s*$");
    private static final Pattern WORD = Pattern.compile("'([^']*)'|(\\S+)");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("news-search-docs-it");
        registry.add("newsearch.index.path", index::toString);
        registry.add("newsearch.index.snapshots", () -> index.resolveSibling(index.getFileName() + "-snapshots").toString());
        registry.add("newsearch.ingest.seed-on-empty", () -> "true");
        registry.add("newsearch.security.api-keys", () -> KEY);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyExampleAnswersAsDocumented() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("docs", "api.md"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines) {
            Matcher example = EXAMPLE.matcher(line);
            if (!example.matches()) {
                continue;
            }
            String command = example.group(1)
                    .replace("http://localhost:8080", "http://localhost:" + port)
                    .replace("$NEWSEARCH_API_KEY", KEY)
                    // A fresh id each time: an earlier example may have deleted the previous one.
                    .replace("ARTICLE_ID", firstHitId());
            HttpResponse<String> response = http.send(toRequest(command), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(command + "\n→ " + response.body())
                    .isEqualTo(Integer.parseInt(example.group(2)));
            checked++;
        }
        assertThat(checked).as("curl examples found in docs/api.md").isGreaterThanOrEqualTo(25);
    }

    private String firstHitId() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/search?q=cocaine")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body()).get("hits").get(0).get("id").asString();
    }

    /** Understands the curl flags the documentation uses: -s, -X, -H, -d and -F name=@file. */
    private static HttpRequest toRequest(String command) throws IOException {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        String method = "GET";
        String url = null;
        List<String[]> headers = new ArrayList<>();
        String data = null;
        List<String[]> parts = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-s" -> { }
                case "-X" -> method = words.get(++i);
                case "-H" -> headers.add(words.get(++i).split(":\\s*", 2));
                case "-d" -> data = words.get(++i);
                case "-F" -> parts.add(words.get(++i).split("=@", 2));
                default -> url = word;
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(h -> request.header(h[0], h[1]));
        if (!parts.isEmpty()) {
            String boundary = "----docs-example-boundary";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts)));
        } else if (data != null) {
            request.method(method, HttpRequest.BodyPublishers.ofString(data));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    private static byte[] multipart(String boundary, List<String[]> parts) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] part : parts) {
            Path file = Path.of(part[1]);
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part[0] + "\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
