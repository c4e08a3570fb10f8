package org.newsroom.search.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
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
import org.newsroom.search.entities.Names;
import org.springframework.stereotype.Component;

/**
 * Caches the sorted-set facet state of each reader: building it scans every facet label, so it is done once per
 * reader (after each refresh), not once per query, and dropped when the reader closes.
 */
@Component
class FacetStates {

    private final FacetsConfig facetsConfig;
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> states = new ConcurrentHashMap<>();
    /** Per reader and dimension: stored values by folded form, for case- and accent-insensitive filters. */
    private final Map<IndexReader.CacheKey, Map<String, Map<String, String>>> foldedNames = new ConcurrentHashMap<>();

    FacetStates(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The facet state of a reader, or empty when no article has an entity yet. */
    Optional<SortedSetDocValuesReaderState> of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return Optional.empty();
        }
        SortedSetDocValuesReaderState known = states.get(helper.getKey());
        if (known != null) {
            return Optional.of(known);
        }
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (info == null) {
            return Optional.empty();
        }
        return Optional.of(states.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(closed -> {
                states.remove(closed);
                foldedNames.remove(closed);
            });
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
        if (state.isEmpty() || state.get().getOrdRange(dimension) == null) {
            return typed;
        }
        try {
            // The common case, a value clicked in a facet list, is an exact label: one term lookup.
            if (state.get().getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dimension, typed))) >= 0) {
                return typed;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byFolded = foldedNames.computeIfAbsent(reader.getReaderCacheHelper().getKey(),
                key -> new ConcurrentHashMap<>()).computeIfAbsent(dimension, dim -> foldedNames(state.get(), dim));
        return byFolded.getOrDefault(Names.fold(typed), typed);
    }

    /** Every stored value of a dimension by its folded form (first one wins), built once per reader. */
    private static Map<String, String> foldedNames(SortedSetDocValuesReaderState state, String dimension) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
        Map<String, String> byFolded = new HashMap<>();
        try {
            SortedSetDocValues values = state.getDocValues();
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                String value = path[path.length - 1];
                byFolded.putIfAbsent(Names.fold(value), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byFolded;
    }
}
