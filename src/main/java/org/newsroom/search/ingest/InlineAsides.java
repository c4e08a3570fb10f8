package org.newsroom.search.ingest;

import org.jsoup.nodes.Element;

/**
 * An {@code <aside>} set among the article's own paragraphs ("Not all vegetarians are the same." with a paragraph of
 * explanation, "A note on other devices") is a sidebar of the article, written with it; asides elsewhere are the
 * site's furniture. It counts as the article's when its parent holds at least three paragraphs of prose besides it
 * (one of them after it) and the aside itself is a paragraph or more of unlinked prose.
 */
final class InlineAsides {

    private static final int MIN_ASIDE_PROSE = 150;
    private static final int MIN_SIBLING_PARAGRAPH = 80;
    private static final int MIN_SIBLING_PARAGRAPHS = 3;

    private InlineAsides() {
    }

    static boolean isArticleSidebar(Element aside) {
        if (!aside.normalName().equals("aside")) {
            return false;
        }
        Element parent = aside.parent();
        if (parent == null) {
            return false;
        }
        int paragraphs = 0;
        boolean after = false;
        boolean past = false;
        for (Element sibling : parent.children()) {
            if (sibling == aside) {
                past = true;
            } else if (sibling.normalName().equals("p") && sibling.text().length() >= MIN_SIBLING_PARAGRAPH) {
                paragraphs++;
                after |= past;
                if (after && paragraphs >= MIN_SIBLING_PARAGRAPHS) {
                    break;
                }
            }
        }
        // A box after the last paragraph is the site's sign-off ("Go from idea to legendary podcast...").
        if (paragraphs < MIN_SIBLING_PARAGRAPHS || !after) {
            return false;
        }
        int prose = 0;
        int linked = 0;
        for (Element paragraph : aside.getElementsByTag("p")) {
            prose += paragraph.text().length();
            for (Element link : paragraph.getElementsByTag("a")) {
                linked += link.text().length();
            }
        }
        int text = aside.text().length();
        return prose >= MIN_ASIDE_PROSE && prose * 10 >= text * 8 && linked * 10 < prose * 3;
    }
}
