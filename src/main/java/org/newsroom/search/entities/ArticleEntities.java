package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;

/**
 * Turns one article's raw model spans into one entity per real person or organization (issue points 1, 2 and 4).
 *
 * <p>Steps: the model tags prose lines only; every cleaned surface form it finds (plus alias-file names and
 * acronym definitions found in the text) becomes the article's lexicon; the lexicon is then matched on every line,
 * headlines included, so a name tagged once is counted everywhere; surface forms are grouped (same accent-insensitive
 * spelling, same alias-file entry, acronym and its definition, short form and full name); each group takes the type
 * most of its full-name mentions got, and its canonical name from {@link EntityCanonicalizer}.
 *
 * <p>One instance per article; not thread-safe.
 */
final class ArticleEntities {

    /** A line of the article: the title (offset 0) or one body line, cut to the configured length. */
    record Segment(String text, int offset, boolean title, boolean headline) {}

    /** "Tren de Aragua (TdeA)", and Reuters' "Landmark Bancshares Corp <LBC>". */
    private static final Pattern ACRONYM_IN_BRACKETS =
            Pattern.compile("[(]\\s*(\\p{Lu}[\\p{L}&.\\-]{1,11})\\s*[)]");
    /** "The Commodity Credit Corporation, CCC, has": accepted only when the letters are the initials. */
    private static final Pattern ACRONYM_IN_COMMAS = Pattern.compile(",\\s*(\\p{Lu}{2,8}),");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "on", "for", "de", "del", "la", "y", "&", "the");
    private static final int MAX_DEFINITION_WORDS = 10;

    private final List<Segment> segments;
    private final EntityCanonicalizer canonicalizer;
    private final Map<String, Surface> lexicon = new LinkedHashMap<>();
    private final Map<String, String> acronymToDefinition = new HashMap<>();
    /** Acronyms the article defines with lower-case words: concepts ("XDR"), never organizations. */
    private final Set<String> concepts = new HashSet<>();

    /** One surface form of the article with the model's votes and where it occurs. */
    private static final class Surface {
        final String text;
        /** Folded tokens without a company suffix: "Cominco Ltd" and "Cominco" are one key. */
        final List<String> tokens;
        final int[] votes = new int[3]; // PERSON, ORGANIZATION, LOCATION
        @Nullable EntityType listedType;
        @Nullable String listedCanonical;
        int mentions;
        int firstPosition = Integer.MAX_VALUE;
        Surface parent = this;

        /** A one-word form seen after a title ("President Reagan") or before a speech verb ("Reagan said"). */
        boolean personContext;

        /** Named where the words around it say company ("firm X", "X acquires Y"): see {@link CompanyCues}. */
        boolean companyCue;

        /**
         * A weak company cue, buying or bought ("Dataminr acquires ThreatConnect") or a person's employer ("Mark
         * Zuckerberg of Meta"): a company when the name is one word.
         */
        boolean weakCue;

        /** A one-word form seen after a title or role word ("President Reagan", "Dr. Keatley"). */
        boolean titled;

        /** Made from an acronym definition: an organization even without model votes. */
        boolean definition;

        /** Written with a legal form ("Cominco Ltd"): a full company name, never a short form of another. */
        final boolean companyName;

        /** Written with a legal form no person's name has ("Gebrueder Sulzer AG"): a company whatever the votes. */
        final boolean strictCompany;

        Surface(String text) {
            this.text = text;
            List<String> folded = Names.foldedTokens(text);
            List<String> core = Names.withoutCompanySuffix(Names.withoutCountryPrefix(folded));
            this.companyName = core.size() < folded.size();
            this.strictCompany = Names.endsWithStrictLegalForm(folded);
            this.tokens = Names.departmentOrder(core);
        }

        Surface root() {
            Surface s = this;
            while (s.parent != s) {
                s.parent = s.parent.parent;
                s = s.parent;
            }
            return s;
        }

        int modelVotes() {
            return votes[0] + votes[1];
        }

        boolean locationMajority() {
            return votes[2] > votes[0] + votes[1];
        }

        @Nullable EntityType majority() {
            if (votes[0] == 0 && votes[1] == 0) {
                return listedType;
            }
            return votes[0] >= votes[1] ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
    }

    ArticleEntities(List<Segment> segments, EntityCanonicalizer canonicalizer) {
        this.segments = segments;
        this.canonicalizer = canonicalizer;
    }

    /** Resolves the article's entities, most salient first; {@code tagger} tags one prose line. */
    List<Entity> resolve(Function<String, List<NerModel.Span>> tagger) {
        Set<String> proseWords = proseLowerCaseWords();
        for (Segment segment : segments) {
            boolean allCaps = Names.isAllCaps(segment.text());
            if (!segment.headline()) {
                addModelSpans(segment.text(), tagger.apply(segment.text()));
                addAcronymDefinitions(segment.text());
                addReutersCompanyMarks(segment.text(), false);
            }
            if (segment.headline() && segment.title() && allCaps) {
                addReutersCompanyMarks(segment.text(), true);
            } else if (segment.headline() && !segment.title()) {
                addBracketedCompanies(segment.text()); // "These are <Samick Co Ltd>, <...>" looks like a headline
            }
            if (!segment.title()) {
                addBylines(segment.text());
            }
        }
        addHeadlineSpans(tagger, proseWords);
        for (Segment segment : segments) {
            String text = segment.text();
            if (!Names.isAllCaps(text)) {
                addCompanyCues(text, segment.headline() ? truecase(text, proseWords) : text);
            }
        }
        splitPossessives();
        addListedNames();
        addSurnames();
        SurfaceIndex index = new SurfaceIndex(lexicon.values());
        for (Segment segment : segments) {
            count(segment, index);
        }
        group();
        return entities();
    }

    /**
     * Title-case lines (headings, list items, attributions) are tagged after the prose, in the article's own casing
     * ("Petro meets Trump"), where the model tags names as it does in prose; words the prose never writes in lower
     * case keep their capital. A span that contains a name already found in the prose ("Boeing Names Kelly Ortberg")
     * is a headline fragment, not a name: the prose names are counted in the line anyway.
     */
    private void addHeadlineSpans(Function<String, List<NerModel.Span>> tagger, Set<String> proseWords) {
        Map<String, Surface> prose = new HashMap<>(lexicon);
        for (Segment segment : segments) {
            String text = segment.text();
            if (!segment.headline() || Names.isAllCaps(text) || tableRow(text)) {
                continue; // all caps: Reuters titles keep their own rules
            }
            List<NerModel.Span> kept = new ArrayList<>();
            for (NerModel.Span span : tagger.apply(truecase(text, proseWords))) {
                String name = text.substring(span.start(), span.end());
                if (!fragment(name, span.label(), prose)
                        && (!span.label().equals("PERSON") || personShaped(name))) {
                    kept.add(span);
                }
            }
            addModelSpans(text, kept);
        }
    }

    /** "Lou Gulf 1.73 -- -- 5.05 3.12": a row of figures, at least as many numbers as words. */
    static boolean tableRow(String line) {
        int numbers = 0;
        int words = 0;
        for (String t : Names.tokens(line)) {
            if (Character.isDigit(t.charAt(0)) || t.length() > 1 && t.charAt(0) == '$' && Character.isDigit(t.charAt(1))) {
                numbers++;
            } else if (Character.isLetter(t.charAt(0))) {
                words++;
            }
        }
        return numbers >= 2 && numbers >= words;
    }

    /**
     * A heading's person span must look like a name: capitalized words only, no connector and no organization
     * word ("Beauty of the Budget", "Ferah Team").
     */
    static boolean personShaped(String name) {
        List<String> words = Names.tokens(name);
        if (words.size() > 4) {
            return false;
        }
        for (String w : words) {
            String folded = w.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(w.codePointAt(0)) || CONNECTORS.contains(folded)
                    || ORG_HEADS.contains(folded) || w.length() > 2 && Names.isAllCaps(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a headline span holds prose names without being one: two of them, a multi-word one, or one of
     * another type ("Boeing Names Kelly Ortberg"). "Svetlana Shubina" around the prose's "Shubina" is a name.
     */
    private static boolean fragment(String span, String label, Map<String, Surface> forms) {
        int found = 0;
        for (Surface form : forms.values()) {
            String f = form.text;
            if (f.length() >= span.length() || form.modelVotes() == 0) {
                continue;
            }
            for (int at = span.indexOf(f); at >= 0; at = span.indexOf(f, at + 1)) {
                if (boundary(span, at - 1) && boundary(span, at + f.length())) {
                    String type = form.majority() == EntityType.PERSON ? "PERSON" : "ORGANIZATION";
                    boolean edge = at == 0 || at + f.length() == span.length();
                    if (++found > 1 || f.indexOf(' ') >= 0 || !type.equals(label) || !edge) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** Lower-case words of the article's prose lines ("meets", "claims"), for {@link #truecase}. */
    private Set<String> proseLowerCaseWords() {
        Set<String> words = new HashSet<>();
        for (Segment segment : segments) {
            if (segment.headline()) {
                continue;
            }
            String text = segment.text();
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (Character.isLetter(text.charAt(i)) && boundary(text, i - 1)) {
                    String run = leadingRun(text, i);
                    if (Character.isLowerCase(run.charAt(0))) {
                        words.add(run);
                    }
                    i += run.length();
                } else {
                    i++;
                }
            }
        }
        return words;
    }

    /**
     * A title-case line with every capitalized word that the prose writes in lower case lowered, except the first
     * word of the line: "Enterprise Claims Victory In Competitive Car Rental Market" gives "Enterprise claims
     * victory in competitive car rental market". Same length and offsets as the line.
     */
    static String truecase(String line, Set<String> lowerCaseWords) {
        List<int[]> words = new ArrayList<>(); // start, end
        for (int i = 0; i < line.length(); ) {
            if (Character.isLetter(line.charAt(i)) && boundary(line, i - 1)) {
                int end = i + leadingRun(line, i).length();
                words.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        // A capitalized run with an organization's last word keeps its capitals: "Mine Safety and Health
        // Administration", "National Center for Learning Disabilities".
        boolean[] kept = new boolean[words.size()];
        int runStart = -1;
        for (int w = 0; w <= words.size(); w++) {
            boolean capital = w < words.size() && Character.isUpperCase(line.charAt(words.get(w)[0]));
            boolean connector = w < words.size() && w > runStart && runStart >= 0
                    && CONNECTORS.contains(line.substring(words.get(w)[0], words.get(w)[1]))
                    && words.get(w)[0] - words.get(w - 1)[1] == 1;
            boolean adjacent = w > 0 && w < words.size() && words.get(w)[0] - words.get(w - 1)[1] == 1;
            if (capital && runStart >= 0 && adjacent || connector) {
                continue;
            }
            if (runStart >= 0) {
                int lastHead = -1;
                for (int k = runStart; k < w; k++) {
                    if (ORG_HEADS.contains(line.substring(words.get(k)[0], words.get(k)[1]).toLowerCase(Locale.ROOT))) {
                        lastHead = k;
                    }
                }
                for (int k = runStart; k <= lastHead; k++) {
                    kept[k] = true;
                }
            }
            runStart = capital ? w : -1;
        }
        char[] out = line.toCharArray();
        for (int w = 1; w < words.size(); w++) {
            String run = line.substring(words.get(w)[0], words.get(w)[1]);
            if (kept[w] || run.length() < 2 || !Character.isUpperCase(run.charAt(0))
                    || Character.isUpperCase(run.charAt(1))) {
                continue;
            }
            String lower = Character.toLowerCase(run.charAt(0)) + run.substring(1);
            if (HEADLINE_WORDS.contains(lower) || !ORG_HEADS.contains(lower) && writtenInLowerCase(lower, lowerCaseWords)) {
                out[words.get(w)[0]] = lower.charAt(0);
            }
        }
        return new String(out);
    }

    /** The word or another inflection of it in the prose: "Names" is a verb when the prose says "named". */
    private static boolean writtenInLowerCase(String word, Set<String> words) {
        if (words.contains(word)) {
            return true;
        }
        String base = word;
        if (word.endsWith("ies") && word.length() > 4) {
            base = word.substring(0, word.length() - 3) + "y";
        } else if (word.endsWith("es") && word.length() > 4 && words.contains(word.substring(0, word.length() - 2))) {
            return true;
        } else if (word.endsWith("s") && word.length() > 3) {
            base = word.substring(0, word.length() - 1);
        }
        if (base.length() < 3) {
            return false;
        }
        String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
        return words.contains(base) || words.contains(base + "s") || words.contains(stem + "ed")
                || words.contains(stem + "ing") || words.contains(base + "d");
    }

    /** Words title case capitalizes that are never names. */
    private static final Set<String> HEADLINE_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "into", "over", "after", "before", "about", "is", "are",
            "was", "be", "how", "why", "what", "who", "when", "where", "says", "said", "meets", "new");

    private void addModelSpans(String text, List<NerModel.Span> spans) {
        for (NerModel.Span span : spans) {
            int vote = switch (span.label()) {
                case "PERSON" -> 0;
                case "ORGANIZATION" -> 1;
                case "LOCATION" -> 2;
                default -> -1;
            };
            if (vote < 0) {
                continue;
            }
            EntityType type = vote == 0 ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (vote == 1 && afterIndefiniteArticle(text, span.start())) {
                // "classified as an Organized Criminal Group": a kind of organization, not a named one.
                continue;
            }
            int end = span.end();
            int start = span.start();
            if (vote == 0 && start >= 3 && text.charAt(start - 1) == '-'
                    && text.substring(start, span.end()).strip().indexOf(' ') > 0) {
                // "Mir-Hossein Mousavi": the model may start a full name after the hyphen ("Reagan-Gorbachev" is
                // two people: a one-word span is never extended).
                int w = start - 1;
                while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                    w--;
                }
                if (w < start - 2 && Character.isUpperCase(text.charAt(w))) {
                    start = w;
                }
            }
            int bracket = text.indexOf('<', span.start());
            if (bracket >= 0 && bracket < end) {
                end = bracket; // "Mazda Motor Corp <MAZT.T> of Hiroshima": the ticker ends the name
            }
            int closing = text.lastIndexOf('>', end - 1);
            if (closing >= start) {
                start = closing + 1; // "<SMBS ST> and Stora Koppabergs"
            }
            if (vote != 2 && beforeNonEntityNoun(text, end)) {
                continue; // "the S&P 100 index", "the Glass-Steagall Act"
            }
            List<int[]> parts = vote == 1 ? commaParts(text, start, end) : List.of(new int[] {start, end});
            for (int[] part : parts) {
                MentionCleaner.Cleaned c = MentionCleaner.clean(text, part[0], part[1], type);
                if (c != null) {
                    surface(text.substring(c.start(), c.end())).votes[vote]++;
                }
            }
            if (vote == 0) {
                addEmployer(text, end, spans);
            }
        }
    }

    /** "Mark Zuckerberg of Meta": the name after "of" is an organization unless the model tagged a place there. */
    private void addEmployer(String text, int personEnd, List<NerModel.Span> spans) {
        int[] at = CompanyCues.afterPersonOf(text, personEnd);
        if (at == null) {
            return;
        }
        for (NerModel.Span other : spans) {
            if (other.start() < at[1] && other.end() > at[0] && !other.label().equals("ORGANIZATION")) {
                return;
            }
        }
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, at[0], at[1], EntityType.ORGANIZATION);
        if (c != null && c.start() == at[0]) {
            Surface s = surface(text.substring(c.start(), c.end()));
            s.votes[1]++;
            s.weakCue = true;
        }
    }

    private static final Pattern INNER_POSSESSIVE = Pattern.compile("^(.+?)(?:['’]s|['’]) (\\p{Lu}.*)$");

    /** Last words of organization names: "School of Graphic Design" is one, "Zero-Knowledge Biometrics" is not. */
    static final Set<String> ORG_HEADS = Set.of("university", "academy", "college", "school", "institute",
            "company", "group", "corporation", "corp", "inc", "bank", "foundation", "association", "agency",
            "council", "committee", "department", "ministry", "office", "bureau", "center", "centre", "hospital",
            "museum", "party", "union", "society", "network", "studio", "studios", "animation", "pictures", "labs",
            "laboratory", "partners", "holdings", "capital", "media", "entertainment", "records", "press",
            "airlines", "motors", "insurance", "division", "board", "commission", "service", "services", "fund",
            "trust", "team", "club", "church", "court", "police", "army", "navy", "force", "administration",
            "authority", "organization", "organisation", "federation", "alliance", "coalition", "exchange",
            "reserve", "institution", "corps", "guard", "cartel", "times", "post", "journal", "news", "herald",
            "tribune", "gazette");

    /** Last words that make a name a company's or an institution's whatever the model said. */
    private static final Set<String> COMPANY_LAST_WORDS = Set.of("university", "academy", "college", "institute",
            "company", "group", "corporation", "foundation", "association", "agency", "council", "committee",
            "department", "ministry", "bureau", "hospital", "network", "networks", "studio", "studios", "animation",
            "pictures", "labs", "laboratories", "partners", "holdings", "media", "entertainment", "records",
            "airlines", "motors", "insurance", "systems", "technologies", "solutions", "software", "ventures",
            "industries", "pharmaceuticals", "therapeutics", "brands", "capital", "bank");

    /** Organization words that name no organization alone ("Company says it will appeal"). */
    private static final Set<String> GENERIC_ORG_WORDS = Set.of("company", "group", "network", "studio", "studios",
            "animation", "pictures", "labs", "laboratory", "partners", "holdings", "capital", "media",
            "entertainment", "records", "division", "services", "service", "team", "institution", "organization",
            "organisation", "association", "foundation", "agency", "council", "committee", "department", "office",
            "bureau", "center", "centre", "university", "college", "school", "academy", "institute", "society",
            "federation", "alliance", "coalition", "authority", "administration", "commission", "board", "fund",
            "trust", "corporation");

    /**
     * "Academy of Art University's School of Graphic Design" names two organizations; "Keyless' Zero-Knowledge
     * Biometrics" an organization and its product. An organization span with a possessive inside is split when the
     * owner is an organization by its last word or named on its own elsewhere; the part after the possessive stays
     * only when it ends like an organization. "People's Daily" stays whole.
     */
    private void splitPossessives() {
        List<Surface> split = new ArrayList<>();
        for (Surface s : lexicon.values()) {
            if (s.votes[1] > 0 && s.votes[1] >= s.votes[0] && INNER_POSSESSIVE.matcher(s.text).matches()) {
                split.add(s);
            }
        }
        for (Surface s : split) {
            Matcher m = INNER_POSSESSIVE.matcher(s.text);
            m.matches();
            String owner = m.group(1);
            String rest = m.group(2);
            Surface known = lexicon.get(owner);
            List<String> ownerWords = Names.foldedTokens(owner);
            boolean ownerIsOrg = !ownerWords.isEmpty() && ORG_HEADS.contains(ownerWords.getLast())
                    || known != null && known != s && known.companyCue;
            if (!ownerIsOrg) {
                continue;
            }
            lexicon.remove(s.text);
            surface(owner).votes[1] += s.votes[1];
            surface(owner).companyCue |= s.companyCue;
            List<String> restWords = Names.foldedTokens(rest);
            if (restWords.size() >= 2 && ORG_HEADS.contains(restWords.getLast())
                    || restWords.contains("of") && ORG_HEADS.contains(restWords.getFirst())) {
                surface(rest).votes[1] += s.votes[1];
            }
        }
    }

    /** Names the words around them call companies ("firm ThreatConnect"): an organization vote each. */
    private void addCompanyCues(String text, String cased) {
        for (int[] at : CompanyCues.names(cased)) {
            MentionCleaner.Cleaned c = MentionCleaner.clean(text, at[0], at[1], EntityType.ORGANIZATION);
            if (c == null || c.start() != at[0] || !Character.isLetterOrDigit(text.charAt(c.start()))) {
                continue;
            }
            // "parent company Den norske Creditbank": the model's longer name at the same place is the name.
            Surface s = null;
            for (Surface known : lexicon.values()) {
                if (known.text.length() > c.end() - c.start() && known.modelVotes() > 0
                        && text.startsWith(known.text, c.start()) && boundary(text, c.start() + known.text.length())) {
                    s = known;
                    break;
                }
            }
            if (s == null) {
                s = surface(text.substring(c.start(), c.end()));
            }
            s.votes[1]++;
            if (at[2] == 1) {
                s.companyCue = true;
            } else {
                s.weakCue = true;
            }
        }
    }

    /** Lower-case nouns that make the capitalized words before them a law, index or bill, not an organization. */
    private static final Set<String> NON_ENTITY_NOUNS = Set.of("index", "indexes", "indices", "act", "law", "bill",
            "treaty", "accord");

    /** Whether the next word after {@code end} (a number may come first: "S&P 100 index") is a non-entity noun. */
    private static boolean beforeNonEntityNoun(String text, int end) {
        int i = end;
        for (int word = 0; word < 2; word++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (start == i) {
                return false;
            }
            String w = text.substring(start, i);
            if (NON_ENTITY_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The model joins a list of organizations into one span ("Den norske Creditbank, Scandinavian Far East Ltd"):
     * split it at commas followed by a capitalized word, unless what follows is only a legal form ("Foo, Inc").
     */
    private static List<int[]> commaParts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>(1);
        int from = start;
        for (int i = text.indexOf(", ", start); i >= 0 && i < end; i = text.indexOf(", ", i + 1)) {
            int next = i + 2;
            if (next >= end || !Character.isUpperCase(text.charAt(next))) {
                continue;
            }
            List<String> rest = Names.foldedTokens(text.substring(next, end));
            if (Names.withoutCompanySuffix(rest).isEmpty()) {
                continue;
            }
            parts.add(new int[] {from, i});
            from = next;
        }
        parts.add(new int[] {from, end});
        return parts;
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
    private void addBylines(String text) {
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
                surface(name).votes[0]++;
            }
        }
    }

    /** Reuters marks companies: "<Avinda Video Inc> said", "Mazda Motor Corp <MAZT.T>". */
    private static final Pattern ANGLE_BRACKETS = Pattern.compile("<([^<>\\n]{1,80})>");
    private static final Set<String> NAME_JOINERS = Set.of("and", "&", "und", "of", "de", "et", "y", "du", "des");
    private static final int MAX_TICKER_NAME_WORDS = 8;
    private static final int MAX_TITLE_TICKER_NAME_WORDS = 4;

    /**
     * Reuters wire conventions: a name in angle brackets is an unlisted company, and the capitalized words right
     * before a ticker in angle brackets ("SmithKline Beckman Corp <SKB>") are a listed one. In an all-caps title
     * ("NORTHEAST SAVINGS F.A. <NSB> 2ND QTR NET LOSS") only a short run at the start or after a comma counts.
     */
    /** Only the "<Avinda Video Inc>" convention: for lines that look like headlines. */
    private void addBracketedCompanies(String text) {
        Matcher m = ANGLE_BRACKETS.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!inside.equals(inside.toUpperCase(Locale.ROOT))) {
                vote(inside);
            }
        }
    }

    private void addReutersCompanyMarks(String text, boolean title) {
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

    private void vote(String name) {
        MentionCleaner.Cleaned c = MentionCleaner.clean(name, 0, name.length(), EntityType.ORGANIZATION);
        if (c != null && Character.isLetter(name.charAt(c.start()))) {
            surface(name.substring(c.start(), c.end())).votes[1]++;
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

    /** "Tren de Aragua (TdeA)": the bracketed acronym names the capitalized phrase before it (issue point 3). */
    private void addAcronymDefinitions(String text) {
        addAcronymDefinitions(text, ACRONYM_IN_BRACKETS.matcher(text), false);
        addAcronymDefinitions(text, ACRONYM_IN_COMMAS.matcher(text), true);
    }

    private void addAcronymDefinitions(String text, Matcher m, boolean strict) {
        while (m.find()) {
            String acronym = m.group(1);
            if (upperCount(acronym) < 2) {
                if (!strict) {
                    addBracketedName(text, m.start(), acronym);
                }
                continue;
            }
            List<String> words = Names.tokens(text.substring(0, m.start()));
            int first = words.size();
            while (first > 0 && words.size() - first < MAX_DEFINITION_WORDS) {
                String w = words.get(first - 1);
                boolean last = first == words.size();
                if (!last && (w.endsWith(",") || w.endsWith(".") || w.endsWith(":"))) {
                    break;
                }
                if (Character.isUpperCase(w.codePointAt(0)) || CONNECTORS.contains(w)) {
                    first--;
                } else {
                    break;
                }
            }
            String definition = definition(words, first, acronym, strict);
            if (definition == null && !strict && spelledInLowerCase(words, acronym)) {
                // "identity threat detection and response (ITDR)": a concept, not an organization.
                concepts.add(acronym);
                continue;
            }
            if (definition == null || !text.contains(definition)) {
                continue;
            }
            surface(definition).definition = true;
            surface(acronym);
            acronymToDefinition.put(acronym, definition);
        }
    }

    /**
     * Whether the lower-case words right before a bracketed acronym give its letters in order, each word's first
     * letter, words in between skipped ("detection, investigation, and response" gives "DR").
     */
    static boolean spelledInLowerCase(List<String> words, String acronym) {
        int letter = acronym.length() - 1;
        for (int w = words.size() - 1; w >= 0 && w >= words.size() - 10 && letter >= 0; w--) {
            String word = words.get(w);
            if (!Character.isLowerCase(word.codePointAt(0))) {
                return false;
            }
            if (Character.toLowerCase(acronym.charAt(letter)) == word.charAt(0)) {
                letter--;
            } else if (w == words.size() - 1) {
                return false; // the last word gives the last letter
            }
        }
        return letter < 0;
    }

    /**
     * "Federation of Economic Organisations (Keidanren)": a one-word name in brackets right after an organization
     * the model tagged, and tagged itself, is that organization's other name.
     */
    private void addBracketedName(String text, int bracket, String word) {
        Surface named = lexicon.get(word);
        if (named == null || named.votes[1] == 0 || word.indexOf(' ') >= 0) {
            return;
        }
        String before = text.substring(0, bracket).stripTrailing();
        for (Surface s : lexicon.values()) {
            if (s != named && s.votes[1] > 0 && s.text.indexOf(' ') > 0 && before.endsWith(s.text)) {
                acronymToDefinition.putIfAbsent(word, s.text);
                return;
            }
        }
    }

    /** Names of the alias file that occur verbatim in the prose join the lexicon with their section's type. */
    private void addListedNames() {
        StringBuilder prose = new StringBuilder();
        for (Segment s : segments) {
            if (!s.headline()) {
                prose.append(s.text()).append('\n');
            }
        }
        String all = prose.toString();
        canonicalizer.writtenAliases().forEach((type, forms) -> forms.forEach((written, canonical) -> {
            if (written.length() >= 2 && all.contains(written)) {
                surface(written);
            }
        }));
        for (Surface s : lexicon.values()) {
            var listed = canonicalizer.listed(s.text);
            if (listed != null) {
                s.listedType = listed.type();
                s.listedCanonical = listed.name();
            }
        }
    }

    /**
     * The surname of every full person name joins the lexicon, so "Petro" in a headline counts for "Gustavo Petro"
     * even when the model never tagged "Petro" alone. Such a form never makes an entity by itself.
     */
    private void addSurnames() {
        List<String> surnames = new ArrayList<>();
        for (Surface s : lexicon.values()) {
            List<String> words = Names.tokens(s.text);
            if (words.size() >= 2 && s.majority() == EntityType.PERSON && s.votes[0] > 0) {
                surnames.add(words.getLast());
            }
        }
        for (String surname : surnames) {
            if (surname.length() >= 3 && Character.isUpperCase(surname.codePointAt(0))) {
                surface(surname);
            }
        }
    }

    private Surface surface(String text) {
        return lexicon.computeIfAbsent(text, Surface::new);
    }

    /**
     * The lexicon indexed by the first word of each form, so matching a line costs one look-up per word instead of
     * one scan per form (a long document can have thousands of forms and lines).
     */
    private static final class SurfaceIndex {
        final Map<String, List<Surface>> exact = new HashMap<>();
        final Map<String, List<Surface>> caseless = new HashMap<>();

        SurfaceIndex(Iterable<Surface> surfaces) {
            for (Surface s : surfaces) {
                String first = leadingRun(s.text, 0);
                if (first.isEmpty()) {
                    continue; // cleaning leaves names starting with a letter or digit
                }
                exact.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
                // Alias-file acronyms like "WHO" are common words in an all-caps headline.
                if (s.modelVotes() > 0 || s.votes[2] > 0) {
                    caseless.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
                }
            }
            Comparator<Surface> longestFirst = Comparator.comparingInt((Surface s) -> s.text.length()).reversed();
            exact.values().forEach(l -> l.sort(longestFirst));
            caseless.values().forEach(l -> l.sort(longestFirst));
        }
    }

    /** Finds lexicon forms on the line left to right, longest first, at word boundaries, without overlaps. */
    private static void count(Segment segment, SurfaceIndex index) {
        String text = segment.text();
        boolean caseless = segment.headline() && Names.isAllCaps(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || !boundary(text, i - 1)) {
                i++;
                continue;
            }
            String run = leadingRun(text, i);
            List<Surface> candidates = caseless
                    ? index.caseless.get(run.toLowerCase(Locale.ROOT))
                    : index.exact.get(run);
            int next = i + run.length();
            if (candidates != null) {
                for (Surface s : candidates) {
                    int end = i + s.text.length();
                    if (end <= n && text.regionMatches(caseless, i, s.text, 0, s.text.length())
                            && boundary(text, end)) {
                        s.mentions++;
                        if (!s.personContext && s.tokens.size() == 1) {
                            s.personContext = personContext(text, i, end);
                        }
                        if (!s.titled && s.tokens.size() == 1) {
                            s.titled = titled(text, i);
                        }
                        s.firstPosition = Math.min(s.firstPosition, segment.title() ? 0 : segment.offset() + i);
                        next = end;
                        break;
                    }
                }
            }
            i = next;
        }
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "noted",
            "urged", "warned", "predicted", "asked", "replied", "declined", "criticised", "criticized", "reiterated",
            "insisted", "estimated", "announced", "wrote", "testified", "argued", "forecast", "called", "denied",
            "spoke", "speaks", "tells", "adds", "believes", "thinks", "explained", "concluded", "admitted",
            // "the Trump administration": a leader's name before the office it heads
            "administration", "presidency", "government", "cabinet");

    /** A title word right before the name, or a speech verb (or "administration") right after it. */
    private static boolean personContext(String text, int start, int end) {
        if (titled(text, start)) {
            return true;
        }
        int j = end;
        if (j + 1 < text.length() && (text.charAt(j) == '\'' || text.charAt(j) == '’')) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        int k = j;
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return SPEECH_VERBS.contains(text.substring(j, k));
    }

    /** A title or role word right before the name: "President Reagan", "Dr. Keatley". */
    private static boolean titled(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
            i--;
        }
        return wordEnd > i + 1 && MentionCleaner.isRoleWord(text.substring(i + 1, wordEnd))
                && Character.isLetter(text.charAt(i + 1));
    }

    private static String leadingRun(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private void group() {
        Map<String, Surface> byKey = new HashMap<>();
        for (Surface s : lexicon.values()) {
            String key = String.join(" ", s.tokens);
            if (key.isEmpty()) {
                continue;
            }
            Surface other = byKey.putIfAbsent(key, s);
            if (other != null) {
                union(other, s);
            }
            if (s.listedCanonical != null) {
                Surface sameEntry = byKey.putIfAbsent("\u0000" + s.listedCanonical, s);
                if (sameEntry != null) {
                    union(sameEntry, s);
                }
            }
        }
        acronymToDefinition.forEach((acronym, definition) -> union(lexicon.get(acronym), lexicon.get(definition)));
        linkAcronymsByInitials();
        mergeShortForms();
        mergeMisspelledSurnames();
        mergeMisspelledCompanies();
    }

    /**
     * "Pentera has acquired DevOvean" after "Pentera acquires DevOcean": a rarely written one-word organization one
     * edit away from another of at least six letters with the same first letter is a misspelling of it.
     */
    private void mergeMisspelledCompanies() {
        List<Surface> orgs = new ArrayList<>();
        for (Surface s : lexicon.values()) {
            if (s.tokens.size() == 1 && s.tokens.getFirst().length() >= 6 && s.votes[1] > s.votes[0]
                    && !s.locationMajority() && s.mentions > 0) {
                orgs.add(s);
            }
        }
        for (Surface rare : orgs) {
            for (Surface other : orgs) {
                String a = rare.tokens.getFirst();
                String b = other.tokens.getFirst();
                if (rare != other && rare.mentions <= 2 && rare.mentions < other.mentions
                        && a.charAt(0) == b.charAt(0) && Names.withinOneEdit(a, b)) {
                    union(other, rare);
                }
            }
        }
    }

    /**
     * An all-caps form whose letters are exactly the initials of one multi-word organization of the same article
     * is that organization even without a definition in brackets: "FDIC" and "Federal Deposit Insurance Corp",
     * "BP" and "British Petroleum Co Plc".
     */
    private void linkAcronymsByInitials() {
        Map<String, List<Surface>> byInitials = new HashMap<>();
        for (Surface s : lexicon.values()) {
            List<String> words = Names.tokens(s.text);
            if (words.size() >= 2 && s.majority() == EntityType.ORGANIZATION && !s.locationMajority()) {
                Set<String> keys = new HashSet<>();
                int core = s.tokens.size();
                if (!s.companyName || core >= 2) {
                    // "BAA Plc" spells no "BP"; "Federal Deposit Insurance Corp" does spell "FDIC".
                    keys.add(initials(s.text));
                }
                if (s.companyName && core < words.size()) {
                    keys.add(initials(String.join(" ", words.subList(0, core))));
                }
                for (String key : keys) {
                    if (key.length() >= 2) {
                        byInitials.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                    }
                }
            }
        }
        for (Surface s : lexicon.values()) {
            if (s.text.length() < 2 || s.text.length() > 6 || !Names.isAllCaps(s.text) || s.text.contains(" ")
                    || s.votes[0] > s.votes[1]) {
                continue;
            }
            List<Surface> candidates = byInitials.getOrDefault(s.text, List.of());
            if (candidates.isEmpty() && s.text.length() >= 4) {
                candidates = spelledBy(s.text);
            }
            Set<Surface> roots = new HashSet<>();
            candidates.forEach(c -> roots.add(c.root()));
            if (roots.size() == 1 && (s.listedCanonical == null
                    || s.listedCanonical.equals(candidates.getFirst().listedCanonical))) {
                union(roots.iterator().next(), s);
            }
        }
    }

    /**
     * Multi-word organizations that spell {@code acronym} with one to three leading letters of each word, in order:
     * "NYMEX" and "New York Mercantile Exchange". Only when no organization gives it as plain initials.
     */
    private List<Surface> spelledBy(String acronym) {
        List<Surface> out = new ArrayList<>();
        for (Surface s : lexicon.values()) {
            List<String> words = Names.tokens(s.text);
            if (words.size() >= 2 && words.size() <= 6 && s.majority() == EntityType.ORGANIZATION
                    && !s.locationMajority() && spells(acronym, 0, words, 0)) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean spells(String acronym, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == acronym.length();
        }
        String w = words.get(word);
        if (CONNECTORS.contains(w) && spells(acronym, at, words, word + 1)) {
            return true;
        }
        for (int k = 1; k <= Math.min(3, w.length()) && at + k <= acronym.length(); k++) {
            if (!Character.isLetter(w.charAt(k - 1))) {
                break;
            }
            if (acronym.regionMatches(true, at, w, 0, k) && spells(acronym, at + k, words, word + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "Noem" joins "Kristi Noem", "Crisis Group" joins "International Crisis Group", unless ambiguous. */
    private void mergeShortForms() {
        List<Surface> all = lexicon.values().stream().filter(s -> !s.tokens.isEmpty()).toList();
        Set<Surface> companies = new HashSet<>();
        // A short form is the start or the end of its full form: index full forms by first and last token.
        Map<String, List<Surface>> byFirst = new HashMap<>();
        Map<String, List<Surface>> byLast = new HashMap<>();
        for (Surface s : all) {
            if (s.companyName) {
                companies.add(s.root());
            }
            if (s.tokens.size() >= 2) {
                byFirst.computeIfAbsent(s.tokens.getFirst(), k -> new ArrayList<>()).add(s);
                byLast.computeIfAbsent(s.tokens.getLast(), k -> new ArrayList<>()).add(s);
            }
        }
        Set<String> places = new HashSet<>(REGIONS);
        for (Surface s : all) {
            if (s.locationMajority()) {
                places.add(String.join(" ", s.tokens));
            }
        }
        for (Surface shortForm : all) {
            if (companies.contains(shortForm.root())) {
                continue;
            }
            Set<Surface> candidates = new LinkedHashSet<>(byFirst.getOrDefault(shortForm.tokens.getFirst(), List.of()));
            candidates.addAll(byLast.getOrDefault(shortForm.tokens.getLast(), List.of()));
            Set<Surface> personTargets = new HashSet<>();
            Set<Surface> surnameTargets = new HashSet<>();
            Set<Surface> orgTargets = new HashSet<>();
            Map<Surface, Integer> orgFirst = new HashMap<>();
            for (Surface full : candidates) {
                if (full.tokens.size() <= shortForm.tokens.size() || full.root() == shortForm.root()
                        || full.text.indexOf('/') >= 0) {
                    // "Fleet/Norstar" names two companies: it is the full form of neither.
                    continue;
                }
                if (shortForm.listedCanonical != null && !shortForm.listedCanonical.equals(full.listedCanonical)) {
                    continue;
                }
                EntityType fullType = full.majority();
                boolean atStart = full.tokens.subList(0, shortForm.tokens.size()).equals(shortForm.tokens);
                boolean atEnd = full.tokens.subList(full.tokens.size() - shortForm.tokens.size(), full.tokens.size())
                        .equals(shortForm.tokens);
                if (fullType == EntityType.PERSON && (atEnd || atStart && !shortForm.locationMajority())) {
                    // Whatever the model called the short form: "Noem" is an organization 22 times on the samples.
                    personTargets.add(full.root());
                    if (atEnd) {
                        surnameTargets.add(full.root());
                    }
                } else if (fullType == EntityType.ORGANIZATION && (atStart || atEnd)
                        && !shortForm.locationMajority()
                        && !(atStart && regionalUnit(full, shortForm.tokens.size(), places))) {
                    orgTargets.add(full.root());
                    orgFirst.merge(full.root(), full.firstPosition, Math::min);
                }
            }
            // A person's name wins over a company named after them; "Excelan" with only "Excelan Inc" is the company.
            Set<Surface> targets = personTargets.isEmpty() ? orgTargets : personTargets;
            if (targets.size() > 1 && surnameTargets.size() == 1) {
                targets = surnameTargets;
            }
            if (targets.size() > 1 && personTargets.isEmpty()) {
                // "Pengo" next to "Pengo Industries Inc" and its "Pengo International Inc" subsidiary: the short form
                // is the company named first (the article's subject), when one is named strictly first.
                Surface earliest = null;
                boolean tie = false;
                for (Surface t : targets) {
                    int at = orgFirst.get(t);
                    if (earliest == null || at < orgFirst.get(earliest)) {
                        earliest = t;
                        tie = false;
                    } else if (at == orgFirst.get(earliest)) {
                        tie = true;
                    }
                }
                if (!tie && earliest != null && orgFirst.get(earliest) <= shortForm.firstPosition) {
                    targets = Set.of(earliest);
                }
            }
            if (targets.size() == 1) {
                union(targets.iterator().next(), shortForm);
            }
        }
    }

    private static final Set<String> REGIONS = Set.of("north america", "latin america", "south america",
            "asia pacific", "middle east");

    /**
     * "Paris Baguette North America" is the American unit of "Paris Baguette", not its full name: a place or
     * region after the short form's words (the parent and its subsidiary are two organizations).
     */
    private static boolean regionalUnit(Surface full, int shortWords, Set<String> places) {
        // "LTCB Asia Ltd" after "LTCB", "Vendex International" after "Vendex": one company.
        String tail = String.join(" ", full.tokens.subList(shortWords, full.tokens.size()));
        return !full.companyName && full.tokens.size() - shortWords >= 2 && places.contains(tail);
    }

    /**
     * Wire copy misspells names ("Predergast" after "S. Lawrence Prendergast", "Gasper" after "George Gaspar"): a
     * rare (at most two mentions) one-word person form one edit away from the surname of exactly one full name joins
     * it. A form mentioned more often is another person ("Reagan" next to "Donald Regan").
     */
    private void mergeMisspelledSurnames() {
        Map<String, Set<Surface>> fullBySurname = new HashMap<>();
        for (Surface s : lexicon.values()) {
            if (s.tokens.size() >= 2 && s.majority() == EntityType.PERSON) {
                fullBySurname.computeIfAbsent(s.tokens.getLast(), k -> new HashSet<>()).add(s.root());
            }
        }
        for (Surface s : lexicon.values()) {
            if (s.tokens.size() != 1 || s.votes[0] == 0 || s.votes[0] < s.votes[1] || s.mentions > 2
                    || s.tokens.getFirst().length() < 5 || fullBySurname.containsKey(s.tokens.getFirst())) {
                continue;
            }
            String word = s.tokens.getFirst();
            Set<Surface> targets = new HashSet<>();
            fullBySurname.forEach((surname, roots) -> {
                if (surname.charAt(0) == word.charAt(0) && Names.withinOneEdit(surname, word)) {
                    targets.addAll(roots);
                }
            });
            if (targets.size() == 1 && s.root() != targets.iterator().next()) {
                union(targets.iterator().next(), s);
            }
        }
    }

    private static void union(Surface a, Surface b) {
        Surface ra = a.root();
        Surface rb = b.root();
        if (ra != rb) {
            rb.parent = ra;
        }
    }

    private List<Entity> entities() {
        Map<Surface, List<Surface>> clusters = new LinkedHashMap<>();
        for (Surface s : lexicon.values()) {
            if (!s.tokens.isEmpty()) {
                clusters.computeIfAbsent(s.root(), r -> new ArrayList<>()).add(s);
            }
        }
        Map<String, int[]> stats = new LinkedHashMap<>();
        Map<String, CanonicalName> names = new HashMap<>();
        for (List<Surface> members : clusters.values()) {
            int mentions = 0;
            int first = Integer.MAX_VALUE;
            for (Surface s : members) {
                mentions += s.mentions;
                first = Math.min(first, s.firstPosition);
            }
            if (mentions == 0) {
                continue;
            }
            EntityType type = type(members);
            if (type == null) {
                continue;
            }
            CanonicalName canonical = canonical(type, members);
            if (canonical == null) {
                continue;
            }
            if (canonical.type() == EntityType.PERSON && canonical.name().indexOf(' ') < 0
                    && members.stream().noneMatch(s -> s.personContext || s.listedType != null)) {
                // "Harvey, La.", "the Rostam platform": a lone word is a person only in a person's context
                // (or when the alias file or the archive knows its full name).
                continue;
            }
            String key = canonical.type().key() + '\u0000' + Names.fold(canonical.name());
            names.putIfAbsent(key, canonical);
            int[] st = stats.computeIfAbsent(key, k -> new int[] {0, Integer.MAX_VALUE});
            st[0] += mentions;
            st[1] = Math.min(st[1], first);
        }
        List<Entity> out = new ArrayList<>();
        stats.forEach((key, st) -> {
            CanonicalName n = names.get(key);
            out.add(new Entity(n.type(), n.name(), st[0], st[1]));
        });
        out.sort(Entity.BY_SALIENCE);
        return out;
    }

    /**
     * The type most of the cluster's full-name mentions got; short forms only count when no full name was tagged.
     * The alias file wins over the model. Null when the cluster is mostly a location.
     */
    private static @Nullable EntityType type(List<Surface> members) {
        for (Surface s : members) {
            if (s.listedType != null) {
                return s.listedType;
            }
        }
        int longestForm = members.stream().mapToInt(s -> s.tokens.size()).max().orElse(0);
        boolean cued = members.stream().anyMatch(s -> s.companyCue)
                || longestForm == 1 && members.stream().anyMatch(s -> s.weakCue)
                && members.stream().allMatch(s -> s.votes[2] == 0); // "Japan acquired": a place, whatever it buys
        if (cued && members.stream().noneMatch(s -> s.titled)
                && members.stream().noneMatch(ArticleEntities::mostlyLocation)) {
            // "Imprivata said" looks like a person to the model; "identity solutions provider Imprivata" does not.
            return EntityType.ORGANIZATION;
        }
        for (Surface s : members) {
            if (s.companyName && s.votes[1] > 0 || s.strictCompany && s.modelVotes() > 0) {
                // "Kraft Inc" settles what "Kraft" alone is, whatever the model said about "Kraft".
                return EntityType.ORGANIZATION;
            }
        }
        for (Surface s : members) {
            List<String> words = Names.foldedTokens(s.text);
            if (words.size() >= 2 && s.modelVotes() > 0 && COMPANY_LAST_WORDS.contains(words.getLast())) {
                // "Nozomi Networks", "Kyoto Animation": no person's name ends like that.
                return EntityType.ORGANIZATION;
            }
        }
        int longest = members.stream().mapToInt(s -> s.tokens.size()).max().orElse(0);
        int[] votes = new int[3];
        for (Surface s : members) {
            if (s.tokens.size() == longest) {
                add(votes, s.votes);
            }
        }
        if (votes[0] + votes[1] == 0) {
            for (Surface s : members) {
                add(votes, s.votes);
            }
        }
        if (votes[0] + votes[1] == 0) {
            // Only an acronym definition ("Organized Common Crime Group (GDCO)"): an organization unless a location.
            // An implied surname alone is nobody.
            boolean defined = members.stream().anyMatch(s -> s.definition);
            return votes[2] > 0 || !defined ? null : EntityType.ORGANIZATION;
        }
        if (votes[2] > votes[0] + votes[1]) {
            return null;
        }
        return votes[0] >= votes[1] ? EntityType.PERSON : EntityType.ORGANIZATION;
    }

    private static boolean mostlyLocation(Surface s) {
        return s.votes[2] > s.votes[0] + s.votes[1];
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Alias-file entry of any member first, else the most mentioned full name, accented spelling preferred. */
    private @Nullable CanonicalName canonical(EntityType type, List<Surface> all) {
        for (Surface s : all) {
            if (s.listedCanonical != null && s.listedType != null) {
                // Already the alias file's canonical name: only the block list may still refuse it.
                return canonicalizer.isBlocked(s.listedType, s.listedCanonical) ? null
                        : new CanonicalName(s.listedType, s.listedCanonical);
            }
        }
        if (type == EntityType.ORGANIZATION && all.stream().anyMatch(s -> concepts.contains(s.text))
                && all.stream().allMatch(s -> s.tokens.size() <= 1)) {
            return null;
        }
        if (type == EntityType.ORGANIZATION && all.stream().anyMatch(ArticleEntities::nonEntityHead)) {
            return null; // "Gross National Product (GNP)": the acronym is no organization either
        }
        // A blocked short form ("Bank" after "Bank of England") does not sink the names it was grouped with.
        List<Surface> members = all.stream().filter(s -> !blocked(type, s)).toList();
        if (members.isEmpty()) {
            return null;
        }
        int longest = members.stream().mapToInt(s -> s.tokens.size()).max().orElse(0);
        Surface best = null;
        for (Surface s : members) {
            if (s.tokens.size() != longest || acronymToDefinition.containsKey(s.text) && members.size() > 1) {
                continue;
            }
            if (best == null || s.mentions > best.mentions
                    || s.mentions == best.mentions && s.text.length() > best.text.length()) {
                best = s;
            }
        }
        if (best == null) {
            best = members.getFirst();
        }
        String display = best.text;
        for (Surface s : members) {
            if (String.join(" ", s.tokens).equals(String.join(" ", best.tokens))) {
                display = EntityCanonicalizer.better(display, s.text);
            }
        }
        return canonicalizer.canonicalize(type, display).orElse(null);
    }

    /** Last words that make a capitalized phrase a measure, rate or law: "Gross National Product". */
    private static final Set<String> NON_ENTITY_HEADS = Set.of("index", "indicators", "product", "rate", "rates",
            "act", "law", "treaty", "accord");

    /**
     * Blocked in the alias file, also without a country prefix ("U.S. Agriculture" in "U.S. Agriculture Secretary
     * Richard Lyng"), or an organization ending in a measure/law word.
     */
    private boolean blocked(EntityType type, Surface s) {
        if (canonicalizer.isBlocked(type, s.text)) {
            return true;
        }
        if (s.text.indexOf(' ') < 0 && GENERIC_ORG_WORDS.contains(s.text.toLowerCase(Locale.ROOT))) {
            return true; // "Company Says It Will Appeal": a generic noun
        }
        if (!s.tokens.isEmpty() && canonicalizer.isBlocked(type, String.join(" ", s.tokens))) {
            return true;
        }
        return false;
    }

    private static boolean nonEntityHead(Surface s) {
        List<String> words = Names.foldedTokens(s.text);
        return words.size() >= 2 && NON_ENTITY_HEADS.contains(words.getLast());
    }

    private static boolean afterIndefiniteArticle(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, end);
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    /**
     * The longest run of capitalized words before the acronym that can spell it: "Members of the Tren de Aragua
     * (TdeA)" defines "Tren de Aragua". Strict mode (comma form) wants exactly the initials.
     */
    private static @Nullable String definition(List<String> words, int from, String acronym, boolean strict) {
        for (int start = from; start <= words.size() - 2; start++) {
            String w = words.get(start);
            if (CONNECTORS.contains(w)
                    || Character.toLowerCase(w.charAt(0)) != Character.toLowerCase(acronym.charAt(0))) {
                continue;
            }
            String phrase = String.join(" ", words.subList(start, words.size()));
            MentionCleaner.Cleaned c = MentionCleaner.clean(phrase, 0, phrase.length(), EntityType.ORGANIZATION);
            if (c == null || c.start() != 0) {
                continue;
            }
            phrase = phrase.substring(0, c.end());
            if (!strict || initials(phrase).equals(acronym)) {
                return phrase;
            }
        }
        return null;
    }

    /** "Commodity Credit Corporation" gives "CCC"; connectors do not count. */
    static String initials(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : Names.tokens(phrase)) {
            if (!CONNECTORS.contains(w) && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    private static int upperCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }


}
