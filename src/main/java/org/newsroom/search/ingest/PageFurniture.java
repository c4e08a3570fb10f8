package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Prunes the page furniture out of a page's body before its text is valued: elements that are never article text,
 * hidden ones that hold little prose, teaser-card grids, promotion boxes, tables of contents and (optionally)
 * elements whose class or id words name furniture. Furniture left in would add link lists and teasers to the
 * container chosen as the article, or repeat its headings.
 */
final class PageFurniture {

    // Code listings (pre) stay: annotators keep them as part of technical articles. Figure captions are left out
    // (figcaption): photo descriptions and credits ("Picture: Getty") that readers of the text do not read as it.
    private static final String ALWAYS_DROP = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, nav, footer, dialog, menu, link, meta, figcaption, "
            + "[role=navigation], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu]";
    /**
     * Usually furniture, but page builders put whole articles in {@code <header>} sections, and streaming React pages
     * park the article in a hidden element until a script moves it: these go only when they hold little prose. An
     * unclosed {@code <aside>} (a banner left open) swallows the whole page, so asides are judged the same way.
     * {@code data-nosnippet} is how publishers tell search engines that a block is not the page's text (a "Related"
     * card between paragraphs, a rating widget); it also goes unless it holds the prose.
     */
    private static final String DROP_UNLESS_PROSE = "header, aside, [role=banner], [hidden], [aria-hidden=true], [data-nosnippet]";
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    /** Class or id words of page furniture; matched at the start of a word so "comments" and "share-bar" count. */
    private static final Pattern UNLIKELY = Pattern.compile("(?:^|[\\s_-])(?:comment|cookie|consent|gdpr|newsletter"
            + "|subscri|signup|sign-up|share|sharing|social|related|recommend|most-?read|mostpopular|popular|trending"
            + "|promo|advert|sponsor|sidebar|breadcrumb|banner|popup|modal|overlay|footer|masthead|menu|navbar"
            + "|navigation"
            + "|pagination|pager|author-?bio|about-?the-?author|tag-?list|tags|outbrain|taboola|disqus|skip-link"
            + "|toolbar|rating|read-?more|more-?stories|paywall|byline|post-?meta|entry-?meta|article-?meta|dateline"
            + "|author|print|visually-?hidden|sr-only|screen-reader|caption"
            + "|credit|breaking|ticker|alert|disclaimer|affiliate|next-?post|prev-?post|post-?nav|newsletter|error)"
            + "|(?:^|[\\s_-])(?:ad|ads|nav|cta|rss|share|meta|tag)(?:$|[\\s_-])|(?:^|\\s)widget(?:$|[\\s_])");
    private static final Pattern LIKELY = Pattern.compile("(?:^|[\\s_-])(?:article|body|content|entry|main|post|text"
            + "|story|prose|blog|rich-?text)", Pattern.CASE_INSENSITIVE);

