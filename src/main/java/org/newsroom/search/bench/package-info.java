/**
 * Extraction benchmark: scores what the ingestion stage extracts from web pages against hand-checked ground truth
 * (article body as word 4-gram shingles, title, author and publication day), so heuristics are tuned on numbers.
 */
@NullMarked
package org.newsroom.search.bench;

import org.jspecify.annotations.NullMarked;
