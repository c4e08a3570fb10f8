/** News archive search: ingestion, entities, Lucene index, search API and page. */
@NullMarked
package org.newsroom.search;

import org.jspecify.annotations.NullMarked;
