package org.newsroom.search.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherManager;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.entities.Names;
import org.newsroom.search.index.NewsFields;
import org.newsroom.search.index.SearcherLease;
import org.springframework.stereotype.Component;

/** {@link EntityDirectory} over the facet counts of the whole archive, counted once per index reader. */
@Component
class LuceneEntityDirectory implements EntityDirectory {

    private final SearcherManager searchers;
    private final FacetStates facetStates;
    /** All entities of a reader, most frequent first; dropped when the reader closes. */
    private final Map<IndexReader.CacheKey, List<Entry>> all = new ConcurrentHashMap<>();

    LuceneEntityDirectory(SearcherManager searchers, FacetStates facetStates) {
        this.searchers = searchers;
        this.facetStates = facetStates;
    }

    @Override
    public List<EntityCount> entities(@Nullable EntityType type, String prefix, int size) {
        String folded = Names.fold(prefix);
        return SearcherLease.read(searchers, searcher -> {
            List<EntityCount> matches = new ArrayList<>();
            for (Entry entry : all(searcher.getIndexReader())) {
                EntityCount entity = entry.entity();
                if ((type == null || entity.type() == type) && matches(entry.folded(), folded)) {
                    matches.add(entity);
                    if (matches.size() == size) {
                        break;
                    }
                }
            }
            return matches;
        });
    }

    private static boolean matches(String folded, String foldedPrefix) {
        if (foldedPrefix.isEmpty()) {
            return true;
        }
        if (folded.startsWith(foldedPrefix)) {
            return true;
        }
        for (int i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) {
            if (folded.startsWith(foldedPrefix, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private List<Entry> all(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return count(reader);
        }
        List<Entry> cached = all.get(helper.getKey());
        if (cached == null) {
            cached = count(reader);
            if (all.putIfAbsent(helper.getKey(), cached) == null) {
                helper.addClosedListener(all::remove);
            }
        }
        return cached;
    }

    private List<Entry> count(IndexReader reader) throws IOException {
        var state = facetStates.of(reader);
        if (state.isEmpty()) {
            return List.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state.get());
        List<EntityCount> entities = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            addAll(entities, counts, state.get(), type);
        }
        entities.sort(Comparator.comparingLong(EntityCount::articles).reversed().thenComparing(EntityCount::name));
        return entities.stream().map(e -> new Entry(e, Names.fold(e.name()))).toList();
    }

    /** An entity with its folded name, folded once per reader rather than once per keystroke. */
    private record Entry(EntityCount entity, String folded) {}

    private static void addAll(List<EntityCount> entities, SortedSetDocValuesFacetCounts counts,
            SortedSetDocValuesReaderState state, EntityType type) throws IOException {
        String dim = NewsFields.facetDimension(type);
        if (state.getOrdRange(dim) == null) {
            return;
        }
        FacetResult result = counts.getAllChildren(dim);
        if (result == null) {
            return;
        }
        for (LabelAndValue lv : result.labelValues) {
            entities.add(new EntityCount(type, lv.label, lv.value.longValue()));
        }
    }
}
