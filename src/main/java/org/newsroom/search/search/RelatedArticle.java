package org.newsroom.search.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One related article and why it is related.
 *
 * @param score               the combined relatedness (text, shared entities, date, title), 0..1
 * @param sharedPersons       persons both articles mention, most salient in the source first
 * @param sharedOrganizations organizations both mention
 * @param keyTerms            distinctive words of the source that this article also uses
 * @param daysApart           publication days from the source (negative: before it), or null when either is undated
 */
public record RelatedArticle(
        String id,
        String title,
        @Nullable String published,
        String source,
        double score,
        List<String> sharedPersons,
        List<String> sharedOrganizations,
        List<String> keyTerms,
        @Nullable Long daysApart) {}
