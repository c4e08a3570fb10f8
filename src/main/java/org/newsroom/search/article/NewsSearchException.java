package org.newsroom.search.article;

/** Root of the project's few, unchecked exceptions. */
public class NewsSearchException extends RuntimeException {

    public NewsSearchException(String message) {
        super(message);
    }

    public NewsSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
