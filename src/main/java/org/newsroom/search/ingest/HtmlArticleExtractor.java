package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article's main text in a parsed web page and returns it as plain text: headings on their own lines,
 * paragraphs separated by a blank line. Navigation, share and related-links widgets, comments, cookie and newsletter
 * boxes, ads, teaser grids, promotion boxes, tables of contents and other page furniture are pruned first (by tag,
 * ARIA role, hidden state, class or id words and shape); then the page is cut into text blocks, each block is valued
 * as prose (long, punctuated, few links) or navigation (mostly links), and the element whose blocks add up to the most
 * prose is the article. Its link-poor blocks, long linked ones and linked ones the text leads into are the text, up
 * to a heading that starts what follows the article ("Read this next", "About the author").
 *
 * <p>Stateless and thread-safe. It modifies the {@link Document} it is given, so callers read metadata first. Every
 * walk over the tree is iterative (jsoup's {@code NodeTraversor} or element lists), so deeply nested pages cannot
 * overflow the stack.
 */
final class HtmlArticleExtractor {

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
     */
    private static final String DROP_UNLESS_PROSE = "header, aside, [role=banner], [hidden], [aria-hidden=true]";
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
            + "|credit|breaking|ticker|alert|disclaimer|affiliate|next-?post|prev-?post|post-?nav|newsletter)"
            + "|(?:^|[\\s_-])(?:ad|ads|nav|cta|rss|share|meta|tag)(?:$|[\\s_-])|(?:^|\\s)widget(?:$|[\\s_])");
    private static final Pattern LIKELY = Pattern.compile("(?:^|[\\s_-])(?:article|body|content|entry|main|post|text"
            + "|story|prose|blog|rich-?text)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("^(?:share( this)?( article| story| post)?"
            + "|share on \\w+|tweet|email|print|advertisement|sponsored|related( articles?| posts?| stories)?"
            + "|read more|see also|you may also like|you might also like|more from .{0,40}|leave a (comment|reply)"
            + "|comments?|\\d+ comments?|follow us( on .{0,30})?|sign up.{0,80}|subscribe.{0,80}|tags?:.*"
            + "|filed under:?.*"
            + "|posted in:?.*|categories?:.*|skip to (main )?content|back to top|(?:like )?loading(?:\\.*|…)|disclaimer:?|click here.{0,60}"
            + "|photo:.{0,100}|image:.{0,100}|credit:.{0,100}|(photo|image) credit:?.{0,100}|getty images|"
            + "copyright ©.*|© .{0,100}|all rights reserved.*"
            + "|(?:last )?(?:updated|published|posted|modified|reviewed)(?: on| at)?:?\\s.{0,60}"
            + "|(?:written |posted |reviewed |fact[- ]checked )?by:? \\p{Lu}.{0,80}|\\d+ min(?:ute)?s? read"
            + "|reading time.{0,30}"
            // Byline and dateline labels whose value sits in another block, and web-form status messages.
            + "|(?:(?:written|edited|reviewed|fact[- ]checked) )?by:?|(?:last )?updated(?: on)?:?|[•|·]"
            + "|oops! something went wrong.{0,60}|thank you! your submission has been received!?|jump to review)$",
            Pattern.CASE_INSENSITIVE);
    /** Headings of what follows an article inside its container: teasers, sign-up boxes, author boxes, comments. */
    private static final Pattern SECTION_AFTER_ARTICLE = Pattern.compile("^(?:related(?: posts| articles| stories"
            + "| reads| content| reading)?|recommended(?: for you| reading| posts| articles| stories)?"
            + "|(?:popular|trending) (?:posts|articles|stories|now)|you (?:may|might) (?:also )?(?:like|enjoy)"
            + "|more (?:stories|articles|posts|from [\\p{L} ]{2,30})|keep reading|read next|what to read next"
            + "|other articles.*|latest (?:news|posts|articles)|recent posts|join our newsletter|sign up for.*"
            + "|subscribe to.*|about the author|meet the author|comments?|\\d+ comments?|leave a (?:comment|reply)"
            + "|join the (?:conversation|discussion)|read this next|explore more|more videos"
            + "|recent (?:articles|blogs?|stories|news)|most popular|related topics|article sources|footnotes"
            + "|about the reviewer|what do you think\\??|be the first to comment|connect with us|tags"
            + "|you may also be interested in|further reading on .{2,40}|more in .{2,30}"
            // Teaser lists and author boxes under another name ("More to explore", "You'll also love...").
            + "|explore more(?: insights| articles| stories| posts| guides)?|more to explore|more guides"
            + "|suggested (?:articles|posts)|you(?:'ll|’ll) also (?:love|like)|browse related (?:articles|posts)"
            + "|more you might like"
            + "|you (?:may|might) (?:also )?be interested in(?: the following)?(?: topics| articles)?(?: as well)?"
            + "|written by|author|contributor|meet the (?:author|authors|testers?|experts?)"
            // Comment forms, the end of the story, its source list and the links to the neighbouring posts.
            + "|(?:add|post|submit) a comment|\\d+ (?:responses|replies)|end of (?:the )?article"
            + "|was this (?:page|article|post) (?:helpful|useful)\\??|like this:?"
            + "|did you (?:like|enjoy) this (?:article|post)\\??"
            + "|related (?:articles|posts|stories|topics|reading|resources|content|guides)\\b.{1,40}"
            + "|more (?:guides|articles|posts|stories) (?:like this|on .{2,40}|about .{2,40})"
            + "|previous (?:article|post)|next (?:article|post)|editor(?:'|’)?s note"
            + "|citations|view article sources|\\d+ sources?|sources|references (?:&|and) sources"
            + "|sources (?:&|and) references)"
            + "(?:[.:!]|\\.\\.\\.|…)?$",
            Pattern.CASE_INSENSITIVE);
    /** Single lines of page furniture that may sit anywhere in the container. */
    private static final Pattern FURNITURE_LINE = Pattern.compile("^(?:table of contents|contents|in this article"
            + "|jump to:?|on this page|share (?:this|the) (?:article|post|story)|summarize with ai:?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISCLOSURE = Pattern.compile("affiliate (?:links?|commission|partner)"
            + "|may earn (?:us )?(?:a )?(?:small )?(?:affiliate )?commission|earn (?:a|an affiliate) commission"
            + "|we may receive compensation"
            + "|chosen independently by our editors|independently (?:selected|chosen|reviewed).{0,40}commission",
            Pattern.CASE_INSENSITIVE);
    /** Calls to subscribe, follow or share, and the consent lines of sign-up forms. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("^by (?:subscribing|signing up|clicking|submitting"
            + "|sharing your email)[^.]{0,80}?you (?:agree|consent|confirm|acknowledge)"
            + "|^(?:join|sign up for|subscribe to) (?:our|the) .{0,60}(?:newsletter|mailing list)"
            + "|follow (?:me|us) on (?:pinterest|instagram|facebook|twitter|tiktok|youtube)"
            + "|^thanks for (?:visiting|reading)!?$|^if you (?:like|liked|enjoyed) (?:it|this).{0,30}share"
            + "|would you like to receive notifications|was this newsletter forwarded|^you can also connect with me"
            + "|^join (?:over )?[\\d,]+ .{0,80}(?:newsletter|subscribers)", Pattern.CASE_INSENSITIVE);
    /** Legal small print under an article: the site's, not the author's, words. */
    private static final Pattern DISCLAIMER = Pattern.compile("informational purposes only|does not constitute (?:legal"
            + "|financial|medical|investment|tax)|not (?:intended (?:as|to be) |a substitute for )?(?:legal|medical"
            + "|financial|tax|investment|professional) advice|substitute for (?:professional|direct) (?:medical )?advice"
            + "|all investing is subject to risk|past performance is no guarantee", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_PARTS = Pattern.compile("(?i)(?:published|posted|updated|on|at|\\d+\\s*min"
            + "(?:ute)?s?(?: read)?|read|jan[a-z]*|feb[a-z]*|mar[a-z]*|apr[a-z]*|may|jun[a-z]*|jul[a-z]*|aug[a-z]*"
            + "|sep[a-z]*|oct[a-z]*|nov[a-z]*|dec[a-z]*|of|am|pm|[a-z]{2,4}t|utc|gmt)\\b");
    private static final int MIN_ARTICLE_CHARS = 250;
    private static final Pattern AUTHOR_BIO_VERB = Pattern.compile(",? (?:is a|is an|is the|has been|holds|has written"
            + "|writes|started|covers|joined|co-founded|founded|serves|leads)\\b");

    private static final Pattern AUTHOR_BOX = Pattern.compile("(?:Dr\\.? )?\\p{Lu}[\\p{L}'’.-]+"
            + "(?: \\p{Lu}[\\p{L}'’.-]+){1,2}(?:, [\\p{L}.]+(?:, [\\p{L}.]+)?,)? (?:is|has been|was) (?:a|an|the)\\b"
            + "[^.]{0,80}\\b(?:writer|journalist|editor|author|contributor|columnist|reporter|blogger|freelancer"
            + "|marketer|analyst|coach|expert|specialist|professional|founder|ceo|consultant|physician|attorney"
            + "|lawyer)");

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
        return author == null ? strict : dropAuthorBio(strict, author);
    }

    /**
     * "Jane Doe is a freelance writer who...", "Jane has covered tech since...": a paragraph in the second half of
     * the text, or one of the first two (an author box above the story), that opens with the byline's full or first
     * name and a bio verb is the author box, not the article.
     */
    static String dropAuthorBio(String text, String author) {
        List<String> openings = new ArrayList<>();
        for (String name : author.split(",? and |, |\\s*&\\s*")) {
            String[] words = name.strip().split("\\s+");
            if (words.length >= 2) {
                openings.add(name.strip());
                openings.add(words[0]);
            }
        }
        if (openings.isEmpty()) {
            return text;
        }
        String[] paragraphs = text.split("\n\n");
        List<String> kept = new ArrayList<>(paragraphs.length);
        for (int i = 0; i < paragraphs.length; i++) {
            String paragraph = paragraphs[i];
            boolean bio = false;
            if ((i >= paragraphs.length / 2 || i < 2) && paragraph.length() >= 40 && paragraph.length() <= 1000) {
                for (String opening : openings) {
                    if (paragraph.startsWith(opening)
                            && AUTHOR_BIO_VERB.matcher(paragraph.substring(opening.length())).lookingAt()) {
                        bio = true;
                        break;
                    }
                }
            }
            if (!bio) {
                kept.add(paragraph);
            }
        }
        return String.join("\n\n", kept);
    }

    /**
     * Streaming React pages send a placeholder ("Loading paragraph...") inside a {@code <template id="B:n">} boundary
     * and the real content later in a {@code <div hidden id="S:n">}, which a script swaps in. Without scripts the
     * article is a column of placeholders, so the swap is done here: the fallback up to the boundary's closing
     * {@code <!--/$-->} comment is replaced by the segment's children.
     */
    private static void revealStreamedSegments(Element body) {
        for (Element segment : body.select("div[hidden][id^=S:]")) {
            Element boundary = body.getElementById("B:" + segment.id().substring(2));
            if (boundary == null || !boundary.normalName().equals("template")) {
                // Later segments are placed at a bare placeholder, <template id="P:n">, with nothing to replace.
                Element placeholder = body.getElementById("P:" + segment.id().substring(2));
                if (placeholder != null && placeholder.normalName().equals("template")) {
                    for (Node child : new ArrayList<>(segment.childNodes())) {
                        placeholder.before(child);
                    }
                    placeholder.remove();
                    segment.remove();
                }
                continue;
            }
            removeFallback(boundary);
            // The nodes themselves move (not a copy), so placeholders of later segments inside them stay findable.
            for (Node child : new ArrayList<>(segment.childNodes())) {
                boundary.before(child);
            }
            boundary.remove();
            segment.remove();
        }
    }

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
        prune(body, pruneByClass);
        List<TextUnit> units = TextUnit.split(body);
        Map<Element, Double> sums = proseSums(body, units);
        Element content = bestContainer(sums);
        List<Element> parts = withProseSiblings(content, body, sums);
        List<TextUnit> inside = new ArrayList<>();
        for (TextUnit unit : units) {
            for (Element part : parts) {
                if (unit.within(part)) {
                    inside.add(unit);
                    break;
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        boolean introducedList = false;
        for (int i = 0; i < inside.size(); i++) {
            TextUnit unit = inside.get(i);
            String text = unit.text();
            if (endsTheArticle(text, i, inside.size())) {
                break;
            }
            if (text.length() < 40 && FURNITURE_LINE.matcher(text).matches()) {
                continue;
            }
            // Long linked blocks inside the article are usually cited headlines or sources, not menus.
            // So are the linked items of a list the text introduces ("The testers I recommend:", a heading), and a
            // linked line or short list between two paragraphs of prose (a linked sentence, not "Read more: ..."), and
            // a linked heading over a full paragraph (a listicle entry named after the product it links to).
            boolean listItem = unit.owner().normalName().equals("li");
            boolean betweenProse = listItem ? isShortListBetweenProse(inside, i)
                    : 0 < i && i + 1 < inside.size() && isProse(inside.get(i - 1)) && isProse(inside.get(i + 1))
                            && !LINK_LIST_LEAD.matcher(text).matches();
            boolean headsASection = unit.heading() && i + 1 < inside.size() && headsASection(text, inside.get(i + 1));
            if (unit.linkDensity() <= 0.5 || text.length() >= 100 || listItem && introducedList || betweenProse
                    || headsASection) {
                paragraphs.add(unit.text());
                if (!listItem) {
                    introducedList = introducesAList(text, unit.heading());
                }
            } else if (!listItem) {
                introducedList = false;
            }
        }
        return String.join("\n\n", dropAuthorBoxes(dropBoilerplate(paragraphs)));
    }

    /**
     * Whether the heading at {@code index} of {@code count} blocks starts what follows the article: "Read this next",
     * "About the author", "Comments"... anywhere after the first fifth of the container (a long tail of testimonials
     * or teasers puts them well before its end; in the first fifth they are usually a menu or a "Read next" link
     * above the story). "Related" and "Recommended" boxes also sit inside articles, between paragraphs, and "Sources",
     * "Editor's note" or "Next article" can head a part of the story or a bar above it, so those headings count only
     * in the last 40%.
     */
    static boolean endsTheArticle(String text, int index, int count) {
        if (text.length() >= 60 || !SECTION_AFTER_ARTICLE.matcher(text).matches()) {
            return false;
        }
        boolean inlineBox = INLINE_BOX_HEADING.matcher(text).lookingAt();
        return index >= count * (inlineBox ? 6 : 2) / 10;
    }

    private static final Pattern INLINE_BOX_HEADING = Pattern.compile("related|recommended"
            + "|you (?:may|might) (?:also )?(?:like|enjoy)|previous|next|editor|citations|view article sources"
            + "|\\d+ sources?|sources|references", Pattern.CASE_INSENSITIVE);

    /** Whether the list item at {@code index} is one of at most six with a paragraph of prose on either side. */
    private static boolean isShortListBetweenProse(List<TextUnit> units, int index) {
        int first = index;
        int last = index;
        while (first > 0 && units.get(first - 1).owner().normalName().equals("li")) {
            first--;
        }
        while (last + 1 < units.size() && units.get(last + 1).owner().normalName().equals("li")) {
            last++;
        }
        return first > 0 && last + 1 < units.size() && last - first < 6 && isProse(units.get(first - 1))
                && isProse(units.get(last + 1));
    }

    private static final int SECTION_PARAGRAPH_CHARS = 300;

    /**
     * Whether a (linked) heading followed by {@code next} heads a section of the article: the paragraph under it is
     * full-length prose, longer than the excerpt under a teaser's linked title.
     */
    private static boolean headsASection(String heading, TextUnit next) {
        return isProse(next) && next.text().length() >= SECTION_PARAGRAPH_CHARS
                && !LINK_LIST_LEAD.matcher(heading).matches() && !SECTION_AFTER_ARTICLE.matcher(heading).matches();
    }

    /** A paragraph of prose: long and nearly free of links. */
    private static boolean isProse(TextUnit unit) {
        return unit.linkDensity() <= 0.3 && unit.text().length() >= 80;
    }

    /** How links to other pages are announced: "More on...", "Read next", "Shop the look", "Sign up". */
    private static final Pattern LINK_LIST_LEAD = Pattern.compile("(?:more|related|see|read|also|other|further|you"
            + "|check|explore|browse|popular|latest|recent|click|shop|buy|watch|listen|learn|download|get|sign"
            + "|subscribe|follow|join)\\b.*", Pattern.CASE_INSENSITIVE);

    /**
     * A heading of the article, or a sentence ending in a colon ("Top expert recommendations:", "Here is what I
     * packed:"), announces a list that belongs to it, links or not; "More on this topic:" or "You might also like"
     * announce other posts.
     */
    static boolean introducesAList(String text, boolean heading) {
        return (heading || text.endsWith(":") && text.split(" ").length >= 3)
                && !SECTION_AFTER_ARTICLE.matcher(text).matches() && !LINK_LIST_LEAD.matcher(text).matches();
    }

    /**
     * "Jane Doe is a freelance travel writer...", "Dr. John Roe, MD, is a physician...": a short paragraph near the
     * end that introduces a full name with a writer's or expert's occupation is the author box, byline or not.
     */
    static List<String> dropAuthorBoxes(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            String paragraph = paragraphs.get(i);
            boolean nearEnd = i >= n / 2 && i >= n - 8;
            if (!(nearEnd && paragraph.length() <= 1000 && AUTHOR_BOX.matcher(paragraph).lookingAt())) {
                kept.add(paragraph);
            }
        }
        return kept;
    }

    /**
     * The element whose text units add up to the most prose: long, punctuated, link-poor blocks count for their
     * length, link lists and fragments against it. An article split over several sections is found whole because
     * their common ancestor sums all of them, while a wrapper that adds link lists or widgets scores less.
     */
    private static Map<Element, Double> proseSums(Element body, List<TextUnit> units) {
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

    private static Element bestContainer(Map<Element, Double> sums) {
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

    /**
     * Page builders cut one article into sibling blocks and put a link list (a city index, a tag cloud) between
     * them, so the common parent scores less than the best block. The best block's siblings (above its wrappers
     * that have no other child) that hold prose of their own, without link lists, are part of the article too.
     */
    private static List<Element> withProseSiblings(@Nullable Element content, Element body, Map<Element, Double> sums) {
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

    private static void prune(Element body, boolean pruneByClass) {
        body.select(ALWAYS_DROP).remove();
        body.select("h1").remove();
        Map<Element, Integer> prose = proseLengths(body);
        int pageProse = prose.getOrDefault(body, 0);
        List<Element> hidden = new ArrayList<>(body.select(DROP_UNLESS_PROSE));
        Set<String> toggled = toggledIds(body);
        for (Element element : body.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find() && !isCollapsedPanel(element, toggled)) {
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
            String hint = classAndId(element);
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
        Map<String, Integer> styles = new java.util.HashMap<>();
        for (Element button : buttons) {
            styles.merge(button.className(), 1, Integer::sum);
        }
        List<Element> boxes = new ArrayList<>();
        for (Element button : buttons) {
            if (styles.get(button.className()) >= 3) {
                continue;
            }
            Element box = button.parent();
            if (box == null || box == body || box.text().length() >= PROMO_MAX_CHARS) {
                continue;
            }
            for (Element up = box.parent(); up != null && up != body && !up.normalName().equals("article")
                    && up.text().length() < PROMO_MAX_CHARS; up = up.parent()) {
                box = up;
            }
            if (box.text().length() >= button.text().length() + 40 && !isListItem(box)) {
                boxes.add(box);
            }
        }
        boxes.forEach(Element::remove);
    }

    /** Whether {@code element} is one of three or more siblings of the same tag and first class. */
    private static boolean isListItem(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return false;
        }
        String kind = element.normalName() + "." + element.className().strip().split("\\s+")[0];
        int alike = 0;
        for (Element sibling : parent.children()) {
            if (kind.equals(sibling.normalName() + "." + sibling.className().strip().split("\\s+")[0])) {
                alike++;
            }
        }
        return alike >= 3;
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
            Map<String, List<Element>> groups = new java.util.HashMap<>();
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
                for (Element card : cards) {
                    cardText += card.text().length();
                }
                // A list article's entries are most of the page's text; teasers for other posts are a side show.
                if (cards.size() >= 3 && cards.size() * 3 >= group.size() * 2 && cardText * 10 < pageProse * 6) {
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
        Map<String, Integer> seen = new java.util.HashMap<>();
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
            if (title != null && title != member && member != title.closest("body")) {
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
                    && own.matches("(?s).*\\p{L}.*") && isDateline(own))) {
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

    /** A line that only says when the article was published and how long it takes to read. */
    private static boolean isDateline(String paragraph) {
        // Numeric dates alone are more often table cells than datelines.
        if (!paragraph.matches("(?s).*\\p{L}.*") || DateParser.parseHuman(paragraph) == null) {
            return false;
        }
        String rest = DATELINE_PARTS.matcher(paragraph).replaceAll("");
        return rest.replaceAll("[^\\p{L}]", "").length() < 4;
    }

    private static List<String> dropBoilerplate(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        Set<String> seen = new HashSet<>();
        @Nullable String previous = null;
        for (String paragraph : paragraphs) {
            if (paragraph.length() < 120 && BOILERPLATE_LINE.matcher(paragraph).matches()
                    || paragraph.length() < 400 && DISCLOSURE.matcher(paragraph).find()
                    || paragraph.length() < 700 && DISCLAIMER.matcher(paragraph).find()
                    || paragraph.length() < 250 && CALL_TO_ACTION.matcher(paragraph).find()
                    || paragraph.length() < 60 && isDateline(paragraph)) {
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
