package org.newsroom.search.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text article as copied from a web page: the first line is the title when it looks like one; breadcrumb,
 * byline and dateline lines move into metadata; share counters, photo credits, template residue and trailing page
 * furniture ("You may also like", "Leave a Comment") are dropped. Pure and thread-safe.
 */
final class PlainTextArticleParser {

    private static final Pattern BREADCRUMB = Pattern.compile("^home\\s*[»›>/|].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:written |posted |story |words )?by[:\\s]+(.{3,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:written|posted|published|updated|last updated|date)(?: on)?[:\\s]+(.{6,60})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|da|van|von|del|la|le|bin|al))"
                    + "(?: \\p{Lu}[\\p{L}'’.-]+){0,2}$");
    private static final Pattern COUNTER = Pattern.compile("^[\\d.,]+[kKmM]?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|[.)]\\s)(?:photo|image|credit|picture|source|foto)s?(?: credit)?:\\s*[^.]{2,80}\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE_RESIDUE = Pattern.compile("\\[(?:INTERNAL_LINK|EXTERNAL_LINK|LINK|IMAGE|"
            + "EMBED|AD|ADVERTISEMENT)(?::[^\\]]*)?\\]");
    private static final Pattern TRAILER = Pattern.compile("^(?:you may also like|you might also like|related posts?"
            + "|related articles|leave a comment|leave a reply|this site uses akismet.*|share this:?|comments?"
            + "|more stories|read next|recommended for you|subscribe to our newsletter.*)$", Pattern.CASE_INSENSITIVE);
    private static final int TITLE_MAX_CHARS = 200;

    private PlainTextArticleParser() {
    }

    /** Splits {@code text} (already normalized) into title, byline, dateline and clean body. */
    static TextArticle parse(String text) {
        List<String> lines = new ArrayList<>(List.of(TextNormalizer.normalize(text).split("\n", -1)));
        String title = null;
        String author = null;
        OffsetDateTime published = null;
        List<String> body = new ArrayList<>(lines.size());
        boolean expectAuthorLine = false;
        int index = 0;
        for (String line : lines) {
            boolean head = index++ < 12;
            if (line.isEmpty()) {
                body.add(line);
                continue;
            }
            if (head && BREADCRUMB.matcher(line).matches()) {
                continue;
            }
            if (title == null && body.stream().allMatch(String::isEmpty) && looksLikeTitle(line)) {
                title = line;
                continue;
            }
            if (head && line.equals(title)) {
                continue;
            }
            if (head && author == null) {
                Matcher byline = BYLINE.matcher(line);
                if (byline.matches()) {
                    author = HtmlMetadataExtractor.cleanAuthor(byline.group(1), null);
                    continue;
                }
            }
            if (head && published == null) {
                Matcher dateline = DATELINE.matcher(line);
                if (dateline.matches()) {
                    published = DateParser.parseHuman(dateline.group(1));
                    if (published != null) {
                        expectAuthorLine = true;
                        continue;
                    }
                }
            }
            if (expectAuthorLine) {
                expectAuthorLine = false;
                if (author == null && PERSON_NAME.matcher(line).matches()) {
                    author = line;
                    continue;
                }
            }
            if (COUNTER.matcher(line).matches()) {
                continue;
            }
            if (line.length() < 300 && PHOTO_CREDIT.matcher(line).find()) {
                continue;
            }
            if (TEMPLATE_RESIDUE.matcher(line).find()) {
                String rest = TEMPLATE_RESIDUE.matcher(line).replaceAll("").strip();
                // A teaser that only pointed at the link ("Explore more in our analysis: [LINK].") is residue too.
                if (rest.length() < 200) {
                    continue;
                }
                line = rest;
            }
            body.add(line);
        }
        cutTrailer(body);
        String joined = String.join("\n", body).replaceAll("\n{3,}", "\n\n").strip();
        return new TextArticle(title, author, published, joined);
    }

    static boolean looksLikeTitle(String line) {
        String s = line.strip();
        if (s.length() < 3 || s.length() > TITLE_MAX_CHARS || s.endsWith(".") && !s.endsWith("...")) {
            return false;
        }
        int words = s.split("\\s+").length;
        return words >= 2 && words <= 30 && !s.endsWith(",") && !s.endsWith(";");
    }

    private static void cutTrailer(List<String> body) {
        int cutAt = -1;
        int start = body.size() * 6 / 10;
        for (int i = body.size() - 1; i >= start; i--) {
            String line = body.get(i).strip();
            if (TRAILER.matcher(line).matches()) {
                cutAt = i;
            }
        }
        if (cutAt >= 0) {
            body.subList(cutAt, body.size()).clear();
        }
    }

    /** The first words of the body, for articles that have no title line. */
    static String titleFromBody(String body, @Nullable String source) {
        String firstLine = body.strip().split("\n", 2)[0];
        String[] words = firstLine.split("\\s+");
        if (firstLine.isBlank()) {
            return source == null || source.isBlank() ? "Untitled" : source;
        }
        StringBuilder title = new StringBuilder();
        for (String word : words) {
            if (title.length() + word.length() > 80) {
                title.append('…');
                break;
            }
            title.append(title.isEmpty() ? "" : " ").append(word);
        }
        return title.toString();
    }
}
