package org.newsroom.search.index;

import org.jspecify.annotations.Nullable;

/** The answer to "which same-story group does this article join", from the visible and the pending articles. */
final class NearDuplicate {

    private NearDuplicate() {}

    /** A candidate's group and its signature's distance in bits. */
    record Match(String cluster, int distance) {}

    /** The closer of two matches (either may be null), the first on a tie. */
    static @Nullable Match closer(@Nullable Match a, @Nullable Match b) {
        if (a == null) {
            return b;
        }
        return b == null || a.distance() <= b.distance() ? a : b;
    }
}
