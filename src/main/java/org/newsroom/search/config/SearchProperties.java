package org.newsroom.search.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search settings ({@code newsearch.search.*}).
 *
 * @param defaultSize     hits per page when the request does not say
 * @param maxSize         largest page a request may ask for
 * @param facetSize       facet values returned per dimension by default
 * @param snippets        highlighted passages per hit
 * @param snippetLength   target passage length in characters
 * @param titleBoost      weight of title matches against body matches
 * @param synonyms        query-time synonym file (Solr format); missing file means no synonyms
 * @param maxWindow       deepest hit reachable with page/size; beyond it clients page with the cursor
 * @param timeLimit       a search running longer returns what it found so far, flagged {@code partial}
 * @param maxClauses      most clauses a query may expand to (Lucene's limit, against runaway prefix queries)
 * @param sliceThreads    threads one search may use for its index segments at once (Lucene's intra-query
 *                        concurrency); 0 = one per core, 1 = each search on its caller's thread only
 */
@ConfigurationProperties("newsearch.search")
public record SearchProperties(
        @DefaultValue("10") int defaultSize,
        @DefaultValue("100") int maxSize,
        @DefaultValue("10") int facetSize,
        @DefaultValue("2") int snippets,
        @DefaultValue("200") int snippetLength,
        @DefaultValue("2.0") float titleBoost,
        @DefaultValue("config/synonyms.txt") Path synonyms,
        @DefaultValue("1000") int maxWindow,
        @DefaultValue("5s") Duration timeLimit,
        @DefaultValue("4096") int maxClauses,
        @DefaultValue("0") int sliceThreads) {

    /** The slice thread count to use: the configured one, or one per core. */
    public int effectiveSliceThreads() {
        return sliceThreads > 0 ? sliceThreads : Runtime.getRuntime().availableProcessors();
    }
}
