package org.newsroom.search.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/**
 * Wire-copy conventions that name people and companies the model rarely sees: bylines and credit lines, and
 * Reuters' angle-bracket company marks. One instance per article; not thread-safe.
 */
final class WireMarks {

    private final Map<String, Surface> lexicon;

    WireMarks(Map<String, Surface> lexicon) {
        this.lexicon = lexicon;
    }

    /** "By Priya Raman and Tomás Ortega" as a line of its own. */
    private static final Pattern BYLINE_LINE = Pattern.compile("^\\s*(?:By|BY)\\s+([^.!?:;]{3,100})$");
    /** "(Reporting by Priya Raman in Hsinchu; Editing by Mark Potter)". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Aa]dditional reporting) by ([^;()\\n]{3,200})");
    private static final Pattern CREDIT_SPLIT = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,3}");

    /**
     * Bylines and credit lines name people the model rarely sees (the line looks like a headline): each listed
     * two-to-four-word capitalized name is a person. Place names after "in" are dropped.
     */
    void addBylines(String text) {
        if (text.length() > 300 || text.indexOf(" by ") < 0 && text.indexOf("By ") < 0 && text.indexOf("BY ") < 0) {
            return;
        }
        Matcher line = BYLINE_LINE.matcher(text);
        if (line.matches()) {
            addCredited(line.group(1));
        }
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            addCredited(credit.group(1));
        }
    }

    private void addCredited(String list) {
        for (String part : CREDIT_SPLIT.split(list.strip())) {
            int in = part.indexOf(" in ");
            String name = (in > 0 ? part.substring(0, in) : part).strip();
            if (!PERSON_NAME.matcher(name).matches() || Names.isAllCaps(name)) {
                continue;
            }
            MentionCleaner.Cleaned c = MentionCleaner.clean(name, 0, name.length(), EntityType.PERSON);
            if (c != null && c.start() == 0 && c.end() == name.length()) {
                Surface.of(lexicon, name).votes[0]++;
            }
        }
    }

    /** Reuters marks companies: "<Avinda Video Inc> said", "Mazda Motor Corp <MAZT.T>". */
    private static final Pattern ANGLE_BRACKETS = Pattern.compile("<([^<>\\n]{1,80})>");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "und", "of", "de", "et", "y", "du", "des");
    private static final int MAX_TICKER_NAME_WORDS = 8;
    private static final int MAX_TITLE_TICKER_NAME_WORDS = 4;

    /** Only the "<Avinda Video Inc>" convention: for lines that look like headlines. */
    void addBracketedCompanies(String text) {
        Matcher m = ANGLE_BRACKETS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!inside.equals(inside.toUpperCase(Locale.ROOT))) {
                vote(inside);
            }
        }
    }

    /**
     * Reuters wire conventions: a name in angle brackets is an unlisted company, and the capitalized words right
     * before a ticker in angle brackets ("SmithKline Beckman Corp <SKB>") are a listed one. In an all-caps title
     * ("NORTHEAST SAVINGS F.A. <NSB> 2ND QTR NET LOSS") only a short run at the start or after a comma counts.
     */
    void addReutersCompanyMarks(String text, boolean title) {
        Matcher m = ANGLE_BRACKETS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            // "<MAZT.T>", "<SMBS ST>": no lower-case letter is a ticker; "<Avinda Video Inc>" is a name.
            boolean ticker = inside.length() <= 12 && inside.equals(inside.toUpperCase(Locale.ROOT));
            if (!ticker) {
                if (!title) {
                    vote(inside);
                }
                continue;
            }
            List<String> words = Names.tokens(text.substring(0, m.start()));
            int max = title ? MAX_TITLE_TICKER_NAME_WORDS : MAX_TICKER_NAME_WORDS;
            int first = words.size();
            while (first > 0 && words.size() - first < max) {
                String w = words.get(first - 1);
                boolean last = first == words.size();
                if (!last && (w.endsWith(",") || w.endsWith(":") || w.endsWith(";") || w.endsWith(")"))
                        || w.indexOf('/') >= 0) {
                    break; // "TALKING POINT/VIACOM <VIA>"
                }
                boolean joiner = NAME_JOINERS.contains(w);
                if (joiner && first < words.size() && NAME_JOINERS.contains(words.get(first))) {
                    break; // "Hiroshima and of Brown Boveri": two joiners in a row end the name
                }
                if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) || joiner) {
                    first--;
                } else {
                    break;
                }
            }
            while (first < words.size() && NAME_JOINERS.contains(words.get(first))) {
                first++;
            }
            if (first == words.size()) {
                continue;
            }
            if (title && (first > 0 && !words.get(first - 1).endsWith(",")
                    || Names.withoutCompanySuffix(Names.foldedTokens(words.getLast())).size() == 1)) {
                // "U.S. OKAYS USAIR <U>": in a title only a name ending in a legal form is sure to be one
                continue;
            }
            String name = String.join(" ", words.subList(first, words.size()));
            String written = title ? titleCase(name) : name;
            if (written != null) {
                vote(written);
            }
        }
    }

    /** A marked name is a company even where the model reads it as a person ("<Intelmatique> said"). */
    private void vote(String name) {
        MentionCleaner.Cleaned c = MentionCleaner.clean(name, 0, name.length(), EntityType.ORGANIZATION);
        if (c != null && Character.isLetter(name.charAt(c.start()))) {
            Surface s = Surface.of(lexicon, name.substring(c.start(), c.end()));
            s.votes[1]++;
            s.companyCue = true;
        }
    }

    /**
     * "NORTHEAST SAVINGS F.A." gives "Northeast Savings F.A."; null when the casing cannot be guessed: a short word
     * may be an acronym ("ITT", "LSB") or a name ("JIM"), and a possessive ("GM'S") is no name.
     */
    static @Nullable String titleCase(String allCaps) {
        StringBuilder out = new StringBuilder(allCaps.length());
        for (String w : allCaps.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean suffix = Names.withoutCompanySuffix(Names.foldedTokens(w)).isEmpty();
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.indexOf('\'') >= 0 || w.indexOf('’') >= 0) {
                return null;
            }
            if (NAME_JOINERS.contains(lower)) {
                out.append(lower);
                continue;
            }
            if (w.indexOf('.') >= 0) {
                out.append(w);
                continue;
            }
            if (w.length() <= 3 && !suffix) {
                return null;
            }
            boolean start = true;
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                out.append(start ? ch : Character.toLowerCase(ch));
                start = !Character.isLetter(ch);
            }
        }
        return out.toString();
    }
}
