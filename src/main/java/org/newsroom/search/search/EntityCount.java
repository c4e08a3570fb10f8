package org.newsroom.search.search;

import org.newsroom.search.article.EntityType;

/** A canonical entity name and the number of articles that mention it. */
public record EntityCount(EntityType type, String name, long articles) {}
