package org.newsroom.search.web;

import org.newsroom.search.article.NewsSearchException;

/** The requested article or entity does not exist; the API answers 404 with this message. */
class NotFoundException extends NewsSearchException {

    NotFoundException(String message) {
        super(message);
    }

    static NotFoundException article(String id) {
        return new NotFoundException("No article has the id '" + id + "'");
    }
}
