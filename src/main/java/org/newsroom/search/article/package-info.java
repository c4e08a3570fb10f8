/**
 * The article model shared by every stage: what extraction produces, what entity recognition adds, and what the
 * index stores. Plain records with no Spring or Lucene imports.
 */
@NullMarked
package org.newsroom.search.article;

import org.jspecify.annotations.NullMarked;