    static void prune(Element body, boolean pruneByClass) {
        // Taken before the buttons go: an accordion's toggles are buttons or headings just above their panels.
        Set<Element> togglePanels = CollapsedPanels.unfold(body);
        body.select(ALWAYS_DROP).remove();
        Set<String> toggled = toggledIds(body);
        body.select("h1").remove();
        Map<Element, Integer> prose = proseLengths(body);
        int pageProse = prose.getOrDefault(body, 0);
        List<Element> hidden = new ArrayList<>();
        int panelChecks = 0;
        for (Element element : body.select(DROP_UNLESS_PROSE)) {
            boolean hiddenOnly = !element.normalName().equals("header") && !element.normalName().equals("aside")
                    && !element.hasAttr("data-nosnippet") && !element.attr("role").equals("banner");
            if (InlineAsides.isArticleSidebar(element) && !isHiddenAttr(element)) {
                continue;
            }
            // Each check measures the panel's text: a hostile page of nested panels gets a bounded number of them.
            if (!hiddenOnly || !(togglePanels.contains(element) || isCollapsedPanel(element, toggled))
                    || panelChecks++ >= CollapsedPanels.MAX_PANELS || !CollapsedPanels.isArticleText(element)) {
                hidden.add(element);
            }
        }
        for (Element element : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find() && !isCollapsedPanel(element, toggled)
                    && !togglePanels.contains(element)) {
                hidden.add(element);
            }
        }
        for (Element element : hidden) {
            if (!holdsTheProse(prose.getOrDefault(element, 0), pageProse)) {
                element.remove();
            }
        }
        dropTeaserCards(body, pageProse);
        dropPromoBoxes(body);
        dropFormBoxes(body, prose, pageProse);
        dropTablesOfContents(body);
        if (!pruneByClass) {
            return;
        }
        List<Element> unlikely = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
                continue;
            }
            // A heading's id is usually its anchor, made from its words ("error-handling", "related-work").
            String hint = HEADINGS.contains(tag) ? element.className().toLowerCase(Locale.ROOT).strip()
                    : classAndId(element);
            boolean form = tag.equals("form");
            if (!form && (hint.isEmpty() || !UNLIKELY.matcher(hint).find())) {
                continue;
            }
            if (!form && LIKELY.matcher(hint).find() && !hint.contains("comment")) {
                continue;
            }
            // A wrapper named for a sidebar layout may still hold the article; keep anything that does.
            if (!element.select("article, main, [itemprop=articleBody]").isEmpty()) {
                continue;
            }
            // Nor one that holds most of the page's prose, whatever its class says (page builders name every
            // wrapper "widget" or "meta-something").
            if (holdsTheProse(prose.getOrDefault(element, 0), pageProse)) {
                continue;
            }
            // Syntax highlighters name the spans of a code listing "hljs-comment", "token tag": words, not furniture.
            if (element.closest("pre, code") != null) {
                continue;
            }
            unlikely.add(element);
        }
        unlikely.forEach(Element::remove);
    }

    private static final int FORM_BOX_EXTRA_CHARS = 200;
    private static final int MAX_FORM_BOX_LEVELS = 12;
    private static final int MAX_FORM_BOXES = 50;
    /** A box that would take a paragraph of prose with its form is the article's block, not the form's. */
    private static final int FORM_BOX_MAX_PROSE = 100;

    /**
     * Sign-up, contact and download forms come with a heading and a line of text around them ("Fill out the form to
     * get a copy of our ebook"): the form's box, the largest block around a form that adds under 200 characters to
     * it, goes with the form. A form that holds the article's prose (some page builders wrap the whole page in one)
     * stays.
     */
    private static void dropFormBoxes(Element body, Map<Element, Integer> prose, int pageProse) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        ToIntFunction<Element> length = e -> lengths.computeIfAbsent(e, x -> x.text().length());
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        int seen = 0;
        for (Element form : body.getElementsByTag("form")) {
            // Capped like the climb: a hostile page of nested forms would measure long chains once per form.
            if (seen++ >= MAX_FORM_BOXES) {
                break;
            }
            if (holdsTheProse(prose.getOrDefault(form, 0), pageProse)) {
                continue;
            }
            int own = length.applyAsInt(form);
            Element box = form;
            // The climb is capped: on a deeply nested hostile page each level would measure the whole chain again.
            int levels = 0;
            for (Element up = form.parent(); up != null && up != body && levels++ < MAX_FORM_BOX_LEVELS
                    && !up.normalName().equals("article") && !up.normalName().equals("main")
                    && prose.getOrDefault(up, 0) - prose.getOrDefault(form, 0) < FORM_BOX_MAX_PROSE
                    && length.applyAsInt(up) - own < FORM_BOX_EXTRA_CHARS; up = up.parent()) {
                box = up;
            }
            boxes.add(box);
        }
        boxes.forEach(Element::remove);
    }

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final String BUTTON_LINK = "a[class~=(?i)(?:^|[\\s_-])(?:btn|button|cta)(?:$|[\\s_-])]";
    private static final int PROMO_MAX_CHARS = 600;

    /**
     * Promotion boxes in and after the article ("Talk to a sales specialist... [Book a demo]", "Unlock this article
     * [Subscribe]"): the largest block of under 600 characters around a button-styled link, when it says more than
     * the button. A button style used three or more times marks a product list or teaser grid (a listicle's "Buy now"
     * or "Get a quote" under every entry), whose items are left to the other rules; so are single items of a list.
     */
    private static void dropPromoBoxes(Element body) {
        Elements buttons = body.select(BUTTON_LINK);
        Map<String, Integer> styles = new HashMap<>();
        for (Element button : buttons) {
            styles.merge(button.className(), 1, Integer::sum);
        }
        // Text lengths and sibling kinds are computed once per element: with many buttons, asking each ancestor
        // again made a hostile page quadratic.
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        ToIntFunction<Element> length = e -> lengths.computeIfAbsent(e, x -> x.text().length());
        Map<Element, Map<String, Integer>> kinds = new IdentityHashMap<>();
        int pageLength = length.applyAsInt(body);
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element button : buttons) {
            if (styles.get(button.className()) >= 3) {
                continue;
            }
            Element box = button.parent();
            if (box == null || box == body || length.applyAsInt(box) >= PROMO_MAX_CHARS) {
                continue;
            }
            for (Element up = box.parent(); up != null && up != body && !up.normalName().equals("article")
                    && length.applyAsInt(up) < PROMO_MAX_CHARS; up = up.parent()) {
                box = up;
            }
            // On a short page (a wire brief) the climb can reach the block that holds the story itself.
            boolean holdsThePage = length.applyAsInt(box) * 10 > pageLength * 4;
            if (!holdsThePage && length.applyAsInt(box) >= button.text().length() + 40 && !isListItem(box, kinds)) {
                boxes.add(box);
            }
        }
        boxes.forEach(Element::remove);
    }

    /** Whether {@code element} is one of three or more siblings of the same tag and first class. */
    private static boolean isListItem(Element element, Map<Element, Map<String, Integer>> kinds) {
        Element parent = element.parent();
        if (parent == null) {
            return false;
        }
        Map<String, Integer> counts = kinds.computeIfAbsent(parent, p -> {
            Map<String, Integer> byKind = new HashMap<>();
            for (Element sibling : p.children()) {
                byKind.merge(kind(sibling), 1, Integer::sum);
            }
            return byKind;
        });
        return counts.getOrDefault(kind(element), 0) >= 3;
    }

    private static String kind(Element element) {
        return element.normalName() + "." + element.className().strip().split("\\s+")[0];
    }

    /**
     * A table of contents: a list of three or more items that are (nearly all) links to anchors on the same page.
     * Its entries repeat the article's headings, so keeping it only adds the headings twice. Anchor links do not
     * count as links when blocks are valued (footnote marks are anchors too), so link density does not catch it.
     */
    private static void dropTablesOfContents(Element body) {
        List<Element> tables = new ArrayList<>();
        for (Element list : body.select("ul, ol")) {
            Elements items = list.children();
            if (items.size() < 3) {
                continue;
            }
            int anchors = 0;
            Set<String> pages = new HashSet<>();
            for (Element item : items) {
                int text = item.text().length();
                int linked = 0;
                for (Element link : item.select("a[href*=#]")) {
                    String href = link.attr("href");
                    pages.add(href.substring(0, href.indexOf('#')));
                    linked += link.text().length();
                }
                if (text > 0 && linked * 10 >= text * 8) {
                    anchors++;
                }
            }
            // Anchors on one page: "#step-1", or the page's own address with a fragment.
            if (anchors * 10 >= items.size() * 8 && pages.size() == 1) {
                tables.add(list);
            }
        }
        tables.forEach(Element::remove);
    }

    private static boolean isHiddenAttr(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true");
    }

    /** Hidden by attribute or by an inline style ("display: none", "visibility:hidden"). */
    static boolean isHidden(Element element) {
        return isHiddenAttr(element) || HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    /** Ids that a button or link opens and closes ({@code aria-controls}): accordion and tab panels. */
    private static Set<String> toggledIds(Element body) {
        Set<String> ids = new HashSet<>();
        for (Element toggle : body.select("[aria-controls]")) {
            for (String id : toggle.attr("aria-controls").strip().split("\\s+")) {
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * A collapsed accordion or tab panel ("1. Understand your bill" with its steps folded away) is hidden only until
     * the reader opens it: its text is part of the article, unlike a hidden menu or pop-up.
     */
    private static boolean isCollapsedPanel(Element element, Set<String> toggled) {
        String role = element.attr("role");
        return role.equals("region") || role.equals("tabpanel") || element.hasAttr("aria-labelledby")
                || !element.id().isEmpty() && toggled.contains(element.id());
    }

    /**
     * Teaser grids ("Latest news", "Read this next"): three or more sibling cards built alike (same tag and first
     * class), each a short text with a linked title (a heading or "title" element around a link, or the same link on
     * the picture and the title) pointing somewhere else than the other cards. Their excerpts read like prose, so
     * link density alone does not catch them. The cards go; long items (a listicle's entries) stay.
     */
    private static void dropTeaserCards(Element body, int pageProse) {
        List<Element> teasers = new ArrayList<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < 3) {
                continue;
            }
            Map<String, List<Element>> groups = new HashMap<>();
            for (Element child : parent.children()) {
                String first = child.className().strip().split("\\s+")[0];
                groups.computeIfAbsent(child.normalName() + "." + first, k -> new ArrayList<>()).add(child);
            }
            for (List<Element> group : groups.values()) {
                if (group.size() < 3) {
                    continue;
                }
                List<Element> cards = new ArrayList<>();
                Set<String> targets = new HashSet<>();
                for (Element member : group) {
                    String target = teaserTarget(member);
                    if (target != null && targets.add(target)) {
                        cards.add(member);
                    }
                }
                int cardText = 0;
                boolean allDated = true;
                for (Element card : cards) {
                    cardText += card.text().length();
                    allDated &= isDated(card);
                }
                // A list article's entries are most of the page's text; teasers for other posts are a side show. Cards
                // that each carry a publication date are posts even at a larger share (a short article's "From the
                // blog" carousel), unless they outweigh the page's paragraphs (a list of events is the page). Undated
                // cards inside the element marked as the post's body are the post's own entries (a roundup).
                if (cards.size() >= 3 && cards.size() * 3 >= group.size() * 2
                        && (allDated || !ProseContainer.insidePostBody(parent))
                        && cardText * 10 < pageProse * (allDated ? 10 : 6)) {
                    teasers.addAll(cards);
                }
            }
        }
        teasers.forEach(Element::remove);
    }

    private static final Pattern TITLE_HINT = Pattern.compile("(?:^|[\\s_-])(?:title|headline)", Pattern.CASE_INSENSITIVE);
    private static final int TEASER_MAX_CHARS = 700;

    /** The link a teaser card leads to, or null when {@code member} is not shaped like one. */
    private static @Nullable String teaserTarget(Element member) {
        if (member.text().length() > TEASER_MAX_CHARS) {
            return null;
        }
        Elements links = member.select("a[href]");
        if (links.isEmpty() || links.size() > 6 || !hasPostMarkers(member)) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Element link : links) {
            String href = link.attr("href");
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:")) {
                continue;
            }
            Element title = link.closest("h2, h3, h4, h5, h6");
            if (title == null) {
                for (Element e = link; e != null && e != member; e = e.parent()) {
                    if (TITLE_HINT.matcher(e.className()).find()) {
                        title = e;
                        break;
                    }
                }
            }
            // The title must lie inside the card: a heading wrapping the whole grid is no card's title.
            if (title != null && title != member && TextUnit.isWithin(title, member)) {
                return href;
            }
            if (seen.merge(href, 1, Integer::sum) >= 2) {
                return href;
            }
        }
        return null;
    }

    private static final Pattern POST_MARKER_CLASS = Pattern.compile("(?:^|[\\s_-])(?:date|time|meta|categor"
            + "|byline|author|read-?more|post-?info)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_MORE = Pattern.compile("(?i)(?:read|learn) more|continue reading|read (?:the )?"
            + "(?:full )?(?:story|article|post)");

    /**
     * What sets a card for another post apart from an item of a list article: the post's date, category, author or
     * excerpt labels, or a "Read more" link.
     */
    private static boolean hasPostMarkers(Element member) {
        if (!member.select("time").isEmpty()) {
            return true;
        }
        for (Element e : member.getAllElements()) {
            if (e != member && POST_MARKER_CLASS.matcher(e.className()).find()) {
                return true;
            }
            String own = e.ownText();
            if (own.length() < 40 && !own.isBlank()
                    && (e.normalName().equals("a") && READ_MORE.matcher(own).find() || DateParser.parseHuman(own) != null
                    && own.matches("(?s).*\\p{L}.*") && BodyLines.isDateline(own))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DATE_CLASS = Pattern.compile("(?:^|[\\s_-])(?:date|time|published)",
            Pattern.CASE_INSENSITIVE);

    /** Whether a card shows when its post was published: a time element, a date-named element or a dateline. */
    private static boolean isDated(Element card) {
        if (!card.select("time").isEmpty()) {
            return true;
        }
        for (Element e : card.getAllElements()) {
            if (e == card) {
                continue;
            }
            String own = e.ownText();
            if (DATE_CLASS.matcher(e.className()).find() && !own.isBlank()
                    || own.length() < 40 && own.matches("(?s).*\\p{L}.*") && BodyLines.isDateline(own)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsTheProse(int prose, int pageProse) {
        return prose > 400 && prose * 10 > pageProse * 4;
    }

    /** Characters of paragraph text under each element, computed in one pass over the paragraphs. */
    private static Map<Element, Integer> proseLengths(Element body) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (Element paragraph : body.getElementsByTag("p")) {
            int length = paragraph.text().length();
            for (Element e = paragraph; e != null; e = e.parent()) {
                lengths.merge(e, length, Integer::sum);
                if (e == body) {
                    break;
                }
            }
        }
        return lengths;
    }

    private static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
    }
}
