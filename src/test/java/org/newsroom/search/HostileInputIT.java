package org.newsroom.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.FileOutcome;
import org.newsroom.search.ingest.IngestListener;
import org.newsroom.search.ingest.IngestReport;
import org.newsroom.search.ingest.IngestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile files, all generated here: each gets a clear per-file reason (or a safe best-effort result), the batch
 * goes on, nothing already indexed is lost, the server never answers 500, and no article markup comes back live.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    private static final String KEY = "hostile-input-key";

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path index = Files.createTempDirectory("news-search-hostile");
        registry.add("newsearch.index.path", index::toString);
        registry.add("newsearch.ingest.seed-on-empty", () -> "true");
        registry.add("newsearch.security.api-keys", () -> KEY);
        registry.add("spring.servlet.multipart.max-file-size", () -> "150MB");
        registry.add("spring.servlet.multipart.max-request-size", () -> "150MB");
    }

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    ArticleIndex index;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void writeHostileFiles() throws IOException {
        Path dir = Files.createDirectories(folder.resolve("incoming"));
        Files.write(dir.resolve("empty.html"), new byte[0]);
        byte[] junk = new byte[64 * 1024];
        new Random(42).nextBytes(junk);
        Files.write(dir.resolve("junk.html"), junk);
        Files.write(dir.resolve("invalid-utf8.txt"), concat(
                "Port strike ends in Valparaiso\n\nDock workers returned ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                " to work after talks with the harbour authority on Monday.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("mixed-encoding.html"), concat(
                "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 owners protest</title></head><body><article><h1>Caf\u00e9 owners protest</h1><p>Owners of caf"
                        .getBytes(StandardCharsets.UTF_8),
                "\u00e9s in Bogot\u00e1 marched on Friday against new licence fees.</p></article></body></html>"
                        .getBytes(StandardCharsets.ISO_8859_1)));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024); // sparse: over the 50 MB limit without writing 100 MB
        }
        Files.writeString(dir.resolve("nested.html"), "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000));
        Files.writeString(dir.resolve("one-line.txt"), "word ".repeat(4 * 1024 * 1024)); // a single 20 MB line
        byte[] pdf = Files.readAllBytes(Path.of("samples", "regional-rail-hydrogen-trains.pdf"));
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            document.save(dir.resolve("password.pdf").toFile());
        }
        writeZipBomb(dir.resolve("bomb.docx"));
        Files.writeString(dir.resolve("xss.html"), """
                <html><head><title>Council approves harbour budget</title></head><body><article>
                <h1>Council approves harbour budget</h1>
                <p>The city council approved the harbour budget on Tuesday <script>alert('x')</script> after a
                long debate about dredging.</p>
                <p><img src="x" onerror="alert('y')">Councillors said the dredging <a href="javascript:alert('z')">plan</a>
                would start in spring and cost less than feared.</p>
                </article></body></html>""");
        Files.writeString(dir.resolve("file with spaces.txt"), "Ferry timetable changes\n\nThe ferry company "
                + "announced new winter timetables for the island routes starting in November.");
        Files.writeString(dir.resolve("Ünïcödé 記事.txt"), "Lighthouse restored\n\nVolunteers finished restoring "
                + "the old lighthouse on the northern cape after three years of work.");
    }

    @Test
    void aBatchOfHostileFilesReportsEachAndGoesOn() {
        int before = index.count();
        IngestReport report = ingest.ingest(List.of(folder.resolve("incoming")), IngestListener.NONE);
        assertThat(report.total()).isEqualTo(13);
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(failed(report)).contains("empty.html", "junk.html", "huge.txt", "password.pdf", "bomb.docx");
        assertThat(report.failures()).filteredOn(f -> f.source().equals("huge.txt")).first()
                .satisfies(f -> assertThat(f.message()).contains("limit"));
        // The good and the salvageable ones are in (or were already, from the upload test), nothing was lost.
        assertThat(report.added() + report.duplicates()).isGreaterThanOrEqualTo(5);
        assertThat(index.count()).isEqualTo(before + report.added());
    }

    @Test
    void uploadsOfHostileFilesAreNever500s() throws Exception {
        try (var files = Files.list(folder.resolve("incoming"))) {
            for (Path file : files.toList()) {
                HttpResponse<String> response = upload(file.getFileName().toString(), file);
                assertThat(response.statusCode()).as(file + " → " + response.body()).isIn(200, 201, 422);
                JsonNode outcome = json.readTree(response.body()).get(0);
                if ("FAILED".equals(outcome.get("status").asString())) {
                    assertThat(outcome.get("message").asString()).isNotBlank();
                }
            }
        }
    }

    @Test
    void aClientFileNameIsOnlyALabel() throws Exception {
        Path file = folder.resolve("incoming").resolve("file with spaces.txt");
        HttpResponse<String> response = upload("../../escape.txt", file);
        assertThat(response.statusCode()).isIn(200, 201);
        assertThat(Files.exists(Path.of("..", "escape.txt"))).isFalse();
        assertThat(Files.exists(Path.of("escape.txt"))).isFalse();
    }

    @Test
    void noArticleMarkupComesBackLive() throws Exception {
        upload("xss.html", folder.resolve("incoming").resolve("xss.html"));
        JsonNode results = getJson("/api/v1/search?q=" + URLEncoder.encode("harbour dredging", StandardCharsets.UTF_8));
        assertThat(results.get("total").asLong()).isGreaterThan(0);
        for (JsonNode hit : results.get("hits")) {
            for (JsonNode snippet : hit.get("snippets")) {
                assertThat(snippet.asString().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
            }
            assertThat(hit.get("titleHighlighted").asString().replace("<mark>", "").replace("</mark>", ""))
                    .doesNotContain("<");
            JsonNode article = getJson("/api/v1/articles/" + hit.get("id").asString());
            assertThat(article.get("body").asString()).doesNotContain("<script", "onerror", "javascript:", "alert(");
        }
    }

    @Test
    void theSameFileAgainIsANoOpAndAChangedFileUpdatesItsDocument() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("changing"));
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, "Budget vote delayed\n\nThe assembly delayed its budget vote to Thursday after "
                + "a dispute over zeppelin subsidies.");
        IngestReport first = ingest.ingest(List.of(dir), IngestListener.NONE);
        assertThat(first.added()).isEqualTo(1);
        int count = index.count();

        IngestReport again = ingest.ingest(List.of(dir), IngestListener.NONE);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(again.added() + again.updated()).isZero();

        Files.writeString(file, "Budget vote passed\n\nThe assembly passed its budget on Thursday after "
                + "dropping the airship subsidies.");
        IngestReport changed = ingest.ingest(List.of(dir), IngestListener.NONE);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(index.count()).isEqualTo(count);
        assertThat(getJson("/api/v1/search?q=zeppelin").get("total").asLong()).isZero();
        assertThat(getJson("/api/v1/search?q=airship").get("total").asLong()).isEqualTo(1);
    }

    private static List<String> failed(IngestReport report) {
        return report.failures().stream().map(FileOutcome::source).toList();
    }

    private HttpResponse<String> upload(String name, Path file) throws Exception {
        String boundary = "----hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        Files.copy(file, body);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                .header("X-API-Key", KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A DOCX whose document.xml inflates to 300 MB from about 300 KB. */
    private static void writeZipBomb(Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            OutputStream out = zip;
            for (int i = 0; i < 300; i++) {
                out.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
