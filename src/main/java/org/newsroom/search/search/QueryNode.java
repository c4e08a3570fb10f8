package org.newsroom.search.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed form of a reporter's query, before it becomes a Lucene query. */
sealed interface QueryNode {

    /** Words or a quoted phrase, in the default fields or in one named field ({@code title}, {@code author}). */
    record Text(@Nullable String field, String text, boolean phrase, boolean prefix) implements QueryNode {}

    /** A keyword filter: {@code person:}, {@code org:}, {@code source:}, {@code after:}, {@code before:}. */
    record Filter(FilterKind kind, String value, int position) implements QueryNode {}

    /** Every child must match. */
    record And(List<QueryNode> children) implements QueryNode {}

    /** At least one child must match. */
    record Or(List<QueryNode> children) implements QueryNode {}

    /** The child must not match. */
    record Not(QueryNode child) implements QueryNode {}

    /** The keyword filters a query may contain. */
    enum FilterKind {
        PERSON, ORGANIZATION, SOURCE, AFTER, BEFORE
    }
}
