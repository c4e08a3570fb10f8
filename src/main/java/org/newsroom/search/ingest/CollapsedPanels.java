package org.newsroom.search.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Accordion panels found by their toggle: a hidden block right after the heading or button that opens it (one
 * carrying {@code aria-expanded}), as in "What to consider ▸ Weight" with the paragraphs on weight folded away. The
 * reader opens them; their text is part of the article, unlike a hidden menu or table of contents (mostly links).
 */
final class CollapsedPanels {

    /** Bounds the work on hostile pages with thousands of toggles or nested panels: each is measured. */
    static final int MAX_PANELS = 50;

    /** A consent or privacy dialog folds its settings away like an accordion: never the article's. */
    private static final Pattern CONSENT = Pattern.compile("cookie|consent|gdpr|privacy", Pattern.CASE_INSENSITIVE);
    /** A consent dialog's own words ("These cookies are necessary"), not a recipe's cookies. */
    private static final Pattern CONSENT_TEXT = Pattern.compile("we use cookies|(?:these|necessary|strictly necessary"
            + "|performance|functional|targeting|analytics) cookies|cookie (?:policy|settings|preferences)"
            + "|(?:manage|your) consent|gdpr", Pattern.CASE_INSENSITIVE);

    /** Toggle labels that only open or close ("Show full transcript"): no heading of the panel. */
    private static final Pattern OPEN_CLOSE_LABEL = Pattern.compile(
            "^(?:show|hide|expand|collapse|view|see|read|open|close|more|less)\\b", Pattern.CASE_INSENSITIVE);

    private CollapsedPanels() {
    }

    /**
     * The elements directly following a toggle (or an element holding one) that are hidden until it is pressed. A
     * toggle that is a button is unwrapped, since buttons are dropped as furniture: its label ("Which is the best
     * EV?") is the panel's heading.
     */
    static Set<Element> unfold(Element body) {
        Set<Element> panels = Collections.newSetFromMap(new IdentityHashMap<>());
        int seen = 0;
        for (Element toggle : body.select("[aria-expanded=false]")) {
            if (seen++ >= MAX_PANELS) {
                break;
            }
            // The toggle is often wrapped (a button inside an h3): climb a few levels to the panel's sibling.
            Element header = toggle;
            for (int level = 0; level < 3 && header != null && header != body; level++) {
                Element next = header.nextElementSibling();
                if (next != null) {
                    if (PageFurniture.isHidden(next) && isArticleText(next)) {
                        panels.add(next);
                        if (toggle.normalName().equals("button")
                                && !OPEN_CLOSE_LABEL.matcher(toggle.text().strip()).find()) {
                            toggle.unwrap();
                        }
                    }
                    break;
                }
                header = header.parent();
            }
        }
        return panels;
    }

    /**
     * A folded menu or table of contents is links, and a cookie dialog's settings are the site's; a panel of the
     * article is text.
     */
    static boolean isArticleText(Element panel) {
        if (CONSENT.matcher(panel.className() + " " + panel.id()).find()) {
            return false;
        }
        Element parent = panel.parent();
        if (parent != null && CONSENT.matcher(parent.className() + " " + parent.id()).find()) {
            return false;
        }
        String text = panel.text();
        if (text.isEmpty() || text.length() < 2_000 && CONSENT_TEXT.matcher(text).find()) {
            return false;
        }
        return TextUnit.linkedChars(panel) * 2 < text.length();
    }
}
