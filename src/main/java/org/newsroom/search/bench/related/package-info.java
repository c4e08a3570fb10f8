/**
 * Related-coverage evaluation: builds a test set of related articles from a tagged corpus (articles sharing a rare
 * topic, person or organization tag and published close together), and compares the related-coverage ranking with
 * plain MoreLikeThis by precision@5, with lookup latency percentiles.
 */
@NullMarked
package org.newsroom.search.bench.related;

import org.jspecify.annotations.NullMarked;
