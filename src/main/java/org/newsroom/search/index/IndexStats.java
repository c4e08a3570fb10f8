package org.newsroom.search.index;

import org.jspecify.annotations.Nullable;

/**
 * The state of the archive.
 *
 * @param articles   articles visible to searches
 * @param sizeBytes  size of the index files on disk
 * @param lastCommit ISO-8601 time of the last commit (the end of the last ingest batch), or null for a new index
 */
public record IndexStats(int articles, long sizeBytes, @Nullable String lastCommit) {}
