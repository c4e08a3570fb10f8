package org.newsroom.search.index;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Near-duplicate candidates among the articles written since the last commit, which the searcher may not see yet:
 * syndicated copies of one story often arrive together, and without this a copy written before the next refresh
 * started a group of its own. It also lets bulk ingest refresh rarely. Keyed by the signature's bands, like the index.
 */
final class PendingSignatures {

    private record Pending(long signature, String cluster) {}

    private final Map<String, List<Pending>> byBand = new ConcurrentHashMap<>();

    /** Remembers a written article's signature and group. */
    void add(long signature, String cluster) {
        if (signature == 0L) {
            return;
        }
        for (String band : NearDuplicateSignature.bands(signature)) {
            List<Pending> candidates = byBand.computeIfAbsent(band, b -> new CopyOnWriteArrayList<>());
            if (candidates.size() < NearDuplicateCandidates.MAX_PER_BAND) {
                candidates.add(new Pending(signature, cluster));
            }
        }
    }

    /** The closest pending near-duplicate of {@code signature}, or null. */
    NearDuplicate.@Nullable Match closest(long signature) {
        if (signature == 0L || byBand.isEmpty()) {
            return null;
        }
        NearDuplicate.Match best = null;
        for (String band : NearDuplicateSignature.bands(signature)) {
            for (Pending candidate : byBand.getOrDefault(band, List.of())) {
                int distance = NearDuplicateSignature.distance(signature, candidate.signature());
                if (distance <= NearDuplicateSignature.MAX_DISTANCE && (best == null || distance < best.distance())) {
                    best = new NearDuplicate.Match(candidate.cluster(), distance);
                }
            }
        }
        return best;
    }

    /** Forgets them all, once the searcher sees every written article. */
    void clear() {
        byBand.clear();
    }
}
