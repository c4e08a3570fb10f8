package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lines the page has already shown. A long line seen before is a duplicate (a pull quote, a mobile copy of a
 * block) and goes, as does a line equal to the one before it. A short line seen before ("Optional cardio 30 min",
 * "Pricing not publicly available", a "Pros" heading over each product) is usually a table cell or a label that
 * the article repeats, and stays, unless it sits in a run of repeated lines (a table of contents or a list of
 * teaser titles shown a second time) or echoes the line before a paragraph (a card's title repeated on its link).
 */
final class RepeatedLines {

    /** Up to this length a repeated line is a label or a cell rather than a duplicated paragraph. */
    private static final int SHORT = 60;
    /** Lines this short are never counted as repeats ("Share", "Yes"); they only go when doubled. */
    private static final int TINY = 20;
    /** This many repeated lines in a row are a repeated block. */
    private static final int RUN = 3;

    private RepeatedLines() {
    }

    static List<String> drop(List<String> lines) {
        int n = lines.size();
        boolean[] repeat = new boolean[n];
        int[] first = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            Integer earlier = seen.putIfAbsent(line, i);
            first[i] = earlier == null ? i : earlier;
            repeat[i] = line.length() > TINY && earlier != null;
        }
        // A run copies a block: its lines were shown before in the same order, one after another (table rows
        // repeat cells too, but not a whole row's sequence).
        boolean[] inRun = new boolean[n];
        for (int i = 0; i < n; ) {
            if (!repeat[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && repeat[end] && first[end] == first[end - 1] + 1) {
                end++;
            }
            if (end - i >= RUN) {
                for (int k = i; k < end; k++) {
                    inRun[k] = true;
                }
            }
            i = end;
        }
        List<String> kept = new ArrayList<>(n);
        @Nullable String previous = null;
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            // "Title / its excerpt / Title" is a card whose link repeats its heading.
            boolean echo = i >= 2 && lines.get(i - 2).equals(line) && lines.get(i - 1).length() > SHORT;
            if (line.equals(previous) || repeat[i] && (line.length() > SHORT || inRun[i] || echo)) {
                continue;
            }
            kept.add(line);
            previous = line;
        }
        return kept;
    }
}
