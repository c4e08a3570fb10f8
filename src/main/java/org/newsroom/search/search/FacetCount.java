package org.newsroom.search.search;

/** One facet value and the number of matching articles that have it. */
public record FacetCount(String value, long count) {}
