package org.newsroom.search.ingest;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Accordion panels found by their toggle: a hidden block right after the heading or button that opens it (one
 * carrying {@code aria-expanded}), as in "What to consider ▸ Weight" with the paragraphs on weight folded away. The
 * reader opens them; their text is part of the article, unlike a hidden menu or table of contents (mostly links).
 */
final class CollapsedPanels {

    /** Bounds the work on hostile pages with thousands of toggles. */
    private static final int MAX_TOGGLES = 500;

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
            if (seen++ >= MAX_TOGGLES) {
                break;
            }
            // The toggle is often wrapped (a button inside an h3): climb a few levels to the panel's sibling.
            Element header = toggle;
            for (int level = 0; level < 3 && header != null && header != body; level++) {
                Element next = header.nextElementSibling();
                if (next != null) {
                    if (isHidden(next) && !mostlyLinks(next)) {
                        panels.add(next);
                        if (toggle.normalName().equals("button")) {
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

    /** A folded menu or table of contents is links; a panel of the article is text. */
    static boolean mostlyLinks(Element panel) {
        int text = panel.text().length();
        int linked = 0;
        for (Element link : panel.getElementsByTag("a")) {
            linked += link.text().length();
        }
        return text == 0 || linked * 2 >= text;
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none");
    }
}
