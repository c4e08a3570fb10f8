package org.newsroom.search.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/**
 * Trims a raw model span to the name it carries: quotes and brackets, possessives ("Petro’s"), and leading honorifics
 * or roles ("President", "Defense Minister", "Sen.") go, because facet values must be bare names (issue point 2).
 * Stateless and thread-safe.
 */
final class MentionCleaner {

    /** Characters never part of a name at its edges. */
    private static final String EDGE = " \t\"'“”‘’«»„()[]{}<>*_,;:!?|/\\–—-…";

    /**
     * Titles and role words that precede person names. Lower case, without a final period. Only stripped at the start
     * of a person mention, never from organizations ("General Motors").
     */
    static final Set<String> ROLE_WORDS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
            "gov", "governor", "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt",
            "captain", "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "rev", "reverend", "fr", "father",
            "sir", "dame", "lord", "lady", "president", "president-elect", "vice", "prime", "minister", "secretary",
            "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi",
            "imam", "sheikh", "judge", "justice", "chairman", "chairwoman", "chair", "chief", "ceo", "director",
            "ambassador", "mayor", "deputy", "foreign", "defense", "defence", "interior", "finance", "economy",
            "trade", "health", "state", "home", "attorney", "former", "ex", "acting", "assistant", "undersecretary",
            "spokesman", "spokeswoman", "spokesperson", "commissioner", "inspector", "agent", "officer", "detective",
            "senior", "first", "congressman", "congresswoman", "councilman", "councilwoman", "treasury", "energy",
            "labor", "labour", "agriculture", "oil", "u.s", "us", "u.k", "uk", "colombian", "american", "venezuelan",
            "mexican", "british", "french", "german", "russian", "chinese", "then", "late");

    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");

    private static final Pattern PARTY_STATE = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");

    /**
     * Words before an organization's name that are not part of it ("the", "opposition Labour Party", "Former Guinness
     * Plc chairman").
     */
    private static final Set<String> ORG_PREFIXES = Set.of("the", "opposition", "ruling", "former");

    /** "ezCater", "iCiMS": a company name may start in lower case when a capital follows within three letters. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Ll}{1,3}\\p{Lu}\\p{L}*(?:\\s|$)");

    private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{L}+['\u2019]s");

    private MentionCleaner() {}

    /** A cleaned span inside the same text. */
    record Cleaned(int start, int end) {}

    /** Cleans {@code text[start,end)} for the given type, or returns null when no name is left. */
    static @Nullable Cleaned clean(String text, int start, int end, EntityType type) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && EDGE.indexOf(text.charAt(s)) >= 0) {
                s++;
                changed = true;
            }
            while (s < e && EDGE.indexOf(text.charAt(e - 1)) >= 0) {
                e--;
                changed = true;
            }
            if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                    && isApostrophe(text.charAt(e - 2))) {
                e -= 2;
                changed = true;
            }
            int wordEnd = nextSpace(text, s, e);
            if (wordEnd < e) {
                String first = text.substring(s, wordEnd);
                if (strippable(first, type)) {
                    s = wordEnd + 1;
                    changed = true;
                }
            }
        }
        if (type == EntityType.ORGANIZATION) {
            e = stripTrailingMonth(text, s, e);
            s = afterBasedIn(text, s, e);
        }
        e = cutAtYear(text, s, e);
        if (s >= e) {
            return null;
        }
        String name = text.substring(s, e);
        if (isPlaceName(name, type) || type == EntityType.ORGANIZATION && isRoleOf(name)) {
            return null;
        }
        if (PARTY_STATE.matcher(name).matches()
                || s >= 2 && PARTY_STATE.matcher(text.substring(s - 2, e)).matches()) {
            // "Sen. Chris Dodd, D-Conn": party and state, not an organization or a person.
            return null;
        }
        if (MONTHS.contains(name.toLowerCase(Locale.ROOT))) {
            // "May" is tagged as a person in "shipment in May".
            return null;
        }
        if (!isNameLike(name) || !balanced(name) || (type == EntityType.PERSON && isRoleWord(name))) {
            return null;
        }
        return new Cleaned(s, e);
    }

    /** String form of {@link #clean}, for names that arrive without context (stored facet values). */
    static @Nullable String cleanName(String name, EntityType type) {
        String collapsed = String.join(" ", Names.tokens(name));
        Cleaned c = clean(collapsed, 0, collapsed.length(), type);
        return c == null ? null : collapsed.substring(c.start(), c.end());
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** "J.D. Power 2025 North America Rental Car Satisfaction Study": a year ends the name before it. */
    private static int cutAtYear(String text, int s, int e) {
        int space = nextSpace(text, s, e);
        while (space < e) {
            int next = nextSpace(text, space + 1, e);
            if (YEAR.matcher(text.substring(space + 1, next)).matches()) {
                return space;
            }
            space = next;
        }
        return e;
    }

    /** Last words of a park, trail, street or neighbourhood: "Sam Houston Park", "M-K-T Heights". */
    private static final Set<String> PLACE_HEADS = Set.of("park", "trail", "trails", "trailhead", "hike", "bayou",
            "street", "avenue", "boulevard", "road", "heights", "greenway", "creek", "river", "lake", "bridge",
            "square", "plaza", "highway", "parkway", "beach", "canyon", "falls", "boardwalk", "freeway");

    /** Of those, the ones no person's surname is ("Grace Park", "Ricki Lake", "Jeffrey Lane" are people). */
    private static final Set<String> PLACE_HEADS_NOT_SURNAMES = Set.of("trail", "trails", "trailhead", "hike",
            "bayou", "avenue", "boulevard", "heights", "greenway", "highway", "parkway", "boardwalk", "freeway",
            "plaza");

    /** Words that make a phrase a place wherever they stand in it: "Buffalo Bayou and White Oak". */
    private static final Set<String> PLACE_WORDS = Set.of("trail", "trails", "trailhead", "hike", "bayou",
            "greenway");

    /** Roles that "of" follows in a title, not an organization: "Distinguished Professor of Sociology". */
    private static final Set<String> ROLES_OF = Set.of("professor", "lecturer", "dean", "director", "officer",
            "president", "secretary", "minister", "chairman", "chairwoman", "chancellor", "provost");

    static boolean isRoleOf(String name) {
        List<String> words = Names.foldedTokens(name);
        // Only at the start ("Distinguished Professor of Sociology"): "Office of the Director of National
        // Intelligence" is an organization.
        for (int i = 0; i + 1 < words.size() && i < 2; i++) {
            if (ROLES_OF.contains(words.get(i)) && words.get(i + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlaceName(String name, EntityType type) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        List<String> words = new java.util.ArrayList<>();
        for (String w : Names.tokens(name)) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        if ((type == EntityType.PERSON ? PLACE_HEADS_NOT_SURNAMES : PLACE_HEADS).contains(words.getLast())) {
            return true;
        }
        for (String w : words) {
            if (PLACE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Los Angeles-based Security Pacific Corp" is "Security Pacific Corp": where it is based is no part of it. */
    private static int afterBasedIn(String text, int s, int e) {
        for (int i = e - "-based ".length() - 1; i >= s; i--) {
            if (text.startsWith("-based ", i)) {
                return i + "-based ".length();
            }
        }
        return s;
    }

    /** "New York Sept" (a futures month in commodity reports) is the place, not an organization. */
    private static int stripTrailingMonth(String text, int s, int e) {
        int space = text.lastIndexOf(' ', e - 1);
        if (space > s && MONTHS.contains(text.substring(space + 1, e).toLowerCase(Locale.ROOT).replace(".", ""))) {
            return space;
        }
        return e;
    }

    private static boolean strippable(String word, EntityType type) {
        String w = word.toLowerCase(Locale.ROOT);
        if (POSSESSIVE_WORD.matcher(w).matches() && MONTHS.contains(w.substring(0, w.length() - 2))) {
            // "February's Federal Open Market Committee"
            return true;
        }
        if (type == EntityType.ORGANIZATION) {
            return ORG_PREFIXES.contains(w);
        }
        return isRoleWord(word);
    }

    static boolean isRoleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return ROLE_WORDS.contains(w);
    }

    /** At least one upper-case letter and no all-lowercase start: "the group" is no name. */
    private static boolean isNameLike(String name) {
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                upper = true;
                break;
            }
        }
        return upper && name.codePointCount(0, name.length()) >= 2
                && (!Character.isLowerCase(name.charAt(0)) || CAMEL_CASE.matcher(name).lookingAt());
    }

    /** "USA) Inc" is a fragment of "Barrick Resources (USA) Inc". */
    private static boolean balanced(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static int nextSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }
}
