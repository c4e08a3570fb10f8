package org.newsroom.search.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion settings ({@code newsearch.ingest.*}).
 *
 * @param samples             folder ingested at start-up when the index is empty
 * @param seedOnEmpty         whether to ingest {@code samples} into an empty index at start-up
 * @param maxFileSize         files larger than this are refused with a clear reason
 * @param writeLimit          most characters of text taken from one document (Tika's write limit)
 * @param parseTimeout        longest time one document may take to parse
 * @param threads             parallel extraction threads; 0 means one per core
 * @param commitEvery         documents between commits; a crash loses at most this uncommitted batch
 * @param commitInterval      longest time between commits during a run, whichever of the two comes first; a crash
 *                            loses at most this much work
 * @param languageSampleChars leading characters of a text read by language detection
 */
@ConfigurationProperties("newsearch.ingest")
public record IngestProperties(
        @DefaultValue("samples") Path samples,
        @DefaultValue("true") boolean seedOnEmpty,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("10000000") int writeLimit,
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("0") int threads,
        @DefaultValue("50000") int commitEvery,
        @DefaultValue("30s") Duration commitInterval,
        @DefaultValue("1000") int languageSampleChars) {

    /** The thread count to use: the configured one, or one per core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
