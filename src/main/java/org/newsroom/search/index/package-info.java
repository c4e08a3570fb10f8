/**
 * Index: the Lucene schema (field and facet names), the mapping from articles to documents and back, and the
 * writer side (add, replace, delete, commit) behind {@link org.newsroom.search.index.ArticleIndex}.
 */
@NullMarked
package org.newsroom.search.index;

import org.jspecify.annotations.NullMarked;
