package org.newsroom.search.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import org.newsroom.search.article.ExtractedArticle;

/**
 * Turns one article file into normalized text and metadata. Implementations are thread-safe: ingestion calls them
 * from several threads at once.
 */
public interface ArticleExtractor {

    /**
     * Reads one file.
     *
     * @throws ExtractionException naming the file and the reason when it cannot be read as an article
     */
    ExtractedArticle extract(Path file);

    /**
     * Reads an article from a stream; the caller opened the stream and closes it.
     *
     * @param name file name used for type detection and in messages
     * @throws ExtractionException naming the file and the reason when it cannot be read as an article
     */
    ExtractedArticle extract(String name, InputStream content);

    /**
     * Turns an article given as data (a JSON article posted to the API, a line of a JSON Lines feed) into an
     * article, normalized and language-detected like a file.
     *
     * @param source names the article in messages
     * @throws ExtractionException when it has no body or an unreadable date
     */
    ExtractedArticle extract(ArticleData data, String source);

    /** Whether a file found while walking a folder looks like an article this extractor reads (by its name). */
    boolean supports(Path file);
}
