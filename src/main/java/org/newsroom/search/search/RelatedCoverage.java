package org.newsroom.search.search;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds the coverage related to an article or to a draft text. Thread-safe. */
public interface RelatedCoverage {

    /**
     * Same-story versions, related stories and their timeline for an indexed article.
     *
     * @param notBefore only candidates published on or after this day (null: any)
     * @param notAfter  only candidates published on or before this day (null: any)
     * @return empty when no article has this id
     */
    Optional<RelatedCoverageResult> related(String id, int size, @Nullable LocalDate notBefore,
            @Nullable LocalDate notAfter);

    /** The archive coverage related to a text that is not in the archive (an editor's draft). */
    RelatedCoverageResult relatedToText(String title, String text, int size);
}
