package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules for the text units inside the article's container: which heading starts what follows the article, which
 * linked lines and lists belong to the text (between prose, under a heading that introduces them), and which
 * short lines are boilerplate (share and sign-up calls, disclosures, disclaimers, bylines and datelines).
 */
final class BodyLines {

    private static final Pattern BOILERPLATE_LINE = Pattern.compile("^(?:share( this)?( article| story| post)?"
            + "|share on \\w+|tweet|email|print|advertisement(?:\\s*[-–—:|]\\s*.{0,40})?|sponsored"
            + "|related( articles?| posts?| stories)?"
            + "|read more|see also|you may also like|you might also like|more from .{0,40}|leave a (comment|reply)"
            + "|comments?|\\d+ comments?|follow us( on .{0,30})?|sign up.{0,80}|subscribe.{0,80}|tags?:.*"
            + "|filed under:?.*"
            + "|posted in:?.*|categories?:.*|skip to (main )?content|back to top|(?:like )?loading(?:\\.*|…)"
            // Placeholders of widgets filled by scripts ("Loading prices for your region…").
            + "|loading [\\p{L} ]{1,40}(?:\\.{3}|…)|disclaimer:?|click here.{0,60}"
            + "|photo:.{0,100}|image:.{0,100}|credit:.{0,100}|(photo|image) credit:?.{0,100}|getty images|"
            + "copyright ©.*|© .{0,100}|all rights reserved.*"
            + "|(?:last )?(?:updated|published|posted|modified|reviewed)(?: on| at)?:?\\s.{0,60}"
            + "|(?:written |posted |reviewed |fact[- ]checked )?by:? \\p{Lu}.{0,80}|\\d+ min(?:ute)?s? read"
            + "|reading time.{0,30}"
            // Byline and dateline labels whose value sits in another block, and web-form status messages.
            + "|(?:(?:written|edited|reviewed|fact[- ]checked) )?by:?|(?:last )?updated(?: on)?:?|[•|·]"
            + "|oops! something went wrong.{0,60}|thank you! your submission has been received!?"
            + "|thanks? (?:you )?for (?:signing up|subscribing)[.!]?|jump to review)$",
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
            + "|sources (?:&|and) references"
            // Labels of teaser lists, resource lists and sign-offs that close a post ("Read more from Jane Roe").
            + "|read more from .{2,40}|other posts|editor(?:'|’)?s picks"
            + "|more (?:helpful |useful )?(?:articles|posts|guides|stories) (?:by|from) .{2,40}"
            + "|more (?:book|product|gift) recommendations"
            + "|if you (?:liked|enjoyed) this (?:post|article),? you (?:might|may|will) (?:also )?(?:like|enjoy)"
            + "|this might (?:also )?(?:be interesting to|interest) you|stay connected|take the next step"
            + "|did you find this (?:content|article|page|post) helpful\\??|not what you were looking for\\??)"
            + "(?:[.:!]|\\.\\.\\.|…)?$",
            Pattern.CASE_INSENSITIVE);
    /** Single lines of page furniture that may sit anywhere in the container. */
    static final Pattern FURNITURE_LINE = Pattern.compile("^(?:table of contents|contents|in this article"
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
            + "|^(?:[^\"“”]{0,80}[.!?] )?follow (?:me|us) on "
            + "(?:pinterest|instagram|facebook|twitter|tiktok|youtube)"
            + "|^thanks for (?:visiting|reading)!?$|^if you (?:like|liked|enjoyed) (?:it|this).{0,30}share"
            + "|would you like to receive notifications|was this newsletter forwarded|^you can also connect with me"
            + "|^join (?:over )?[\\d,]+ .{0,80}(?:newsletter|subscribers)", Pattern.CASE_INSENSITIVE);
    /** Legal small print under an article: the site's, not the author's, words. */
    private static final Pattern DISCLAIMER = Pattern.compile("informational purposes only|does not constitute (?:legal"
            + "|financial|medical|investment|tax)|not (?:intended (?:as|to be) |a substitute for )?(?:legal|medical"
            + "|financial|tax|investment|professional) advice|substitute for (?:professional|direct) (?:medical )?advice"
            + "|all investing is subject to risk|past performance is no guarantee", Pattern.CASE_INSENSITIVE);
    /** The site's notices about the page rather than its subject: leaving the site, PDF readers, a post's age. */
    private static final Pattern SITE_NOTICE = Pattern.compile("you are (?:now |about to )?leav(?:e|ing) (?:this|our"
            + "|the) (?:web ?)?site|to view this file,? you (?:may|will) need|this (?:post|article) is (?:over|more "
            + "than) (?:\\d+|one|two|three|four|five) years? old|as a service to our readers"
            + "|(?:please )?note the date of (?:last )?(?:review|update)", Pattern.CASE_INSENSITIVE);
    /** The site's copyright notice ("© 2025 Example Inc. All rights reserved."), footer text left in the container. */
    private static final Pattern COPYRIGHT_NOTICE = Pattern.compile("all rights reserved|^(?:copyright ?)?(?:©|\\(c\\))"
            + " ?(?:copyright )?\\d{4}|^copyright \\d{4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_PARTS = Pattern.compile("(?i)(?:published|posted|updated|on|at|\\d+\\s*min"
            + "(?:ute)?s?(?: read)?|read|jan[a-z]*|feb[a-z]*|mar[a-z]*|apr[a-z]*|may|jun[a-z]*|jul[a-z]*|aug[a-z]*"
            + "|sep[a-z]*|oct[a-z]*|nov[a-z]*|dec[a-z]*|of|am|pm|[a-z]{2,4}t|utc|gmt)\\b");

    /**
     * Whether the heading at {@code index} of {@code count} blocks starts what follows the article: "Read this next",
     * "About the author", "Comments"... anywhere after the first fifth of the container (a long tail of testimonials
     * or teasers puts them well before its end; in the first fifth they are usually a menu or a "Read next" link
     * above the story). "Related" and "Recommended" boxes also sit inside articles, between paragraphs, and "Sources",
     * "Editor's note" or "Next article" can head a part of the story or a bar above it, so those headings count only
     * in the last 40%.
     */
    static boolean endsTheArticle(TextUnit unit, int index, int count) {
        // A table header or list item reading "Author" or "Sources" is data, not a heading of the page.
        return !CELLS_AND_ITEMS.contains(unit.owner().normalName()) && endsTheArticle(unit.text(), index, count);
    }

    private static final Set<String> CELLS_AND_ITEMS = Set.of("td", "th", "li", "dt", "dd");

    static boolean endsTheArticle(String text, int index, int count) {
        if (text.length() < 200 && PAYWALL.matcher(text).lookingAt()) {
            // Metered pages print the line and ship the whole story: only a late paywall line ends it.
            return index >= count * 6 / 10;
        }
        if (text.length() >= 60 || !SECTION_AFTER_ARTICLE.matcher(text).matches()
                && !AUTHOR_BOX_LABEL.matcher(text).matches()) {
            return false;
        }
        // Inline-box labels and sign-off calls ("Stay connected") may also stand in mid-article: only late ones end it.
        boolean lateOnly = INLINE_BOX_HEADING.matcher(text).lookingAt() || SIGN_OFF.matcher(text).lookingAt();
        return index >= count * (lateOnly ? 6 : 2) / 10;
    }

    private static final Pattern SIGN_OFF = Pattern.compile("stay connected|take the next step",
            Pattern.CASE_INSENSITIVE);

    /** The line where a paywall cuts the story off: what follows is the sales pitch, not the rest of the article. */
    private static final Pattern PAYWALL = Pattern.compile("(?:become|upgrade to) an? (?:paid )?(?:subscriber|member)"
            + "[^.]{0,40}? to (?:unlock|continue reading|keep reading|read (?:the rest|the full|this))"
            + "|already (?:a subscriber|a member|have an account)\\?? ?(?:log|sign) ?in"
            + "|subscribe (?:now )?to (?:unlock|continue reading|keep reading|read the (?:rest|full))",
            Pattern.CASE_INSENSITIVE);

    /** An author box's label run into the author's name ("About the AuthorCity Desk"): no heading on its own. */
    private static final Pattern AUTHOR_BOX_LABEL = Pattern.compile("(?:about the (?:author|writer)|meet the author)"
            + " ?\\p{Lu}[\\p{L} .'’-]{2,40}", Pattern.CASE_INSENSITIVE);

    private static final Pattern INLINE_BOX_HEADING = Pattern.compile("related|recommended"
            + "|you (?:may|might) (?:also )?(?:like|enjoy)|previous|next|editor|citations|view article sources"
            + "|\\d+ sources?|sources|references", Pattern.CASE_INSENSITIVE);

    /** Whether the list item at {@code index} is one of at most six with a paragraph of prose on either side. */
    static boolean isShortListBetweenProse(List<TextUnit> units, int index) {
        // The walks stop past six items: a longer run is no short list, and walking a whole 100,000-item list for
        // each of its items made a hostile page quadratic.
        int first = index;
        int last = index;
        while (first > 0 && index - first <= 6 && units.get(first - 1).owner().normalName().equals("li")) {
            first--;
        }
        while (last + 1 < units.size() && last - index <= 6 && units.get(last + 1).owner().normalName().equals("li")) {
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
    static boolean headsASection(String heading, TextUnit next) {
        return isProse(next) && next.text().length() >= SECTION_PARAGRAPH_CHARS
                && !LINK_LIST_LEAD.matcher(heading).matches() && !SECTION_AFTER_ARTICLE.matcher(heading).matches();
    }

    /**
     * A paragraph that is nothing but a short link ("Industrial Pipe Bookshelf" under a picture): an entry of a list
     * built from paragraphs rather than list items, kept like one when the text introduces the list; not a link that
     * announces another page ("Check out these 15 foods").
     */
    static boolean isLinkedEntry(TextUnit unit) {
        return unit.owner().normalName().equals("p") && !unit.heading() && unit.text().length() < 100
                && unit.linkDensity() > 0.9 && !LINK_LIST_LEAD.matcher(unit.text()).matches();
    }

    /** A paragraph of prose: long and nearly free of links. */
    /**
     * "RELATED READING: Answering My Top College Essay FAQs" between two paragraphs of prose: a label run into one
     * linked title is a link set into the article, which goes on after it, not the heading of a teaser list.
     */
    static boolean isInlineLinkLine(List<TextUnit> units, int i) {
        TextUnit unit = units.get(i);
        return !unit.heading() && unit.text().indexOf(':') > 0 && unit.linkDensity() > 0.5 && 0 < i
                && i + 1 < units.size() && isProse(units.get(i - 1)) && isProse(units.get(i + 1));
    }

    /**
     * "Related:" over two or three links, after which the article goes on (a heading or not, then a long paragraph
     * and another): a box set into the article, skipped, rather than the teaser list that closes it.
     */
    static boolean isInlineBox(List<TextUnit> units, int i) {
        if (!RELATED_LABEL.matcher(units.get(i).text()).lookingAt()) {
            return false;
        }
        for (int j = i + 1; j < units.size() && j <= i + INLINE_BOX_LINKS + 1; j++) {
            TextUnit next = units.get(j);
            if (next.linkDensity() > 0.5) {
                continue;
            }
            int k = next.heading() ? j + 1 : j;
            if (k >= units.size() || !isProse(units.get(k)) || units.get(k).text().length() < RESUMED_PROSE) {
                return false;
            }
            // A long paragraph and more prose soon after: a lone closing note is no resumed article.
            for (int m = k + 1; m < units.size() && m <= k + 3; m++) {
                if (isProse(units.get(m))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static final Pattern RELATED_LABEL = Pattern.compile("related|recommended|you (?:may|might) also",
            Pattern.CASE_INSENSITIVE);

    private static final int INLINE_BOX_LINKS = 4;
    private static final int RESUMED_PROSE = 250;

    static boolean isProse(TextUnit unit) {
        return unit.linkDensity() <= 0.3 && unit.text().length() >= 80;
    }

    /** How links to other pages are announced: "More on...", "Read next", "Shop the look", "Sign up". */
    static final Pattern LINK_LIST_LEAD = Pattern.compile("(?:more|related|see|read|also|other|further|you"
            + "|check|explore|browse|popular|latest|recent|click|shop|buy|watch|listen|learn|download|get|sign"
            + "|subscribe|follow|join)\\b.*", Pattern.CASE_INSENSITIVE);

    /**
     * A heading of the article, or a sentence ending in a colon ("Top expert recommendations:", "Here is what I
     * packed:"), announces a list that belongs to it, links or not; "More on this topic:" or "You might also like"
     * announce other posts.
     */
    static boolean introducesAList(String text, boolean heading) {
        return (heading || text.endsWith(":") && text.split(" ").length >= 3)
                && !SECTION_AFTER_ARTICLE.matcher(text).matches()
                // "See also:", "Read more from us:" are link leads; a longer sentence starting alike is the
                // article's ("Also, a few patches were merged upstream:").
                && !(LINK_LIST_LEAD.matcher(text).matches() && text.split(" ").length <= LINK_LEAD_WORDS);
    }

    private static final int LINK_LEAD_WORDS = 6;

    /** A line that only says when the article was published and how long it takes to read. */
    static boolean isDateline(String paragraph) {
        // Numeric dates alone are more often table cells than datelines.
        if (!paragraph.matches("(?s).*\\p{L}.*") || DateParser.parseHuman(paragraph) == null) {
            return false;
        }
        String rest = DATELINE_PARTS.matcher(paragraph).replaceAll("");
        return rest.replaceAll("[^\\p{L}]", "").length() < 4;
    }

    static List<String> dropBoilerplate(List<String> paragraphs) {
        List<String> lines = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            // A byline or dateline block may be split by <br> ("By Jane Roe" / "| Sept 7, 2023"): matched as one line.
            if (paragraph.length() < 120 && BOILERPLATE_LINE.matcher(paragraph.replace('\n', ' ')).matches()
                    || paragraph.length() < 400 && DISCLOSURE.matcher(paragraph).find()
                    || paragraph.length() < 700 && DISCLAIMER.matcher(paragraph).find()
                    || paragraph.length() < 700 && SITE_NOTICE.matcher(paragraph).find()
                    || paragraph.length() < 600 && CALL_TO_ACTION.matcher(paragraph).find()
                    || paragraph.length() < 200 && COPYRIGHT_NOTICE.matcher(paragraph).find()
                    || paragraph.length() < 60 && isDateline(paragraph)) {
                continue;
            }
            lines.add(paragraph);
        }
        return RepeatedLines.drop(lines);
    }
}
