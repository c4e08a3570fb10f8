/** Configuration: one immutable properties record per concern, bound from {@code config/application.yml}, and the Lucene wiring. */
@NullMarked
package org.newsroom.search.config;

import org.jspecify.annotations.NullMarked;
