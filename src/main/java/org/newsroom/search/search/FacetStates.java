package org.newsroom.search.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Caches the sorted-set facet state of each reader: building it scans every facet label, so it is done once per
 * reader (after each refresh), not once per query, and dropped when the reader closes.
 */
@Component
class FacetStates {

    private final FacetsConfig facetsConfig;
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> states = new ConcurrentHashMap<>();

    FacetStates(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The facet state of a reader, or empty when no article has an entity yet. */
    Optional<SortedSetDocValuesReaderState> of(IndexReader reader) {
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
        if (info == null || reader.getReaderCacheHelper() == null) {
            return Optional.empty();
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return Optional.of(states.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(states::remove);
            try {
                return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /**
     * The stored facet value that a typed name stands for, ignoring case and accents ("ivan velasquez" finds
     * "Iván Velásquez"); the typed name itself when no stored value matches.
     */
    String resolve(IndexReader reader, String dimension, String typed) {
        Optional<SortedSetDocValuesReaderState> state = of(reader);
        if (state.isEmpty()) {
            return typed;
        }
        SortedSetDocValuesReaderState.OrdRange range = state.get().getOrdRange(dimension);
        if (range == null) {
            return typed;
        }
        String wanted = fold(typed);
        try {
            SortedSetDocValues values = state.get().getDocValues();
            for (int ord = range.start(); ord <= range.end(); ord++) {
                BytesRef label = values.lookupOrd(ord);
                String[] path = FacetsConfig.stringToPath(label.utf8ToString());
                String value = path[path.length - 1];
                if (value.equals(typed)) {
                    return value;
                }
                if (fold(value).equals(wanted)) {
                    return value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return typed;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

}
