package org.newsroom.search.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Highlights titles and body passages with Lucene's UnifiedHighlighter, reading offsets from the postings. The
 * formatter HTML-escapes the article text, so the only markup in a snippet is our {@code <mark>}. When the body has
 * no match, the lead passage is returned instead.
 */
final class SnippetHighlighter {

    /** Longest body prefix considered for passages; offsets come from postings, so this bounds only the text read. */
    private static final int MAX_LENGTH = 500_000;

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
        UnifiedHighlighter titles = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(MAX_LENGTH)
                .build();
        UnifiedHighlighter bodies = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), passageLength, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_LENGTH)
                .build();
        String[] title = titles.highlight(NewsFields.TITLE, query, page, 1);
        Map<String, String[]> body = bodies.highlightFields(new String[] {NewsFields.BODY}, query, page,
                new int[] {passages});
        String[] bodyPassages = body.get(NewsFields.BODY);
        List<List<String>> snippets = new ArrayList<>(bodyPassages.length);
        for (String passage : bodyPassages) {
            snippets.add(passage == null ? List.of() : splitPassages(passage));
        }
        return new Highlights(Arrays.asList(title), snippets);
    }

    private static DefaultPassageFormatter formatter() {
        // Passages are joined with a separator no article text can contain after escaping, then split again.
        return new DefaultPassageFormatter("<mark>", "</mark>", SEPARATOR, true);
    }

    private static final String SEPARATOR = "\u0000";

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
