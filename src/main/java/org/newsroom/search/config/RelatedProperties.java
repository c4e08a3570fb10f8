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
 * @param textWeight     weight of the MoreLikeThis text score (relative to the best candidate's) in the ranking
 * @param entityWeight   weight of the shared persons and organizations (salience-weighted share of the source's)
 * @param dateWeight     weight of closeness in publication date
 * @param titleWeight    weight of title word overlap
 * @param dateScaleDays  days over which date closeness falls to 1/e
 */
@ConfigurationProperties("newsearch.related")
public record RelatedProperties(
        @DefaultValue("1") int minTermFreq,
        @DefaultValue("1") int minDocFreq,
        @DefaultValue("30") int maxQueryTerms,
        @DefaultValue("60") int candidates,
        @DefaultValue("10") int defaultSize,
        @DefaultValue("0.45") double textWeight,
        @DefaultValue("0.35") double entityWeight,
        @DefaultValue("0.10") double dateWeight,
        @DefaultValue("0.10") double titleWeight,
        @DefaultValue("45") double dateScaleDays) {}
