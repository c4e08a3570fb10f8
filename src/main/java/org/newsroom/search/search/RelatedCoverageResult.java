package org.newsroom.search.search;

import java.util.List;

/**
 * The editors' view of an article's coverage.
 *
 * @param sameStory other versions of the same story (syndicated copies, updates), oldest first
 * @param related   related stories, most related first
 * @param before    the related stories and versions published before the article, oldest first (a timeline)
 * @param after     those published after it, oldest first
 */
public record RelatedCoverageResult(
        List<RelatedArticle> sameStory, List<RelatedArticle> related, List<RelatedArticle> before,
        List<RelatedArticle> after) {}
