package org.newsroom.search.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads title, author, publication date, canonical URL, site name and declared language from a web page, trying the
 * most reliable source first (JSON-LD, then Open Graph and other meta tags, then visible markup such as {@code h1},
 * bylines and {@code <time>}). A field nobody states is null: a missing date beats a wrong one.
 *
 * <p>Thread-safe; call it before {@link HtmlArticleExtractor} prunes the document.
 */
final class HtmlMetadataExtractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportage"
            + "newsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "scholarlyarticle", "techarticle", "report", "posting", "socialmediaposting", "liveblogposting", "webpage",
            "medicalwebpage", "review", "howto", "recipe", "creativework", "medicalscholarlyarticle", "itempage",
            "advertisercontentarticle", "satiricalarticle", "discussionforumposting", "qapage", "faqpage");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—\\-:·•»]\\s+|\\s+::\\s+");
    private static final Pattern BY_PREFIX = Pattern.compile(
            "^(?:(?:written|posted|published|reviewed|edited|reported|story|words|text)\\s*)?by(?:[:\\s]+|(?=\\p{Lu}))"
                    + "|^authors?[:\\s]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE_HINT = Pattern.compile("byline|author|writer|contributor",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_HINT = Pattern.compile("date|time|publish|posted|byline|meta|info",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");
    private static final Pattern PLAIN_BYLINE = Pattern.compile("[Bb]y\\s+\\p{Lu}");
    private static final String COMMENTS = "[class*=comment], [id*=comment], [class*=related], [class*=review]";
    private static final String NOT_ARTICLE = "aside, footer, nav, [class*=comment], [id*=comment], "
            + "[class*=related], [class*=sidebar], [class*=widget], [class*=recent], [class*=popular]";
    private static final Pattern UPDATED_HINT = Pattern.compile("updat|modif|edited|revised", Pattern.CASE_INSENSITIVE);

    HtmlMetadata extract(Document document) {
        List<JsonNode> linkedData = linkedData(document);
        JsonNode article = mainArticle(linkedData);
        Map<String, JsonNode> byId = indexById(linkedData);
        Map<String, String> metas = metas(document);
        String siteName = firstNonBlank(meta(metas, "og:site_name"), meta(metas, "application-name"),
                article == null ? null : name(article.get("publisher"), byId));
        String url = firstNonBlank(absoluteAttr(document.selectFirst("link[rel=canonical]"), "href"),
                meta(metas, "og:url"), article == null ? null : text(article.get("url")));
        return new HtmlMetadata(title(document, metas, article, siteName),
                author(document, metas, article, byId, siteName), published(document, metas, article, url), url,
                siteName, language(document, metas));
    }

    // ---- title

    private static @Nullable String title(Document document, Map<String, String> metas, @Nullable JsonNode article,
            @Nullable String siteName) {
        List<String> declared = new ArrayList<>();
        addIfPresent(declared, article == null ? null : text(article.get("headline")));
        addIfPresent(declared, meta(metas, "og:title"));
        addIfPresent(declared, meta(metas, "twitter:title"));
        addIfPresent(declared, document.title());
        List<String> headings = new ArrayList<>();
        String site = comparable(siteName);
        for (Element h1 : document.select("h1")) {
            if (!h1.select("time").isEmpty()) {
                // "Dec 18 2025 Preparing a transition": the date printed inside the headline is not part of it.
                h1 = h1.clone();
                h1.select("time").remove();
            }
            String text = latinPunctuation(TextNormalizer.oneLine(h1.text()));
            // Logos and site names are often marked up as h1 in the page header; they are not headlines.
            if (text.length() < 3 || text.length() > 300 || comparable(text).equals(site) || text.contains("{{")
                    || inPageFurniture(h1)) {
                continue;
            }
            // A paragraph of teaser text marked up as h1 ("Learn which ... Get expert tips ...") is not a headline.
            if (text.split("\\s+").length > 30 && !declared.isEmpty()) {
                continue;
            }
            String blogPost = postUnderBlogName(document, metas, text, site);
            if (blogPost != null) {
                return blogPost;
            }
            text = stripHeadlineTail(text);
            if (!headings.contains(text)) {
                headings.add(text);
            }
        }
        for (int i = 0; i < declared.size(); i++) {
            declared.set(i, latinPunctuation(declared.get(i)));
        }
        // A headline garbled by a broken encoding ("Planning? Beginner? Guide") next to a clean declared title that
        // differs only there: the declared one is the headline as written.
        for (String heading : headings) {
            if (GARBLED.matcher(heading).find()) {
                for (String candidate : declared) {
                    String stripped = stripSiteName(candidate, siteName);
                    if (!GARBLED.matcher(stripped).find()
                            && editDistance(comparable(heading), comparable(stripped), 4) <= 4) {
                        return stripped;
                    }
                }
            }
        }
        // "Blog: Headline", "Review: Headline": a short label before a headline the metadata states without it.
        for (String heading : headings) {
            String key = comparable(heading);
            for (String candidate : declared) {
                String stripped = stripSiteName(candidate, siteName);
                String c = comparable(stripped);
                if (c.length() >= 20 && key.endsWith(" " + c) && heading.indexOf(':') > 0
                        && heading.indexOf(':') < heading.length() - c.length()
                        && key.length() - c.length() <= 20) {
                    return stripped;
                }
            }
        }
        // The on-page headline wins when the page's own metadata confirms it; it is what a reader saw.
        for (String heading : headings) {
            String key = comparable(heading);
            for (String candidate : declared) {
                String c = comparable(candidate);
                if (!key.isEmpty() && (c.equals(key) || c.startsWith(key) && key.length() >= 10
                        || key.length() >= 15 && c.contains(key) || key.startsWith(c) && c.length() >= 15)) {
                    return heading;
                }
            }
        }
        // Blogs often mark up their own name as h1 and the post title as h2: take the h2 the metadata confirms.
        // A section heading that merely starts like the title ("What is X?" under "What is X - a guide") is not it,
        // so when the page has a headline of its own the h2 must match a declared title exactly.
        boolean prefixOk = headings.isEmpty();
        for (Element h2 : document.select("h2")) {
            String text = TextNormalizer.oneLine(h2.text());
            String key = comparable(text);
            if (key.length() >= 10 && declared.stream().anyMatch(d -> {
                String c = comparable(d);
                return c.equals(key) || comparable(stripSiteName(d, siteName)).equals(key)
                        || prefixOk && c.startsWith(key + " ");
            })) {
                return text;
            }
        }
        // No headline of its own marked up as h1: the post's title in the hAtom microformat ("entry-title") is what
        // the reader sees above the text, even where the metadata words it for search engines.
        if (headings.isEmpty()) {
            Set<String> entryTitles = new LinkedHashSet<>();
            for (Element entryTitle : document.select(".entry-title")) {
                String text = TextNormalizer.oneLine(entryTitle.text());
                if (text.split("\\s+").length >= 2 && !inPageFurniture(entryTitle)) {
                    entryTitles.add(text);
                }
            }
            if (entryTitles.size() == 1) {
                return entryTitles.iterator().next();
            }
        }
        // Otherwise the page's own headline still beats a metadata title written for search engines, unless it is a
        // label of one to three words ("Day 7", "VPN Services") that the declared title neither repeats nor contains.
        if (!headings.isEmpty() && headings.getFirst().split("\\s+").length <= 3 && !declared.isEmpty()) {
            String label = comparable(headings.getFirst());
            String stripped = stripSiteName(declared.getFirst(), siteName);
            String c = comparable(stripped);
            if (c.split(" ").length >= 4 && !c.contains(label) && !comparable(declared.getFirst()).contains(label)) {
                return stripped;
            }
        }
        if (!headings.isEmpty() && headings.getFirst().split("\\s+").length >= 2) {
            return headings.getFirst();
        }
        // Some plugins cut the JSON-LD headline at 110 characters; a longer copy of the same title is the real one.
        for (int i = 0; i < declared.size(); i++) {
            for (String other : declared) {
                String shorter = comparable(declared.get(i));
                if (comparable(other).startsWith(shorter) && other.length() > declared.get(i).length()
                        && shorter.length() >= 30) {
                    declared.set(i, other);
                }
            }
        }
        for (String candidate : declared) {
            String stripped = stripSiteName(candidate, siteName);
            if (!stripped.isBlank()) {
                return stripped;
            }
        }
        return headings.isEmpty() ? null : headings.getFirst();
    }

    /**
     * Blogs mark up their own name as h1 and write "Blog Name: Post Title" into the page title: when what the title
     * holds besides the h1 is also the page's og:title or an h2/h3 on the page, the h1 is the blog's name and that
     * other heading the post's. Returns the post title, or null when the h1 is not such a name.
     */
    private static @Nullable String postUnderBlogName(Document document, Map<String, String> metas, String h1,
            String site) {
        String name = comparable(h1);
        String title = comparable(document.title());
        String rest;
        if (name.isEmpty() || title.length() <= name.length()) {
            return null;
        } else if (title.startsWith(name + " ")) {
            rest = title.substring(name.length() + 1);
        } else if (title.endsWith(" " + name)) {
            rest = title.substring(0, title.length() - name.length() - 1);
        } else {
            return null;
        }
        // "Headline - Site Name" with the site's name repeated as a heading: the h1 is the headline after all.
        if (!site.isEmpty() && site.contains(rest)) {
            return null;
        }
        String og = meta(metas, "og:title");
        if (og != null && comparable(og).equals(rest)) {
            return TextNormalizer.oneLine(og);
        }
        for (Element heading : document.select("h2, h3")) {
            String text = TextNormalizer.oneLine(heading.text());
            if (comparable(text).equals(rest) && !inPageFurniture(heading)) {
                return text;
            }
        }
        return null;
    }

    /** A question mark inside a line (not at its end) or a replacement character: bytes lost to an encoding. */
    private static final Pattern GARBLED = Pattern.compile("\\uFFFD|\\p{L}\\?(?:\\p{L}|\\s+\\p{L})");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern NON_LATIN_LETTER = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");

    /**
     * Full-width punctuation ("Work？") typed with a CJK keyboard into a Latin-script title: the ASCII form, as the
     * headline reads. Titles in CJK scripts keep theirs.
     */
    static String latinPunctuation(String title) {
        if (title.chars().noneMatch(c -> c >= 0xFF01 && c <= 0xFF5E) || NON_LATIN_LETTER.matcher(title).find()
                || !LATIN.matcher(title).find()) {
            return title;
        }
        StringBuilder out = new StringBuilder(title.length());
        title.chars().forEach(c -> out.append((char) (c >= 0xFF01 && c <= 0xFF5E ? c - 0xFF01 + 0x21 : c)));
        return out.toString();
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it is known to exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static final Pattern LOGO_HINT = Pattern.compile(
            "(?:^|[\\s_-])(?:logo|site-?title|site-?name|brand)(?=$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PIPE = Pattern.compile("\\s+[|–—-]\\s+");

    /**
     * Whether a heading sits in navigation, a footer, a sidebar or the site's logo. Only the ancestors below
     * {@code body} count: WordPress puts "wp-custom-logo" on the body of every page of a site with a logo.
     */
    private static boolean inPageFurniture(Element heading) {
        for (Element e = heading; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || e.attr("role").equals("navigation")
                    || LOGO_HINT.matcher(ownClasses(e) + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's classes without the taxonomy ones that blog engines add to a post for each of its tags and
     * categories ("tag-sustainable-brand-clothing"): those name the post's subjects, not the element's role.
     */
    private static String ownClasses(Element e) {
        StringBuilder out = new StringBuilder();
        for (String name : e.classNames()) {
            if (!name.startsWith("tag-") && !name.startsWith("category-")) {
                out.append(name).append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * "Headline | Opinion", "Headline — Strength Training": short trailing parts after a pipe or spaced dash in an
     * on-page headline are section, series or teaser labels, not part of the headline.
     */
    static String stripHeadlineTail(String headline) {
        String[] parts = PIPE.split(headline);
        int keep = parts.length;
        while (keep > 1 && parts[keep - 1].split("\\s+").length <= 4 && parts[0].split("\\s+").length >= 3) {
            keep--;
        }
        return keep == parts.length ? headline : rejoin(headline, List.of(parts).subList(0, keep));
    }

    static String stripSiteName(String title, @Nullable String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String site = comparable(siteName);
        List<String> kept = new ArrayList<>(List.of(parts));
        if (!site.isEmpty()) {
            kept.removeIf(part -> {
                String p = comparable(part);
                return p.equals(site) || site.contains(p) && p.length() >= 3 || p.contains(site) && kept.size() > 1
                        && p.length() < site.length() + 12;
            });
            if (kept.size() < parts.length && !kept.isEmpty()) {
                // "Headline – Site Name | Parent Org": what follows the site's name is not the headline's either.
                int first = 0;
                while (first < parts.length && kept.contains(parts[first])) {
                    first++;
                }
                if (first > 0 && first < parts.length) {
                    return rejoin(title, List.of(parts).subList(0, first));
                }
                return rejoin(title, kept);
            }
        }
        // "Headline | Site" without a declared site name: drop a short last part when the rest is clearly a headline.
        String last = parts[parts.length - 1];
        if (last.split("\\s+").length <= 4 && parts[0].split("\\s+").length >= 3
                || DOMAIN_NAME.matcher(last.strip()).matches()) {
            return rejoin(title, List.of(parts).subList(0, parts.length - 1));
        }
        // "Site | Headline", "Site | site.com - Headline": a short name before a pipe (and the site's address), then
        // a headline of five words or more.
        Matcher prefix = SITE_PREFIX.matcher(title);
        if (prefix.lookingAt()) {
            String rest = title.substring(prefix.end()).strip();
            String[] restParts = TITLE_SEPARATOR.split(rest);
            if (restParts.length > 1 && DOMAIN_NAME.matcher(restParts[0].strip()).matches()) {
                rest = rejoin(rest, List.of(restParts).subList(1, restParts.length));
            }
            if (rest.split("\\s+").length >= 5) {
                return rest;
            }
        }
        return title.strip();
    }

    private static final Pattern SITE_PREFIX = Pattern.compile("\\s*[^|\\s]+(?:\\s+[^|\\s]+){0,2}\\s+\\|\\s+");

    /** "Newegg.com", "move.org": a site's address written as its name. */
    private static final Pattern DOMAIN_NAME = Pattern.compile("(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}");

    private static String rejoin(String title, List<String> parts) {
        // Cut the original string at the end of the last kept part so inner separators survive as written.
        String lastKept = parts.getLast();
        int end = title.indexOf(lastKept) + lastKept.length();
        int start = title.indexOf(parts.getFirst());
        return start >= 0 && end > start ? title.substring(start, end).strip() : String.join(" - ", parts);
    }

    // ---- author

    private static @Nullable String author(Document document, Map<String, String> metas, @Nullable JsonNode article,
            Map<String, JsonNode> byId,
            @Nullable String siteName) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            addIfPresent(candidates, names(article.get("author"), byId));
            addIfPresent(candidates, names(article.get("creator"), byId));
        }
        addIfPresent(candidates, meta(metas, "author"));
        addIfPresent(candidates, meta(metas, "article:author"));
        addIfPresent(candidates, meta(metas, "parsely-author"));
        addIfPresent(candidates, meta(metas, "sailthru.author"));
        addIfPresent(candidates, meta(metas, "dc.creator"));
        for (int i = 1; i <= 4; i++) {
            // Some CMSes print the byline only as a Twitter card label: twitter:label1 "Written by", twitter:data1.
            String label = meta(metas, "twitter:label" + i);
            if (label != null && label.toLowerCase(Locale.ROOT).matches("(written by|author|by)")) {
                addIfPresent(candidates, meta(metas, "twitter:data" + i));
            }
        }
        for (Element element : document.select("[rel=author], [itemprop=author], a[href*=/author/]")) {
            if (element.closest(COMMENTS) != null) {
                continue;
            }
            Element name = element.selectFirst("[itemprop=name]");
            String value = name != null ? firstNonBlank(name.attr("content"), name.text())
                    : firstNonBlank(element.attr("content"), element.text());
            addIfPresent(candidates, value);
        }
        for (Element label : document.select("p, span, div, dt, strong, small")) {
            // A "Written by" label with the name in the next element.
            String own = label.ownText().strip().toLowerCase(Locale.ROOT);
            if (label.children().isEmpty() && own.matches("(written by|author|by|words by|posted by):?")) {
                Element next = label.nextElementSibling();
                if (next != null && next.text().length() < 80) {
                    addIfPresent(candidates, next.text());
                }
            }
        }
        for (Element element : document.select("[class], [id]")) {
            String hint = element.className() + " " + element.id();
            if (BYLINE_HINT.matcher(hint).find() && element.children().size() <= 6
                    && element.closest(COMMENTS) == null) {
                String text = element.text();
                if (text.length() > 2 && text.length() < 120) {
                    addIfPresent(candidates, text);
                }
            }
        }
        for (Element element : document.select("p, span, div, li")) {
            // A visible "By Jane Doe" line without any class to go by.
            String text = element.text();
            if (text.length() < 60 && text.length() > 5 && PLAIN_BYLINE.matcher(text).lookingAt()
                    && element.closest(COMMENTS) == null) {
                addIfPresent(candidates, text);
                break;
            }
        }
        for (String candidate : candidates) {
            String clean = cleanAuthor(candidate, siteName);
            if (clean != null) {
                return clean;
            }
        }
        return null;
    }

    static @Nullable String cleanAuthor(String raw, @Nullable String siteName) {
        String s = TextNormalizer.oneLine(raw);
        if (s.startsWith("http") || s.startsWith("@") || s.contains("/") || s.contains("@")) {
            return null;
        }
        s = BY_PREFIX.matcher(s).replaceFirst("").strip();
        // "Ahmed Hassan - World News Editor", "Dec. 19, 2025 · Niko Matsakis": the name is the first part that is
        // not a date.
        for (String part : s.split("\\s+[-–—|•·]\\s+|\\s{2,}")) {
            String name = cleanName(BY_PREFIX.matcher(part.strip()).replaceFirst(""));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static @Nullable String cleanName(String part) {
        String s = part.replaceAll("(?i)\\s*(?:posted|published|updated)?\\s*(?:on\\s+)?"
                + "(?:jan|feb|mar|apr|may|jun|jul|aug"
                + "|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}.*$", "").strip();
        s = s.replaceAll("\\s+on behalf of.*$", "").replaceAll("[,;:]+$", "").strip();
        if (s.length() < 3 || s.length() > 100 || !s.matches(".*\\p{L}.*") || s.matches(".*\\d{3,}.*")
                || DateParser.parseHuman(s) != null) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches("(admin|administrator|staff|author|the author|unknown|guest|editor|anonymous|by|none|null"
                + "|undefined|written by|posted by)") || lower.endsWith(" says")) {
            return null;
        }
        if (s.split("\\s+").length > 12) {
            return null;
        }
        return s;
    }

    private static @Nullable String names(@Nullable JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            Set<String> all = new LinkedHashSet<>();
            for (JsonNode item : node) {
                String name = name(item, byId);
                if (name != null) {
                    all.add(name);
                }
            }
            return all.isEmpty() ? null : joinNames(List.copyOf(all));
        }
        return name(node, byId);
    }

    private static String joinNames(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
    }

    private static @Nullable String name(@Nullable JsonNode node, Map<String, JsonNode> byId) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0), byId);
        }
        if (!node.isObject()) {
            return null;
        }
        String name = text(node.get("name"));
        if (name == null && node.get("@id") != null) {
            JsonNode target = byId.get(node.get("@id").asString());
            if (target != null && target != node) {
                name = text(target.get("name"));
            }
        }
        return name;
    }

    // ---- date

    private static @Nullable OffsetDateTime published(Document document, Map<String, String> metas,
            @Nullable JsonNode article, @Nullable String url) {
        // The date printed with the headline is what readers (and the archive's users) take as the article's date,
        // even when the metadata still carries the first version's date. When both agree on the day, the metadata's
        // copy is kept for its time and zone.
        OffsetDateTime declared = declaredDate(document, metas, article, url);
        OffsetDateTime visible = visibleDate(document);
        if (visible == null || declared != null && declared.toLocalDate().equals(visible.toLocalDate())) {
            return declared;
        }
        return visible;
    }

    private static @Nullable OffsetDateTime declaredDate(Document document, Map<String, String> metas,
            @Nullable JsonNode article, @Nullable String url) {
        if (article != null) {
            OffsetDateTime date = DateParser.parseMachine(text(article.get("datePublished")));
            if (date != null) {
                return date;
            }
        }
        for (String name : List.of("article:published_time", "og:published_time", "og:article:published_time",
                "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date",
                "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
                "article.published", "citation_publication_date", "citation_date", "bt:pubDate", "published",
                "publication_date", "date.published", "article_date_original", "original-publish-date")) {
            OffsetDateTime date = DateParser.parseMachine(meta(metas, name));
            if (date != null) {
                return date;
            }
        }
        for (Element element : document.select("[itemprop=datePublished], time[pubdate], time.published, "
                + "time.entry-date, .published time")) {
            OffsetDateTime date = DateParser.parseMachine(
                    firstNonBlank(element.attr("datetime"), element.attr("content"), element.text()));
            if (date != null) {
                return date;
            }
        }
        if (article != null) {
            OffsetDateTime date = DateParser.parseMachine(text(article.get("dateCreated")));
            if (date != null) {
                return date;
            }
        }
        for (Element meta : document.select("meta[content]")) {
            String key = (meta.attr("name") + meta.attr("property")).toLowerCase(Locale.ROOT);
            if (key.contains("publish") && (key.contains("date") || key.contains("time"))) {
                OffsetDateTime date = DateParser.parseMachine(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        OffsetDateTime fromUrl = DateParser.fromUrl(url);
        if (fromUrl != null) {
            return fromUrl;
        }
        OffsetDateTime fromScript = scriptDate(document);
        if (fromScript != null) {
            return fromScript;
        }
        for (Element time : document.select("time[datetime]")) {
            if (isUpdateDate(time) || time.closest("aside, footer, nav, [class*=comment], [class*=related]") != null) {
                continue;
            }
            OffsetDateTime date = DateParser.parseMachine(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        for (Element element : document.select("[class], [id]")) {
            String hint = element.className() + " " + element.id();
            if (!DATE_HINT.matcher(hint).find() || UPDATED_HINT.matcher(hint).find()
                    || element.closest("[class*=comment], [class*=related], aside, footer") != null) {
                continue;
            }
            String text = element.text();
            if (text.length() >= 6 && text.length() <= 150 && !UPDATED_HINT.matcher(text).find()) {
                OffsetDateTime date = DateParser.parseHuman(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:published|posted|updated|last updated|written|date|released|modified)(?: on)?\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** The first date shown near the headline, in document order, outside comments, sidebars and lists of posts. */
    private static @Nullable OffsetDateTime visibleDate(Document document) {
        Element body = document.body();
        List<Element> all = body.getAllElements();
        int from = 0;
        Element h1 = document.selectFirst("h1");
        if (h1 != null && h1.parent() != null) {
            Element start = h1.parent();
            from = Math.max(0, all.indexOf(start));
        }
        int scanned = 0;
        for (int i = from; i < all.size() && scanned < 400; i++, scanned++) {
            Element element = all.get(i);
            // Right under the headline, a short line that is (or holds) a date is the dateline, whatever its markup.
            if (h1 != null && scanned < 60 && element.childrenSize() <= 3 && element.closest(NOT_ARTICLE) == null) {
                String text = element.text();
                if (text.length() >= 6 && text.length() <= 80) {
                    OffsetDateTime date = DateParser.parseHuman(text);
                    if (date != null) {
                        return date;
                    }
                }
            }
            boolean time = element.normalName().equals("time");
            boolean hinted = !time && (DATE_HINT.matcher(element.className() + " " + element.id()).find()
                    || DATE_LABEL.matcher(element.ownText().strip()).matches());
            if (!time && !hinted) {
                continue;
            }
            String text = element.text();
            if (text.length() > 150 || element.closest(NOT_ARTICLE) != null) {
                continue;
            }
            OffsetDateTime date = time ? DateParser.parseMachine(element.attr("datetime")) : null;
            if (date == null && text.length() >= 6) {
                date = DateParser.parseHuman(text);
            }
            Element next = element.nextElementSibling();
            if (date == null && next != null && DATE_LABEL.matcher(text).matches() && next.text().length() <= 80) {
                // "Last updated:" in one element, "Dec 12, 2025" in the next.
                date = DateParser.parseHuman(next.text());
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static final Pattern SCRIPT_DATE = Pattern.compile("\"(?:datePublished|publishDate|publishedAt|published_at"
            + "|publishedDate|published_date|publish_date|first_publication_date|date_posted|pubDate|createdAt)\"\\s*:"
            + "\\s*\"([^\"]{8,40})\"");

    /** A publication date in a page's embedded JSON state (Next.js, Nuxt, Prismic and the like). */
    private static @Nullable OffsetDateTime scriptDate(Document document) {
        for (Element script : document.select("script")) {
            String data = script.data();
            if (data.length() > 2_000_000) {
                continue;
            }
            var m = SCRIPT_DATE.matcher(data);
            if (m.find()) {
                OffsetDateTime date = DateParser.parseMachine(m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static boolean isUpdateDate(Element time) {
        Element parent = time.parent();
        String context = time.className() + " " + time.attr("itemprop") + " "
                + (parent == null ? "" : parent.className() + " " + parent.ownText());
        return UPDATED_HINT.matcher(context).find();
    }

    // ---- language

    private static @Nullable String language(Document document, Map<String, String> metas) {
        Element html = document.selectFirst("html");
        String declared = firstNonBlank(html == null ? null : html.attr("lang"),
                meta(metas, "content-language"), meta(metas, "og:locale"), meta(metas, "language"));
        if (declared == null) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    // ---- JSON-LD plumbing

    private static List<JsonNode> linkedData(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes, 0);
            } catch (JacksonException e) {
                // Hand-written JSON-LD is often broken; the page still has meta tags and markup to fall back on.
            }
        }
        return nodes;
    }

    private static void flatten(@Nullable JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                flatten(item, out, depth + 1);
            }
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static Map<String, JsonNode> indexById(List<JsonNode> nodes) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            JsonNode id = node.get("@id");
            if (id != null && id.isString()) {
                byId.putIfAbsent(id.stringValue(), node);
            }
        }
        return byId;
    }

    private static @Nullable JsonNode mainArticle(List<JsonNode> nodes) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode node : nodes) {
            for (String type : types(node)) {
                int rank = type.endsWith("article") || type.equals("blogposting") || type.equals("report") ? 0
                        : ARTICLE_TYPES.contains(type) ? 1 : Integer.MAX_VALUE;
                // A WebPage node counts only when it carries article fields.
                if (rank == 1 && node.get("headline") == null && node.get("datePublished") == null
                        && node.get("author") == null) {
                    rank = Integer.MAX_VALUE;
                }
                if (rank < bestRank) {
                    best = node;
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                types.add(t.asString().toLowerCase(Locale.ROOT));
            }
        } else {
            types.add(type.asString().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(firstPresent(node.get("@value"), node.get("@id"), node.get("url")));
        }
        String value = node.asString();
        return value.isBlank() ? null : org.jsoup.parser.Parser.unescapeEntities(value, false).strip();
    }

    private static @Nullable JsonNode firstPresent(@Nullable JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node != null && !node.isNull()) {
                return node;
            }
        }
        return null;
    }

    // ---- small helpers

    /**
     * Every meta tag's content by its name, property, itemprop or http-equiv (lower case; the first non-blank one in
     * page order wins): read once per page instead of one document scan per name looked up.
     */
    private static Map<String, String> metas(Document document) {
        Map<String, String> metas = new HashMap<>();
        for (Element element : document.select("meta[content]")) {
            String content = element.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : META_KEYS) {
                String name = element.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    metas.putIfAbsent(name, content);
                }
            }
        }
        return metas;
    }

    private static @Nullable String meta(Map<String, String> metas, String name) {
        String content = metas.get(name.toLowerCase(Locale.ROOT));
        return content == null ? null : TextNormalizer.oneLine(content);
    }

    private static @Nullable String absoluteAttr(@Nullable Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String value = element.absUrl(attribute);
        return value.isEmpty() ? firstNonBlank(element.attr(attribute)) : value;
    }

    private static void addIfPresent(List<String> list, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(TextNormalizer.oneLine(value));
        }
    }

    static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Lower case, letters and digits only: for comparing a headline with its metadata copies. */
    private static String comparable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
