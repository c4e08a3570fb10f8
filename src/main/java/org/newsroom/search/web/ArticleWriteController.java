package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.search.index.ArticleIndex;
import org.newsroom.search.ingest.ArticleData;
import org.newsroom.search.ingest.FileOutcome;
import org.newsroom.search.ingest.IngestService;
import org.newsroom.search.search.InvalidQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The write API: upload article files or post an article as JSON, and delete articles. Needs an API key. */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = "application/json")
@SecurityRequirement(name = "apiKey")
class ArticleWriteController {

    private final IngestService ingest;
    private final ArticleIndex index;

    ArticleWriteController(IngestService ingest, ArticleIndex index) {
        this.ingest = ingest;
        this.index = index;
    }

    @Operation(summary = "Upload article files (any supported format); each is reported with its outcome")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<FileOutcome>> upload(@RequestPart("file") List<MultipartFile> files) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (MultipartFile file : files) {
            // The client's file name is used only as a label and for type detection, never as a path.
            String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
            try (InputStream content = file.getInputStream()) {
                outcomes.add(ingest.ingest(name, content));
            }
        }
        return ResponseEntity.status(status(outcomes)).body(outcomes);
    }

    @Operation(summary = "Add an article given as JSON")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FileOutcome> post(@RequestBody NewArticle article) {
        if (article.body() == null || article.body().isBlank()) {
            throw new InvalidQueryException("The article needs a non-empty 'body'");
        }
        FileOutcome outcome = ingest.ingest(new ArticleData(null, article.title(), article.body(), article.author(),
                article.published(), article.url(), article.source(), article.language()), "posted article");
        return ResponseEntity.status(status(List.of(outcome))).body(outcome);
    }

    @Operation(summary = "Delete an article")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!index.delete(id)) {
            throw NotFoundException.article(id);
        }
        index.commit();
        return ResponseEntity.noContent().build();
    }

    private static HttpStatus status(List<FileOutcome> outcomes) {
        boolean anyAdded = outcomes.stream().anyMatch(o -> o.status() == FileOutcome.Status.ADDED
                || o.status() == FileOutcome.Status.UPDATED);
        boolean allFailed = outcomes.stream().allMatch(o -> o.status() == FileOutcome.Status.FAILED);
        return anyAdded ? HttpStatus.CREATED : allFailed ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
    }
}
