package org.newsroom.search.search;

import java.util.List;
import org.newsroom.search.article.EntityType;

/**
 * One entity across the archive: how its coverage runs over time and who appears with it.
 *
 * @param articles      articles that mention it
 * @param dateInterval  bucket size of {@code coverage}
 * @param coverage      its articles per period (a chart)
 * @param persons       persons most often in the same articles, with the number of shared articles
 * @param organizations organizations most often in the same articles
 * @param latest        its most recent articles
 */
public record EntityView(
        EntityType type,
        String name,
        long articles,
        String dateInterval,
        List<DateBucket> coverage,
        List<FacetCount> persons,
        List<FacetCount> organizations,
        List<Hit> latest) {}
