package org.newsroom.search.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Index settings ({@code newsearch.index.*}).
 *
 * @param path          the index folder
 * @param ramBufferMb   IndexWriter RAM buffer before a flush
 * @param refreshPeriod how often searchers see newly indexed articles (near-real-time reopen)
 * @param snapshots     folder under which {@code snapshot} writes consistent copies of the index
 */
@ConfigurationProperties("newsearch.index")
public record IndexProperties(
        @DefaultValue("index") Path path,
        @DefaultValue("64") double ramBufferMb,
        @DefaultValue("1s") Duration refreshPeriod,
        @DefaultValue("snapshots") Path snapshots) {}
