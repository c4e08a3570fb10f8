package org.newsroom.search.entities;

import org.newsroom.search.article.NewsSearchException;

/** Entity recognition failed for one article (model missing, pathological input); ingestion reports it and goes on. */
public class EntityExtractionException extends NewsSearchException {

    public EntityExtractionException(String message) {
        super(message);
    }

    public EntityExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
