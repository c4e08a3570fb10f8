package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's main text in a parsed web page and returns it as plain text: headings on their own lines,
 * paragraphs separated by a blank line. Navigation, share and related-links widgets, comments, cookie and newsletter
 * boxes, ads, teaser grids, promotion boxes, tables of contents and other page furniture are pruned first (by tag,
 * ARIA role, hidden state, class or id words and shape); then the page is cut into text blocks, each block is valued
 * as prose (long, punctuated, few links) or navigation (mostly links), and the element whose blocks add up to the most
 * prose is the article, trimmed to the element inside it that the page marks as the post's body when that holds most of
 * it. Its link-poor blocks, long linked ones and linked ones the text leads into are the text, up to a heading that
 * starts what follows the article ("Read this next", "About the author").
 *
 * <p>Stateless and thread-safe. It modifies the {@link Document} it is given, so callers read metadata first. Every
 * walk over the tree is iterative (jsoup's {@code NodeTraversor} or element lists), so deeply nested pages cannot
 * overflow the stack.
 */
final class HtmlArticleExtractor {

    private static final int MIN_ARTICLE_CHARS = 250;

    /** Extracts the main text; never null, possibly empty for a page with no readable text. */
    String extract(Document document) {
        return extract(document, null);
    }

    /**
     * Extracts the main text, also leaving out the author's bio in the second half of the text when the byline
     * ({@code author}, as read from the page's metadata) is known.
     */
    String extract(Document document, @Nullable String author) {
        Element body = document.body();
        revealStreamedSegments(body);
        String strict = extract(document.clone().body(), true);
        if (strict.length() < MIN_ARTICLE_CHARS) {
            // Class hints sometimes hide the article itself ("post-author-content"); retry without them.
            String lenient = extract(body, false);
            strict = lenient.length() > strict.length() ? lenient : strict;
        }
        return author == null ? strict : AuthorBoxes.dropAuthorBio(strict, author);
    }

    /**
     * Streaming React pages send a placeholder ("Loading paragraph...") inside a {@code <template id="B:n">} boundary
     * and the real content later in a {@code <div hidden id="S:n">}, which a script swaps in. Without scripts the
     * article is a column of placeholders, so the swap is done here: the fallback up to the boundary's closing
     * {@code <!--/$-->} comment is replaced by the segment's children.
     */
    private static void revealStreamedSegments(Element body) {
        // One index of the targets, not a document scan per segment; segments are capped and one that contains its
        // own target is skipped (moving it there would create a cycle): hostile pages must stay linear.
        Map<String, Element> templates = new HashMap<>();
        for (Element template : body.select("template[id^=B:], template[id^=P:]")) {
            templates.putIfAbsent(template.id(), template);
        }
        int revealed = 0;
        for (Element segment : body.select("div[hidden][id^=S:]")) {
            if (revealed++ >= MAX_STREAMED_SEGMENTS) {
                break;
            }
            String n = segment.id().substring(2);
            // Later segments are placed at a bare placeholder, <template id="P:n">, with nothing to replace.
            Element boundary = templates.get("B:" + n);
            Element target = boundary != null ? boundary : templates.get("P:" + n);
            if (target == null || TextUnit.isWithin(target, segment)) {
                continue;
            }
            if (boundary != null) {
                removeFallback(boundary);
            }
            // The nodes themselves move (not a copy), so placeholders of later segments inside them stay findable.
            for (Node child : new ArrayList<>(segment.childNodes())) {
                target.before(child);
            }
            target.remove();
            segment.remove();
        }
    }

    private static final int MAX_STREAMED_SEGMENTS = 500;

    /**
     * Removes the placeholder a streaming boundary shows until its segment arrives: everything up to the boundary's
     * closing {@code <!--/$-->} comment, or, in a saved page whose comments were stripped, only the placeholder
     * element right after it ("Loading paragraph..."), so the rest of the article is not taken along.
     */
    private static void removeFallback(Element boundary) {
        boolean closed = false;
        for (Node next = boundary.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Comment comment && comment.getData().strip().equals("/$")) {
                closed = true;
                break;
            }
        }
        if (!closed) {
            Element placeholder = boundary.nextElementSibling();
            if (placeholder != null && !placeholder.normalName().equals("template")
                    && placeholder.text().length() < 40) {
                placeholder.remove();
            }
            return;
        }
        for (Node next = boundary.nextSibling(); next != null; ) {
            if (next instanceof Comment comment && comment.getData().strip().equals("/$")) {
                break;
            }
            Node following = next.nextSibling();
            next.remove();
            next = following;
        }
    }

    private String extract(Element body, boolean pruneByClass) {
        PageFurniture.prune(body, pruneByClass);
        List<TextUnit> units = TextUnit.split(body);
        Map<Element, Double> sums = ProseContainer.proseSums(body, units);
        Element best = ProseContainer.bestContainer(sums);
        Element content = ProseContainer.wholeArticle(best, body, units);
        Element marked = content == best ? ProseContainer.markedBody(best, sums) : null;
        List<Element> parts = ProseContainer.withProseSiblings(content, body, sums);
        List<TextUnit> inside = new ArrayList<>();
        for (TextUnit unit : units) {
            for (Element part : parts) {
                if (unit.within(part)) {
                    inside.add(unit);
                    break;
                }
            }
        }
        if (marked != null) {
            ProseContainer.trimToBody(inside, marked);
        }
        List<String> paragraphs = new ArrayList<>();
        boolean introducedList = false;
        boolean colonList = false;
        for (int i = 0; i < inside.size(); i++) {
            TextUnit unit = inside.get(i);
            String text = unit.text();
            if (BodyLines.endsTheArticle(unit, i, inside.size())) {
                if (BodyLines.isInlineLinkLine(inside, i) || BodyLines.isInlineBox(inside, i)) {
                    continue;
                }
                break;
            }
            if (text.length() < 40 && BodyLines.FURNITURE_LINE.matcher(text).matches()) {
                continue;
            }
            // Long linked blocks inside the article are usually cited headlines or sources, not menus.
            // So are the linked items of a list the text introduces ("The testers I recommend:", a heading), and a
            // linked line or short list between two paragraphs of prose (a linked sentence, not "Read more: ..."), and
            // a linked heading over a full paragraph (a listicle entry named after the product it links to).
            boolean listItem = unit.owner().normalName().equals("li")
                    || colonList && BodyLines.isLinkedEntry(unit);
            boolean betweenProse = listItem ? BodyLines.isShortListBetweenProse(inside, i)
                    : 0 < i && i + 1 < inside.size() && BodyLines.isProse(inside.get(i - 1))
                            && BodyLines.isProse(inside.get(i + 1))
                            && !BodyLines.LINK_LIST_LEAD.matcher(text).matches();
            boolean headsASection = unit.heading() && i + 1 < inside.size()
                    && BodyLines.headsASection(text, inside.get(i + 1));
            if (unit.linkDensity() <= 0.5 || text.length() >= 100 || listItem && introducedList || betweenProse
                    || headsASection) {
                paragraphs.add(unit.text());
                if (!listItem) {
                    introducedList = BodyLines.introducesAList(text, unit.heading());
                    colonList = introducedList && !unit.heading() && text.endsWith(":");
                }
            } else if (!listItem) {
                introducedList = false;
                colonList = false;
            }
        }
        return String.join("\n\n", AuthorBoxes.dropAuthorBoxes(BodyLines.dropBoilerplate(paragraphs)));
    }
}
