package org.newsroom.search.web;

import org.newsroom.search.article.NewsSearchException;

/** No article has the requested id; the API answers 404. */
class ArticleNotFoundException extends NewsSearchException {

    ArticleNotFoundException(String id) {
        super("No article has the id '" + id + "'");
    }
}
