/**
 * Ingestion: reads article files of any format (Tika), pulls the main text out of web pages (jsoup), normalizes it
 * and extracts title, author, date, URL and language; {@link org.newsroom.search.ingest.IngestService} runs the
 * whole pipeline over files and folders and reports every file's outcome.
 */
@NullMarked
package org.newsroom.search.ingest;

import org.jspecify.annotations.NullMarked;
