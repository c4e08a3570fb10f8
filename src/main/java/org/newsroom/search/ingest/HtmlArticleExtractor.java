package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's main text in a parsed web page and returns it as plain text: headings on their own lines,
 * paragraphs separated by a blank line. Navigation, share and related-links widgets, comments, cookie and newsletter
 * boxes, ads and other page furniture are pruned first; the remaining blocks are scored by how much plain prose they
 * hold (text length, commas, link density, class and id hints) and the best container plus its related siblings wins.
 *
 * <p>Stateless and thread-safe. It modifies the {@link Document} it is given, so callers read metadata first. Every walk
 * over the tree is iterative (jsoup's {@link NodeTraversor} or element lists), so deeply nested pages cannot overflow
 * the stack.
 */
final class HtmlArticleExtractor {

    private static final String ALWAYS_DROP = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "button, input, select, textarea, nav, aside, footer, header, dialog, menu, link, meta, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [role=search], [role=menu]";
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    /** Class or id words of page furniture; matched at the start of a word so "comments" and "share-bar" count. */
    private static final Pattern UNLIKELY = Pattern.compile("(?:^|[\\s_-])(?:comment|cookie|consent|gdpr|newsletter"
            + "|subscri|signup|sign-up|share|sharing|social|related|recommend|most-?read|mostpopular|popular|trending"
            + "|promo|advert|sponsor|sidebar|breadcrumb|banner|popup|modal|overlay|footer|masthead|menu|navbar|navigation"
            + "|pagination|pager|author-?bio|about-?the-?author|tag-?list|tags|widget|outbrain|taboola|disqus|skip-link"
            + "|toolbar|rating|read-?more|more-?stories|paywall|byline|post-?meta|entry-?meta|article-?meta|dateline"
            + "|author|jump|toc|table-of-contents|print|hidden|visually-?hidden|sr-only|screen-reader|caption-credit"
            + "|credit|breaking|ticker|alert|disclaimer|affiliate|next-?post|prev-?post|post-?nav|newsletter)"
            + "|(?:^|[\\s_-])(?:ad|ads|nav|cta|rss|share|meta|tag)(?:$|[\\s_-])");
    private static final Pattern LIKELY = Pattern.compile("(?:^|[\\s_-])(?:article|body|content|entry|main|post|text"
            + "|story|prose|blog|rich-?text)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|post|text"
            + "|blog|story|prose", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$|banner|combx|comment|com-|contact"
            + "|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
            + "|sponsor|shopping|tags|widget|cookie|newsletter|subscribe", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "dd", "h2", "h3",
            "h4");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
            "tr", "td", "th", "thead", "tbody", "caption", "address", "hr", "details", "summary", "center", "body");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("^(?:share( this)?( article| story| post)?"
            + "|share on \\w+|tweet|email|print|advertisement|sponsored|related( articles?| posts?| stories)?"
            + "|read more|see also|you may also like|you might also like|more from .{0,40}|leave a (comment|reply)"
            + "|comments?|\\d+ comments?|follow us( on .{0,30})?|sign up.{0,80}|subscribe.{0,80}|tags?:.*|filed under:?.*"
            + "|posted in:?.*|categories?:.*|skip to (main )?content|back to top|loading\\.*|click here.{0,60}"
            + "|photo:.{0,100}|image:.{0,100}|credit:.{0,100}|(photo|image) credit:?.{0,100}|getty images|"
            + "copyright ©.*|© .{0,100}|all rights reserved.*)$", Pattern.CASE_INSENSITIVE);
    private static final int MIN_ARTICLE_CHARS = 250;

    /** Extracts the main text; never null, possibly empty for a page with no readable text. */
    String extract(Document document) {
        Element body = document.body();
        String strict = extract(document.clone().body(), true);
        if (strict.length() >= MIN_ARTICLE_CHARS) {
            return strict;
        }
        // Class hints sometimes hide the article itself ("post-author-content"); retry without them.
        String lenient = extract(body, false);
        return lenient.length() > strict.length() ? lenient : strict;
    }

    private String extract(Element body, boolean pruneByClass) {
        prune(body, pruneByClass);
        List<Element> content = selectContent(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element element : content) {
            cleanConditionally(element);
            toParagraphs(element, paragraphs);
        }
        return String.join("\n\n", dropBoilerplate(paragraphs));
    }

    private static void prune(Element body, boolean pruneByClass) {
        body.select(ALWAYS_DROP).remove();
        body.select("h1").remove();
        for (Element element : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                element.remove();
            }
        }
        if (!pruneByClass) {
            return;
        }
        List<Element> unlikely = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
                continue;
            }
            String hint = classAndId(element);
            if (hint.isEmpty() || !UNLIKELY.matcher(hint).find()) {
                continue;
            }
            if (LIKELY.matcher(hint).find() && !hint.contains("comment")) {
                continue;
            }
            // A wrapper named for a sidebar layout may still hold the article; keep anything that does.
            if (!element.select("article, main, [itemprop=articleBody]").isEmpty()) {
                continue;
            }
            unlikely.add(element);
        }
        unlikely.forEach(Element::remove);
    }

    private static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** Readability-style scoring: each paragraph credits its parent fully and its grandparent by half. */
    private static List<Element> selectContent(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraphLike(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; ancestor != null && level < 3; level++) {
                scores.merge(ancestor, score / (level == 0 ? 1 : level * 2.0), Double::sum);
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = (entry.getValue() + initialScore(candidate)) * (1 - linkDensity(candidate));
            finalScores.put(candidate, score);
            if (score > topScore) {
                topScore = score;
                top = candidate;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        // Climb while the parent holds clearly more prose: articles split into several sibling sections.
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body")
                && finalScores.getOrDefault(parent, 0.0) > topScore * 0.75 && parent.text().length()
                < top.text().length() * 3) {
            top = parent;
            topScore = Math.max(topScore, finalScores.get(parent));
            parent = top.parent();
        }
        Element container = top.parent();
        if (container == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> content = new ArrayList<>();
        for (Element sibling : container.children()) {
            if (sibling == top) {
                content.add(sibling);
                continue;
            }
            double bonus = sibling.className().equals(top.className()) && !top.className().isEmpty()
                    ? topScore * 0.2 : 0;
            Double score = finalScores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                content.add(sibling);
            } else if (sibling.normalName().equals("p") || isParagraphLike(sibling)) {
                String text = sibling.text();
                double density = linkDensity(sibling);
                if (text.length() > 80 && density < 0.25
                        || text.length() > 0 && density == 0 && text.matches("(?s).*\\.( |$).*")) {
                    content.add(sibling);
                }
            }
        }
        return content;
    }

    private static boolean isParagraphLike(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_TAGS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section") && !tag.equals("span")) {
            return false;
        }
        // A div with only inline content is a paragraph written without <p> tags.
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return false;
            }
        }
        return !element.ownText().isBlank();
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "article" -> 10;
            case "main", "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (element.hasAttr("itemprop") && element.attr("itemprop").equals("articleBody")) {
            score += 30;
        }
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String hint : new String[] {element.className(), element.id()}) {
            if (hint.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    private static int countCommas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return commas;
    }

    static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            // In-page anchors (footnotes, tables of contents) are part of the text, not navigation.
            links += href.startsWith("#") ? link.text().length() / 5 : link.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** Removes link lists, image galleries and widgets left inside the chosen content. */
    private static void cleanConditionally(Element content) {
        Elements candidates = content.select("div, section, ul, ol, table, form, figure");
        // Innermost first, so a wrapper is judged on what is left after its children were cleaned.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element element = candidates.get(i);
            if (element == content || element.parent() == null) {
                continue;
            }
            String text = element.text();
            double density = linkDensity(element);
            double weight = classWeight(element);
            int paragraphs = element.getElementsByTag("p").size();
            int images = element.getElementsByTag("img").size();
            boolean list = element.normalName().equals("ul") || element.normalName().equals("ol");
            if (text.isBlank() && element.select("img, picture, video").isEmpty()) {
                element.remove();
            } else if (weight < 0 && text.length() < 1000) {
                element.remove();
            } else if (density > 0.5 && (list || text.length() < 2000)) {
                element.remove();
            } else if (!list && density > 0.25 && weight <= 0 && text.length() < 200) {
                element.remove();
            } else if (!list && images > 2 && paragraphs * 2 < images && text.length() < 200) {
                element.remove();
            }
        }
    }

    private static void toParagraphs(Element root, List<String> out) {
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    line.append(textNode.getWholeText());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        line.append('\n');
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush(line, out);
                    } else if (tag.equals("img") || tag.equals("wbr")) {
                        line.append(tag.equals("img") ? " " : "");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(line, out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        line.append(' ');
                    }
                }
            }
        }, root);
        flush(line, out);
    }

    private static void flush(StringBuilder line, List<String> out) {
        String text = line.toString().replaceAll("[ \\t\\u00A0\\r]+", " ").replaceAll(" ?\\n ?", "\n").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static List<String> dropBoilerplate(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        Set<String> seen = new HashSet<>();
        @Nullable String previous = null;
        for (String paragraph : paragraphs) {
            if (paragraph.length() < 120 && BOILERPLATE_LINE.matcher(paragraph).matches()) {
                continue;
            }
            // Repeated short blocks are widget residue ("Share", "Read more"); repeated long ones are duplicates.
            if (paragraph.equals(previous) || paragraph.length() > 20 && !seen.add(paragraph)) {
                continue;
            }
            kept.add(paragraph);
            previous = paragraph;
        }
        return kept;
    }
}
