/** Search: parses reporters' queries, ranks, highlights, counts facets and finds related coverage. */
@NullMarked
package org.newsroom.search.search;

import org.jspecify.annotations.NullMarked;
