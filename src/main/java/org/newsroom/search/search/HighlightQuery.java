package org.newsroom.search.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The part of a search query that can produce highlights in the given fields: every positive term, phrase or
 * multi-term leaf on those fields, as one flat disjunction.
 *
 * <p>Why: the highlighter asks the query for each hit's matches and keeps only those in the field it highlights. A
 * reporter's word expands to six fields (stemmed and exact title and body, Spanish title and body), so four of the
 * six were evaluated per hit and field for nothing; profiling the Reuters mix showed the highlighter's match
 * computation at a fifth of query time. The highlights are the same: a hit matches the full query, so each of its
 * title and body leaves that matches contributes the same offsets as before (phrases stay whole), and negated
 * clauses never contributed any.
 */
final class HighlightQuery {

    private HighlightQuery() {}

    /** The highlighting query for {@code fields}, or {@code query} itself when none of its leaves is on them. */
    static Query of(Query query, Set<String> fields) {
        Set<Query> leaves = new LinkedHashSet<>();
        query.visit(new LeafCollector(fields, leaves));
        // Lucene's clause limit applies to the flat disjunction too; above it the full query is used.
        if (leaves.isEmpty() || leaves.size() > IndexSearcher.getMaxClauseCount()) {
            return query;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query leaf : leaves) {
            any.add(leaf, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Whether a leaf of {@code query} is more than a word (a phrase, a prefix), so its matches need the query's own
     * match logic to be marked as the user sees them ("<mark>war on drugs</mark>" as one span).
     */
    static boolean hasPhrase(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                found[0] |= !(leaf instanceof TermQuery || leaf instanceof SynonymQuery);
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private static final class LeafCollector extends QueryVisitor {

        private final Set<String> fields;
        private final Set<Query> leaves;

        LeafCollector(Set<String> fields, Set<Query> leaves) {
            this.fields = fields;
            this.leaves = leaves;
        }

        @Override
        public boolean acceptField(String field) {
            return fields.contains(field);
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            // A sloppy phrase is the proximity boost of a word list: its words are leaves of their own already, and
            // keeping it would make every multi-word query take the slow phrase-aware path.
            if (!(query instanceof PhraseQuery phrase && phrase.getSlop() > 0)) {
                leaves.add(query);
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            leaves.add(query);
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }
}
