package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the element that holds the article: the one whose text units add up to the most prose, with a bonus for
 * article and main elements, and the sibling blocks of prose a page builder split the same article into; and, inside
 * it, the element the page marks as the post's body, which says where the post starts and ends.
 */
final class ProseContainer {

    /**
     * The element whose text units add up to the most prose: long, punctuated, link-poor blocks count for their
     * length, link lists and fragments against it. An article split over several sections is found whole because
     * their common ancestor sums all of them, while a wrapper that adds link lists or widgets scores less.
     */
    static Map<Element, Double> proseSums(Element body, List<TextUnit> units) {
        // jsoup elements compare by identity; insertion order (document order, innermost first) makes ties between
        // a wrapper and its only scoring child come out the same on every run.
        Map<Element, Double> sums = new LinkedHashMap<>();
        for (TextUnit unit : units) {
            double value = unit.proseValue();
            if (value == 0) {
                continue;
            }
            for (Element e = unit.owner(); e != null; e = e.parent()) {
                sums.merge(e, value, Double::sum);
                if (e == body) {
                    break;
                }
            }
        }
        return sums;
    }

    static Element bestContainer(Map<Element, Double> sums) {
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> entry : sums.entrySet()) {
            double score = entry.getValue() * semanticBonus(entry.getKey());
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static final double MARKED_BODY_SHARE = 0.6;
    /** Class or id words with which publishing systems mark the post's own text ("entry-content", "article-body"). */
    private static final Pattern BODY_HINT = Pattern.compile("(?:entry|post|article|blog|story|news|page)[-_]?"
            + "(?:content|body|text|detail)|articlebody|rich-?text", Pattern.CASE_INSENSITIVE);

    /**
     * The element inside {@code container} that the page marks as the post's body (an {@code <article>}, an
     * {@code itemprop=articleBody} or an "entry-content" class) and that holds at least 60 % of the container's prose,
     * or null. A container chosen by its prose sum also takes in what follows the body (a sales pitch, an author
     * box, teasers with excerpts), and the marked body says where the post ends. The shallowest one is taken: deeper
     * ones are often one of several rich-text blocks of the same article.
     */
    static @Nullable Element markedBody(@Nullable Element container, Map<Element, Double> sums) {
        double total = container == null ? 0 : sums.getOrDefault(container, 0.0);
        if (total <= 0) {
            return null;
        }
        // At most one child can hold more than half of a positive sum, so this follows a single path down.
        for (Element e = container; e != null; ) {
            Element next = null;
            for (Element child : e.children()) {
                if (sums.getOrDefault(child, 0.0) >= MARKED_BODY_SHARE * total) {
                    next = child;
                    break;
                }
            }
            if (next != null && isMarkedBody(next)) {
                return next;
            }
            e = next;
        }
        return null;
    }

    private static final Pattern POST_BODY_CLASS = Pattern.compile("(?:^|\\s)(?:entry|post|article)[-_]?(?:content|body)"
            + "(?:$|\\s)", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code element} lies inside an element whose class names it the post's body ("entry-content",
     * "article-body") or that is marked {@code itemprop=articleBody}; at most 40 levels up.
     */
    static boolean insidePostBody(Element element) {
        int levels = 0;
        for (Element e = element; e != null && levels++ < 40; e = e.parent()) {
            if ("articleBody".equals(e.attr("itemprop")) || POST_BODY_CLASS.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkedBody(Element element) {
        return element.normalName().equals("article") || "articleBody".equals(element.attr("itemprop"))
                || BODY_HINT.matcher(element.className() + " " + element.id()).find();
    }

    private static final int STANDFIRST_MAX_CHARS = 700;

    /**
     * Trims the container's units to the marked {@code body}: what follows it is not the post, and a single paragraph
     * of prose above it is the post's summary (the excerpt or standfirst the site shows under the headline), which
     * readers of the text skip; several paragraphs above it are an introduction and stay.
     */
    static void trimToBody(List<TextUnit> units, Element body) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).within(body)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (last < 0) {
            return;
        }
        units.subList(last + 1, units.size()).clear();
        int prose = -1;
        for (int i = 0; i < first; i++) {
            if (units.get(i).proseValue() > 0) {
                if (prose >= 0) {
                    return;
                }
                prose = i;
            }
        }
        if (prose >= 0 && units.get(prose).text().length() <= STANDFIRST_MAX_CHARS
                && !DATELINE_LEAD.matcher(units.get(prose).text()).lookingAt()) {
            units.remove(prose);
        }
    }

    /** "WASHINGTON - The Senate passed...", "LONDON (Reuters) —": a news lead, the story's own first paragraph. */
    private static final Pattern DATELINE_LEAD = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .,'’-]{2,40}(?:\\([^)]{1,30}\\))?\\s*[-–—]\\s");

    private static final double WHOLE_ARTICLE_SHARE = 2.0;

    /**
     * An article padded with long linked lists (a progress report listing the patches it merged) sums less than one
     * of its link-free sections, which then wins. When the best container lies inside the page's only {@code <article>}
     * and that element holds at least twice the container's prose (counting prose blocks only, not the penalty for
     * links), the whole article is the text.
     */
    static @Nullable Element wholeArticle(@Nullable Element content, Element body, List<TextUnit> units) {
        if (content == null || content.normalName().equals("article")) {
            return content;
        }
        org.jsoup.select.Elements articles = body.getElementsByTag("article");
        if (articles.size() != 1) {
            return content;
        }
        Element article = articles.first();
        if (content.closest("article") != article) {
            return content;
        }
        double inContent = 0;
        double inArticle = 0;
        for (TextUnit unit : units) {
            double value = unit.proseValue();
            if (value <= 0 || !unit.within(article)) {
                continue;
            }
            inArticle += value;
            if (unit.within(content)) {
                inContent += value;
            }
        }
        return inArticle >= WHOLE_ARTICLE_SHARE * inContent ? article : content;
    }

    /**
     * Page builders cut one article into sibling blocks and put a link list (a city index, a tag cloud) between
     * them, so the common parent scores less than the best block. The best block's siblings (above its wrappers
     * that have no other child) that hold prose of their own, without link lists, are part of the article too.
     */
    static List<Element> withProseSiblings(@Nullable Element content, Element body, Map<Element, Double> sums) {
        if (content == null) {
            return List.of(body);
        }
        Element top = content;
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        Element parent = top.parent();
        if (top == body || parent == null) {
            return List.of(content);
        }
        double best = sums.getOrDefault(content, 0.0);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(content);
                continue;
            }
            double value = sums.getOrDefault(sibling, 0.0);
            if (value >= SIBLING_SHARE * best && value > 0 && !hasLinkList(sibling, sums)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static final double SIBLING_SHARE = 0.25;

    private static boolean hasLinkList(Element element, Map<Element, Double> sums) {
        for (Element e : element.getAllElements()) {
            if (sums.getOrDefault(e, 0.0) < -200) {
                return true;
            }
        }
        return false;
    }

    private static double semanticBonus(Element element) {
        String tag = element.normalName();
        if (tag.equals("article") || "articleBody".equals(element.attr("itemprop"))) {
            return 1.15;
        }
        if (tag.equals("main")) {
            return 1.05;
        }
        return 1;
    }
}
