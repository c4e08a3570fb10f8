package org.newsroom.search.ingest;

import org.newsroom.search.article.NewsSearchException;

/** A file could not be read as an article; the message says which file and why, in words a person understands. */
public class ExtractionException extends NewsSearchException {

    private final String source;

    public ExtractionException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public ExtractionException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    /** The file or upload name. */
    public String source() {
        return source;
    }
}
