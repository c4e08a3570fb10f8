package org.newsroom.search.search;

import org.newsroom.search.article.NewsSearchException;

/** A query or search parameter a person typed is malformed; the message says what is wrong and where. */
public class InvalidQueryException extends NewsSearchException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
