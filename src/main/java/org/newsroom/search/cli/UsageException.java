package org.newsroom.search.cli;

import org.newsroom.search.article.NewsSearchException;

/** The command's arguments are wrong; the message says how. */
class UsageException extends NewsSearchException {

    UsageException(String message) {
        super(message);
    }
}
