/** Command line: parses arguments, calls the stages, prints results. The only package that writes to stdout. */
@NullMarked
package org.newsroom.search.cli;

import org.jspecify.annotations.NullMarked;
