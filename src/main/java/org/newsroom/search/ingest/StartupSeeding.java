package org.newsroom.search.ingest;

import java.nio.file.Files;
import java.util.List;
import org.newsroom.search.config.IngestProperties;
import org.newsroom.search.index.ArticleIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation (empty index) ingests the sample articles, so the page has something to search. Never in
 * a command-line run ({@code cli} profile): {@code ./config/application.yml} outranks the packaged
 * {@code application-cli.yml}, so its {@code seed-on-empty} alone would let an {@code ingest} into an empty index
 * pick up the samples too.
 */
@Component
@Profile("!cli")
class StartupSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupSeeding.class);

    private final IngestService ingest;
    private final ArticleIndex index;
    private final IngestProperties properties;

    StartupSeeding(IngestService ingest, ArticleIndex index, IngestProperties properties) {
        this.ingest = ingest;
        this.index = index;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seedOnEmpty() || index.count() > 0) {
            return;
        }
        if (!Files.isDirectory(properties.samples())) {
            log.info("The index is empty and there is no samples folder at {}; nothing to seed",
                    properties.samples().toAbsolutePath());
            return;
        }
        log.info("The index is empty: ingesting {}", properties.samples().toAbsolutePath());
        IngestReport report = ingest.ingest(List.of(properties.samples()), IngestListener.NONE);
        report.failures().forEach(f -> log.warn("Not ingested: {}", f.message()));
    }
}
