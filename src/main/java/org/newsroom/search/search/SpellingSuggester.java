package org.newsroom.search.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.index.NewsFields;

/**
 * Suggests a respelled query from the index vocabulary ("Did you mean"), word by word, preferring words that are
 * more frequent in the archive than the typed one.
 */
final class SpellingSuggester {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** The query with misspelled words replaced, or null when no word has a better-known spelling. */
    @Nullable String suggest(IndexReader reader, List<String> words) throws IOException {
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder respelled = new StringBuilder();
        boolean changed = false;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            SuggestWord[] suggestions = lower.length() < 3 ? new SuggestWord[0]
                    : checker.suggestSimilar(new Term(NewsFields.BODY_EXACT, lower), 1, reader,
                            SuggestMode.SUGGEST_MORE_POPULAR);
            if (respelled.length() > 0) {
                respelled.append(' ');
            }
            if (suggestions.length > 0) {
                respelled.append(suggestions[0].string);
                changed = true;
            } else {
                respelled.append(word);
            }
        }
        return changed ? respelled.toString() : null;
    }
}
