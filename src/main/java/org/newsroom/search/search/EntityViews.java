package org.newsroom.search.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.entities.Names;
import org.springframework.stereotype.Service;

/** Builds {@link EntityView}s from a search filtered on the entity: its histogram, co-occurring entities and hits. */
@Service
public class EntityViews {

    private static final int COMPANIONS = 15;
    private static final int LATEST = 10;

    private final ArticleSearcher searcher;

    EntityViews(ArticleSearcher searcher) {
        this.searcher = searcher;
    }

    /** The view of an entity, or empty when no article mentions it. */
    public Optional<EntityView> view(EntityType type, String name) {
        SearchRequest request = new SearchRequest("", Map.of(type, List.of(name)), null, null, SortOrder.NEWEST, 0,
                LATEST, COMPANIONS + 1, false, null);
        SearchResults results = searcher.search(request);
        if (results.total() == 0) {
            return Optional.empty();
        }
        // The search matched the stored spelling; report that, not the typed one.
        List<String> stored = type == EntityType.PERSON ? results.hits().get(0).persons()
                : results.hits().get(0).organizations();
        String key = Names.fold(name);
        String canonical = stored.stream().filter(n -> Names.fold(n).equals(key))
                .findFirst().orElse(name);
        return Optional.of(new EntityView(type, canonical, results.total(), results.facets().dateInterval(),
                results.facets().dates(),
                companions(results.facets().persons(), type == EntityType.PERSON ? canonical : null),
                companions(results.facets().organizations(), type == EntityType.ORGANIZATION ? canonical : null),
                results.hits()));
    }

    private static List<FacetCount> companions(List<FacetCount> counts, String self) {
        return counts.stream().filter(c -> !c.value().equals(self)).limit(COMPANIONS).toList();
    }
}
