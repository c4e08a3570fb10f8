package org.newsroom.search.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One block of text as a reader sees it (a paragraph, heading, list item or table cell), with the block element that
 * owns it and how much of it is link text.
 *
 * @param owner     the innermost block element around the text
 * @param text      the text, whitespace collapsed, line breaks from {@code <br>} kept
 * @param linkChars characters of the text inside links
 * @param heading   whether the block is a heading
 */
record TextUnit(Element owner, String text, int linkChars, boolean heading) {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "thead", "tbody", "caption", "address", "hr", "details", "summary", "center", "body", "form",
            "fieldset");
    /** How much worse a character of link text is than a character of prose is good; tuned on extraction-dev. */
    static final double NAVIGATION_WEIGHT = 1.5;
    // Compiled once: every text block of every page goes through them.
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u00A0\\r]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\n{2,}");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Characters of an element's text that sit inside links. */
    static int linkedChars(Element element) {
        int linked = 0;
        for (Element link : element.getElementsByTag("a")) {
            linked += link.text().length();
        }
        return linked;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean within(Element container) {
        return isWithin(owner, container);
    }

    /** Whether {@code element} is {@code container} or lies inside it. */
    static boolean isWithin(Element element, Element container) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == container) {
                return true;
            }
        }
        return false;
    }

    /** Positive for prose, negative for navigation-like text, zero for neutral fragments such as headings. */
    double proseValue() {
        int length = text.length();
        double density = linkDensity();
        if (density > 0.5) {
            // Linked headlines of teaser cards: weighed heavily so "related posts" blocks do not pull the
            // container up to the page wrapper on the strength of their excerpts.
            return -length * NAVIGATION_WEIGHT;
        }
        if (heading) {
            return 0;
        }
        char last = text.charAt(length - 1);
        boolean sentence = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '”'
                || last == ')' || last == '…' || last == '。';
        if (length >= 80 && density < 0.3) {
            return length * (1 - density);
        }
        if (length >= 25 && sentence && density < 0.3) {
            return length;
        }
        return density > 0.2 ? -length * density : 0;
    }

    /** Splits the text under {@code root} into blocks, in reading order, without recursion. */
    static List<TextUnit> split(Element root) {
        List<TextUnit> units = new ArrayList<>();
        Deque<Element> blocks = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    String value = textNode.getWholeText();
                    text.append(value);
                    if (inLink[0] > 0) {
                        linkChars[0] += value.strip().length();
                    }
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("a") && !element.attr("href").startsWith("#")) {
                        inLink[0]++;
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush(blocks.isEmpty() ? root : blocks.peek());
                        blocks.push(element);
                    } else if (tag.equals("img")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("a") && !element.attr("href").startsWith("#")) {
                        inLink[0]--;
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush(element);
                        blocks.poll();
                    } else if (tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    }
                }
            }

            private void flush(Element owner) {
                String value = LINE_BREAKS.matcher(SPACE_AROUND_BREAK.matcher(
                        HORIZONTAL_SPACE.matcher(text).replaceAll(" ")).replaceAll("\n")).replaceAll("\n").strip();
                if (!value.isEmpty()) {
                    int links = Math.min(linkChars[0], value.length());
                    units.add(new TextUnit(owner, value, links, HEADINGS.contains(owner.normalName())));
                }
                text.setLength(0);
                linkChars[0] = 0;
            }
        }, root);
        if (!text.isEmpty()) {
            String value = text.toString().strip();
            if (!value.isEmpty()) {
                units.add(new TextUnit(root, value, Math.min(linkChars[0], value.length()), false));
            }
        }
        return units;
    }
}
