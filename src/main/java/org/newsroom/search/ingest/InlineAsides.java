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
        // Only the paragraphs next to it count, so a page of thousands of asides is not scanned once per aside.
        int index = aside.elementSiblingIndex();
        int after = paragraphsNear(parent, index, 1);
        // A box after the last paragraph is the site's sign-off ("Go from idea to legendary podcast...").
        if (after == 0 || after + paragraphsNear(parent, index, -1) < MIN_SIBLING_PARAGRAPHS) {
            return false;
        }
        int prose = 0;
        int linked = 0;
        for (Element paragraph : aside.getElementsByTag("p")) {
            prose += paragraph.text().length();
            linked += TextUnit.linkedChars(paragraph);
        }
        int text = aside.text().length();
        return prose >= MIN_ASIDE_PROSE && prose * 10 >= text * 8 && linked * 10 < prose * 3;
    }

    /** Siblings looked at on each side of the aside. */
    private static final int WINDOW = 12;

    /** Prose paragraphs among the {@link #WINDOW} siblings on one side ({@code step} 1: after, -1: before), up to 3. */
    private static int paragraphsNear(Element parent, int index, int step) {
        int count = 0;
        int children = parent.childrenSize();
        for (int i = index + step, seen = 0; i >= 0 && i < children && seen < WINDOW
                && count < MIN_SIBLING_PARAGRAPHS; i += step, seen++) {
            Element sibling = parent.child(i);
            if (sibling.normalName().equals("p") && sibling.text().length() >= MIN_SIBLING_PARAGRAPH) {
                count++;
            }
        }
        return count;
    }
}
