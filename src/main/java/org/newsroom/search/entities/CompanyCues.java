package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in a line where the words around a capitalized name say it is a company or other organization, whatever the
 * model tagged there (issue point 2: one-word company names like "Dataminr" or "Twilio" are missed or tagged as
 * persons). Only constructions that hardly ever hold a person's or a place's name count:
 *
 * <ul>
 *   <li>a company noun right before it: "threat intelligence firm ThreatConnect", "spyware maker NSO Group";
 *   <li>a takeover around it: "Dataminr acquires ThreatConnect", "agreed to acquire Stytch";
 *   <li>an apposition ending in a company noun: "Keyless, a London-based firm specializing in ...";
 *   <li>an executive's role: "CEO of Paris Baguette", "Chief Cyber Solutions Officer at Cloudflare",
 *       "Netography CEO Martin Roesch";
 *   <li>an attribution line "– Dan Glass, CISO, NTT DATA" (name, role, organization at the end of the line).
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class CompanyCues {

    /** A capitalized word, or a camel-case one ("ezCater", "iCiMS"). */
    private static final String TOKEN = "(?:(?:\\p{Lu}\\.){2,}|[\\p{Lu}\\d](?:[\\p{L}\\d&'’+\\-]|\\.(?=[\\p{L}\\d]))*"
            + "|\\p{Ll}{1,3}\\p{Lu}[\\p{L}\\d]*)";
    private static final String NAME = "(" + TOKEN + "(?:\\s+(?:&\\s+|of\\s+|de\\s+)?" + TOKEN + "){0,4})";

    /** Not "maker": "film maker Steven Spielberg". */
    private static final String COMPANY_NOUNS = "firm|company|provider|startup|start-up|drugmaker|chipmaker|vendor|"
            + "giant|conglomerate|retailer|insurer|lender|subsidiary|manufacturer|supplier|"
            + "broadcaster|studio|carrier|airline|chain|automaker|carmaker|bank|distributor|"
            + "brokerage|consultancy|nonprofit|non-profit|outlet|newspaper|network";

    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(?:" + COMPANY_NOUNS + ")\\s+" + NAME);

    /** "the same parent company, Enterprise Mobility". */
    private static final Pattern PARENT = Pattern.compile("\\b(?:parent|holding)\\s+company,?\\s+" + NAME);

    private static final Pattern TAKEOVER_SUBJECT = Pattern.compile(NAME + "\\s+(?:(?:has|have|is|was|will|had|"
            + "would|agreed|plans|planned|to)\\s+){0,3}(?:acquires|acquired|acquiring|acquire|merges|merged)\\b");

    private static final Pattern TAKEOVER_OBJECT = Pattern.compile("\\b(?:acquires|acquired|acquiring|acquire|"
            + "acquisition\\s+of|buys|bought|takeover\\s+of|merger\\s+with|merge\\s+with|spun\\s+off\\s+from)\\s+"
            + NAME);

    private static final Pattern APPOSITION = Pattern.compile(NAME + ",\\s+(?:a|an|one\\s+of\\s+the)\\s+"
            + "(?:(?!of\\b)[\\p{L}\\d'’\\-]+\\s+){0,6}?(?:(?:" + COMPANY_NOUNS + "|maker)s?|companies|platform|organization|"
            + "organisation)(?=\\s*[,.;:)]|\\s*$|\\s+(?:that|which|known|specializing|specialising|based|with|in|for|"
            + "of|founded|headquartered|owned|backed|focused|whose|to|and)\\b)");

    private static final String EXECUTIVES = "CEO|CFO|CTO|CIO|COO|CISO|CPO|CMO|chief\\s+executive|founder|"
            + "co-founder|cofounder|chairman|chairwoman|Chief\\s+Executive|Founder|Chairman";

    private static final Pattern EXECUTIVE_OF = Pattern.compile("\\b(?:" + EXECUTIVES + ")\\s+of\\s+(?:the\\s+)?"
            + NAME);

    private static final Pattern WORKS_AT = Pattern.compile("\\b(?:" + EXECUTIVES + "|[Oo]fficer|[Dd]irector|"
            + "[Ee]ngineer|[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Pp]rofessor|[Rr]esearcher|[Ss]cientist|"
            + "[Mm]anager|[Vv]ice\\s+[Pp]resident|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Pp]artner|employees|"
            + "engineers|researchers|executives|staff|workers|scientists|analysts|officials|lawyers|economists)"
            + "\\s+at\\s+(?:the\\s+)?" + NAME);

    /** A publication: "as reported by Travel Weekly", "republished from The Conversation". */
    private static final Pattern PUBLISHED = Pattern.compile("\\b(?:reported\\s+by|republished\\s+from|"
            + "originally\\s+(?:published|appeared)\\s+(?:in|on|by)|first\\s+(?:published|appeared)\\s+(?:in|on|by)|"
            + "published\\s+in\\s+the\\s+journal)\\s+" + NAME);

    /** Not spokespeople: "Presidential spokesman Marlin Fitzwater". */
    private static final String SPOKESPEOPLE = "(?:CEO|CFO|CTO|COO|chief\\s+executive|founder|co-founder|cofounder)";

    /** "Netography CEO Martin Roesch", "Dataminr's CEO said"; not "Boeing names Kelly Ortberg CEO". */
    private static final Pattern EXECUTIVE_AFTER = Pattern.compile(NAME + "(?:(?:'s|’s)\\s+" + SPOKESPEOPLE
            + "\\b|\\s+" + SPOKESPEOPLE + "\\s+\\p{Lu})");

    /** "– Dan Glass, CISO, NTT DATA": a person's name, a role, the organization at the end of the line. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?:^|[\\s–—-])\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}'’.\\-]*){0,3},\\s+[^,]{0,60}?\\b(?:" + EXECUTIVES
            + "|CISO|[Oo]fficer|[Dd]irector|[Hh]ead|[Ee]ngineer|[Ll]eader|[Mm]anager|[Pp]resident|[Mm]echanic|"
            + "[Aa]nalyst|[Pp]rofessor|[Pp]artner|[Ee]ditor)\\b[^,]{0,60}(?:,[^,]{1,60})?,\\s+" + NAME
            + "[.]?\\s*$");

    private static final List<Pattern> PATTERNS = List.of(NOUN_BEFORE, PARENT, APPOSITION, EXECUTIVE_OF, WORKS_AT,
            EXECUTIVE_AFTER, ATTRIBUTION, PUBLISHED, TAKEOVER_SUBJECT, TAKEOVER_OBJECT);

    private static final Pattern PLACE_AFTER = Pattern.compile(",\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?-based");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private static Set<String> words(String alternatives) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : NON_LETTERS.split(alternatives.replace("\\s+", " ").replace("\\s", " "))) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    private static final Set<String> ROLE_TRIGGERS = words(EXECUTIVES + "|ciso|officer|director|head|engineer|"
            + "leader|manager|president|mechanic|analyst|professor|partner|editor|economist|strategist|researcher|"
            + "scientist|spokesperson|spokesman|spokeswoman");

    /** Words one of which a line must hold for each pattern to be tried (same order as {@link #PATTERNS}). */
    private static final List<Set<String>> TRIGGERS = List.of(words(COMPANY_NOUNS), Set.of("company"),
            Set.of("a", "an", "one"), words(EXECUTIVES), Set.of("at"), words(EXECUTIVES), ROLE_TRIGGERS,
            Set.of("reported", "republished", "published", "appeared"),
            Set.of("acquires", "acquired", "acquiring", "acquire", "merges", "merged"),
            Set.of("acquires", "acquired", "acquiring", "acquire", "acquisition", "buys", "bought", "takeover",
                    "merger", "merge", "spun"));

    /** Patterns from here on are weak: people buy things too ("Elon Musk acquired Twitter"). */
    private static final int FIRST_WEAK = 8;

    /** Roles and generic words that the name pattern would take for a name ("CISO", "The"). */
    private static final Set<String> NOT_NAMES = Set.of("ceo", "cfo", "cto", "cio", "coo", "ciso", "cso", "cpo",
            "cmo", "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "it", "he", "she", "they",
            "we", "i", "you", "in", "on", "and", "but", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "last", "next", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static final Pattern OF_NAME = Pattern.compile("\\s+of\\s+" + NAME);

    /**
     * "Mark Zuckerberg of Meta", "Jane Roe of Goldman Sachs": the name after "of" right after a person's name, as
     * start and end offsets, or null. The caller rules out places ("Catherine of Aragon").
     */
    static int @org.jspecify.annotations.Nullable [] afterPersonOf(String line, int personEnd) {
        Matcher m = OF_NAME.matcher(line).region(personEnd, line.length());
        if (!m.lookingAt() || !Character.isLetter(line.charAt(m.start(1)))) {
            return null;
        }
        int end = m.end(1);
        String name = line.substring(m.start(1), end);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            end -= 2;
        }
        return NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT)) ? null : new int[] {m.start(1), end};
    }

    private CompanyCues() {}

    /**
     * Start and end offsets of the names the line's company cues point at, and 1 for a strong cue (a company noun,
     * an apposition, an executive's role) or 0 for a weak one (a takeover).
     */
    static List<int[]> names(String line) {
        List<int[]> out = new ArrayList<>();
        if (line.length() < 8) {
            return out;
        }
        Set<String> words = new java.util.HashSet<>();
        for (String w : NON_LETTERS.split(line)) {
            words.add(w.toLowerCase(java.util.Locale.ROOT));
        }
        for (int k = 0; k < PATTERNS.size(); k++) {
            if (java.util.Collections.disjoint(words, TRIGGERS.get(k))) {
                continue; // most lines have none of the pattern's words: skip the regular expression
            }
            Matcher m = PATTERNS.get(k).matcher(line);
            while (m.find()) {
                int start = m.start(1);
                int end = m.end(1);
                // "Dataminr's", "Keyless'": the possessive is no part of the name; a final period ends a sentence.
                String name = line.substring(start, end);
                if (PATTERNS.get(k) == WORKS_AT && (name.endsWith("'s") || name.endsWith("’s"))) {
                    continue; // "CIA director at Gates's request"
                }
                int letters = 0;
                for (int i = start; i < end && !Character.isWhitespace(line.charAt(i)); i++) {
                    letters += Character.isLetter(line.charAt(i)) ? 1 : 0;
                }
                if (letters < 2) {
                    continue; // "acquire A-300-600 aircraft": a model number
                }
                if (name.endsWith("'s") || name.endsWith("’s")) {
                    end -= 2;
                } else if (name.endsWith("'") || name.endsWith("’") || name.endsWith(".") && name.indexOf('.')
                        == name.length() - 1) {
                    end -= 1;
                }
                int after = end;
                while (after < line.length() && line.charAt(after) == ' ') {
                    after++;
                }
                if (after < line.length() && (line.charAt(after) == '+' || line.charAt(after) == '&')) {
                    continue; // "Travel + Leisure": only part of the name
                }
                if (PLACE_AFTER.matcher(line).region(end, line.length()).lookingAt()) {
                    continue; // "acquired Falmouth, Maine-based G.H. Bass": a town
                }
                if (end - start <= 4 && Names.isAllCaps(line.substring(start, end)) && end + 1 < line.length()
                        && line.charAt(end) == ' ' && Character.isLowerCase(line.charAt(end + 1))) {
                    continue; // "acquisition of OT security leader Nozomi Networks": an acronym as a modifier
                }
                String first = line.substring(start, end).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
                // "the central bank Governor Mario Draghi": a role starts a person's name, not a company's.
                if (end - start >= 2 && Character.isLetter(line.charAt(start)) && !NOT_NAMES.contains(first)
                        && !MentionCleaner.isRoleWord(first)
                        && !NOT_NAMES.contains(line.substring(start, end).toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new int[] {start, end, k < FIRST_WEAK ? 1 : 0});
                }
            }
        }
        return out;
    }
}
