/** Web: the JSON API under {@code /api}, its error mapping, and the search page. */
@NullMarked
package org.newsroom.search.web;

import org.jspecify.annotations.NullMarked;
