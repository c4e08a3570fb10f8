package org.newsroom.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.newsroom.search.index.IndexSnapshots;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administration: consistent index snapshots while searches and ingestion go on. Needs an API key. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = "application/json")
@SecurityRequirement(name = "apiKey")
class AdminApiController {

    private final IndexSnapshots snapshots;

    AdminApiController(IndexSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Operation(summary = "Write a consistent copy of the index under newsearch.index.snapshots")
    @PostMapping("/snapshot")
    @ResponseStatus(HttpStatus.CREATED)
    SnapshotView snapshot() {
        IndexSnapshots.Snapshot snapshot = snapshots.snapshot();
        return new SnapshotView(snapshot.path().getFileName().toString(), snapshot.articles(), snapshot.files());
    }

    /** A written snapshot, named by its folder (the server's paths are not disclosed). */
    record SnapshotView(String name, int articles, int files) {}
}
