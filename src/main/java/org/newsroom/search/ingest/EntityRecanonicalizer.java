package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsroom.search.article.Article;
import org.newsroom.search.article.Entity;
import org.newsroom.search.entities.CanonicalName;
import org.newsroom.search.entities.EntityCanonicalizer;
import org.newsroom.search.index.ArticleIndex;
import org.springframework.stereotype.Service;

/**
 * Re-applies the entity canonicalization (alias file, block list, accent-insensitive display names, lone surnames)
 * to stored articles without re-extracting their text or re-running NER.
 */
@Service
public class EntityRecanonicalizer {

    private final ArticleIndex index;
    private final EntityCanonicalizer canonicalizer;
    private final AtomicBoolean archiveLearned = new AtomicBoolean();

    public EntityRecanonicalizer(ArticleIndex index, EntityCanonicalizer canonicalizer) {
        this.index = index;
        this.canonicalizer = canonicalizer;
    }

    /** Re-reads the alias file, then re-canonicalizes every article; returns how many articles changed. */
    public int recanonicalizeAll() {
        canonicalizer.reload();
        learnArchiveNames();
        archiveLearned.set(true);
        int[] changed = {0};
        // The walk reads a point-in-time view, so rewriting articles during it is safe.
        index.forEach(article -> recanonicalized(article).ifPresent(updated -> {
            index.replace(updated);
            changed[0]++;
        }));
        index.commit();
        return changed[0];
    }

    /** Re-canonicalizes the given articles (e.g. those of an ingest run whose names may now resolve better). */
    public int recanonicalize(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Names stored earlier are learned once per run of the program; those ingested since were learned as they
        // were canonicalized, so later runs need not walk the archive's names again.
        if (archiveLearned.compareAndSet(false, true)) {
            learnArchiveNames();
        }
        int changed = 0;
        for (String id : ids) {
            Optional<Article> updated = index.find(id).flatMap(this::recanonicalized);
            if (updated.isPresent()) {
                index.replace(updated.get());
                changed++;
            }
        }
        if (changed > 0) {
            index.commit();
        }
        return changed;
    }

    /** Learns every name in the archive, so preferred spellings and known full names apply to every article. */
    private void learnArchiveNames() {
        index.forEachEntityName(canonicalizer::learn);
    }

    /** The article with canonical entities, or empty when they are already canonical. */
    Optional<Article> recanonicalized(Article article) {
        Map<String, Entity> merged = new LinkedHashMap<>();
        for (Entity entity : article.entities()) {
            Optional<CanonicalName> canonical = canonicalizer.canonicalize(entity.type(), entity.name());
            if (canonical.isEmpty()) {
                continue; // now block-listed
            }
            CanonicalName name = canonical.get();
            Entity renamed = new Entity(name.type(), name.name(), entity.mentions(), entity.firstPosition());
            // Two stored values that are now one entity become one value, their mentions added up.
            merged.merge(name.type() + "\t" + name.name(), renamed, (a, b) -> new Entity(a.type(), a.name(),
                    a.mentions() + b.mentions(), Math.min(a.firstPosition(), b.firstPosition())));
        }
        List<Entity> entities = new ArrayList<>(merged.values());
        entities.sort(Entity.BY_SALIENCE);
        if (entities.equals(article.entities())) {
            return Optional.empty();
        }
        return Optional.of(new Article(article.id(), article.contentHash(), article.origin(), article.extracted(),
                entities));
    }
}
