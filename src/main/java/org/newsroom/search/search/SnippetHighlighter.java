package org.newsroom.search.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.newsroom.search.index.NewsFields;

/**
 * Highlights titles and body passages with Lucene's UnifiedHighlighter, reading offsets from the postings, in one
 * pass over the hits' stored text. The formatter HTML-escapes the article text, so the only markup in a snippet is
 * our {@code <mark>}. When the body has no match, the lead passage is returned instead.
 */
final class SnippetHighlighter {

    /**
     * Longest body prefix considered for passages. Offsets come from postings, but the sentence iterator walks the
     * text; profiling showed whole long bodies dominating query time, and the best passages of news are early.
     */
    private static final int MAX_LENGTH = 20_000;
    private static final String[] FIELDS = {NewsFields.TITLE, NewsFields.BODY};
    private static final java.util.Set<String> FIELD_SET = java.util.Set.of(FIELDS);
    /** Passages are joined with a separator no article text contains after normalization, then split again. */
    private static final String SEPARATOR = "\u0000";

    private final Analyzer analyzer;
    private final int passages;
    private final int passageLength;

    SnippetHighlighter(Analyzer analyzer, int passages, int passageLength) {
        this.analyzer = analyzer;
        this.passages = passages;
        this.passageLength = passageLength;
    }

    /** Highlighted title and body passages for each hit in {@code page}, in the same order. */
    Highlights highlight(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        Query highlightQuery = HighlightQuery.of(query, FIELD_SET);
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", SEPARATOR, true))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_LENGTH)
                // Weight matches mark a phrase as one span, but build a query weight per hit and field: a fifth of
                // a Reuters query went there. Words alone read their offsets straight from the postings instead.
                .withWeightMatches(HighlightQuery.hasPhrase(highlightQuery));
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected OffsetSource getOffsetSource(String field) {
                // Title and body always index offsets in their postings; asking the index merged every segment's
                // field infos for each search (a seventh of highlighting time).
                return OffsetSource.POSTINGS;
            }

            @Override
            protected BreakIterator getBreakIterator(String field) {
                // The whole title is one passage; the body is cut into sentences close to the configured length.
                return NewsFields.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(
                                new SentenceBreaks(), passageLength, 0.5f);
            }
        };
        Map<String, String[]> highlighted = highlighter.highlightFields(FIELDS, highlightQuery, page,
                new int[] {1, passages});
        String[] bodyPassages = highlighted.get(NewsFields.BODY);
        List<List<String>> snippets = new ArrayList<>(bodyPassages.length);
        for (String passage : bodyPassages) {
            snippets.add(passage == null ? List.of() : splitPassages(passage));
        }
        return new Highlights(Arrays.asList(highlighted.get(NewsFields.TITLE)), snippets);
    }

    private static List<String> splitPassages(String joined) {
        List<String> parts = new ArrayList<>();
        for (String part : joined.split(SEPARATOR)) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }

    /** Per hit: the highlighted title (null when unavailable) and the body passages. */
    record Highlights(List<String> titles, List<List<String>> snippets) {}
}
