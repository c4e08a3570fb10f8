package org.newsroom.search.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Related-coverage settings ({@code newsearch.related.*}). MoreLikeThis's own defaults (2 and 5) match almost
 * nothing in a small archive, so the minimums are low.
 *
 * @param minTermFreq    a term must occur this often in the source article to be used
 * @param minDocFreq     and in at least this many articles
 * @param maxQueryTerms  most terms of the source used to find candidates
 * @param candidates     candidates re-ranked with entities, dates and titles
 * @param defaultSize    related articles returned when the request does not say
 */
@ConfigurationProperties("newsearch.related")
public record RelatedProperties(
        @DefaultValue("1") int minTermFreq,
        @DefaultValue("1") int minDocFreq,
        @DefaultValue("30") int maxQueryTerms,
        @DefaultValue("60") int candidates,
        @DefaultValue("10") int defaultSize) {}
