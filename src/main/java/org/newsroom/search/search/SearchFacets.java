package org.newsroom.search.search;

import java.util.List;

/**
 * Facet counts of a search. Entity counts are drill-sideways: choosing a person keeps the other persons' counts
 * computed as if that choice were not made, so they stay meaningful.
 *
 * @param dateInterval the bucket size of {@code dates}: day, week, month or year
 */
public record SearchFacets(
        List<FacetCount> persons, List<FacetCount> organizations, String dateInterval, List<DateBucket> dates) {}
