package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>This class runs the steps in order; each step's rules live in a class of its own: {@link ModelSpans},
 * {@link AcronymDefinitions} and {@link WireMarks} fill the lexicon, {@link HeadingLines} tags title-case lines,
 * {@link MentionCounter} counts, {@link NameMerger} groups and {@link TypeVote} types each group.
 *
 * <p>One instance per article; not thread-safe.
 */
final class ArticleEntities {

    /** A line of the article: the title (offset 0) or one body line, cut to the configured length. */
    record Segment(String text, int offset, boolean title, boolean headline) {}

    private final List<Segment> segments;
    private final EntityCanonicalizer canonicalizer;
    private final Map<String, Surface> lexicon = new LinkedHashMap<>();
    private final Map<String, String> acronymToDefinition = new HashMap<>();
    /** Acronyms the article defines with lower-case words: concepts ("XDR"), never organizations. */
    private final Set<String> concepts = new HashSet<>();
    private final ModelSpans modelSpans = new ModelSpans(lexicon);
    private final AcronymDefinitions acronyms = new AcronymDefinitions(lexicon, acronymToDefinition, concepts);
    private final WireMarks wireMarks = new WireMarks(lexicon);

    ArticleEntities(List<Segment> segments, EntityCanonicalizer canonicalizer) {
        this.segments = segments;
        this.canonicalizer = canonicalizer;
    }

    /** Resolves the article's entities, most salient first; {@code tagger} tags one prose line. */
    List<Entity> resolve(Function<String, List<NerModel.Span>> tagger) {
        Set<String> proseWords = HeadingLines.proseLowerCaseWords(segments);
        for (Segment segment : segments) {
            boolean allCaps = Names.isAllCaps(segment.text());
            if (!segment.headline()) {
                modelSpans.add(segment.text(), tagger.apply(segment.text()));
                acronyms.add(segment.text());
                wireMarks.addReutersCompanyMarks(segment.text(), false);
            }
            if (segment.headline() && segment.title() && allCaps) {
                wireMarks.addReutersCompanyMarks(segment.text(), true);
            } else if (segment.headline() && !segment.title()) {
                // "These are <Samick Co Ltd>, <...>" looks like a headline.
                wireMarks.addBracketedCompanies(segment.text());
            }
            if (!segment.title()) {
                wireMarks.addBylines(segment.text());
            }
        }
        HeadingLines.tag(segments, tagger, proseWords, lexicon, modelSpans);
        for (Segment segment : segments) {
            String text = segment.text();
            if (!Names.isAllCaps(text)) {
                addCompanyCues(text, segment.headline() ? HeadingLines.truecase(text, proseWords) : text);
            }
        }
        InstitutionPhrases institutions = new InstitutionPhrases(lexicon);
        for (Segment segment : segments) {
            if (!segment.headline()) {
                institutions.add(segment.text());
            }
        }
        splitPossessives();
        addListedNames();
        addSurnames();
        MentionCounter.SurfaceIndex index = new MentionCounter.SurfaceIndex(lexicon.values());
        for (Segment segment : segments) {
            MentionCounter.count(segment, index);
        }
        new NameMerger(lexicon, acronymToDefinition).group();
        return entities();
    }

    private static final Pattern INNER_POSSESSIVE = Pattern.compile("^(.+?)(?:['’]s|['’]) (\\p{Lu}.*)$");

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
     * Biometrics" an organization and its product; "Rada's NZFP" two companies. An organization span with a possessive
     * inside is split when the owner is an organization by its last word or named as one on its own elsewhere; the
     * part after the possessive stays only when it ends like an organization. A place owns nothing: "Canada's Mitel
     * Corp" is "Mitel Corp", "Switzerland's BBC AG Brown Boveri und Cie" is BBC's (the rare company named after its
     * country's possessive, "America's Car-Mart Inc", is cut too). "People's Daily" stays whole, and so does a name
     * with a legal form whose owner is no place ("Beeba's Creations Inc", "Moody's Investors Service Inc").
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
            boolean ownerIsPlace = known != null && known != s && known.locationMajority();
            List<String> ownerWords = Names.foldedTokens(owner);
            boolean ownerIsOrg = !ownerWords.isEmpty() && Names.ORG_HEADS.contains(ownerWords.getLast())
                    || namedAsCompany(ownerWords, s);
            if (!ownerIsPlace && (!ownerIsOrg || s.strictCompany)) {
                continue;
            }
            lexicon.remove(s.text);
            List<String> restWords = Names.foldedTokens(rest);
            // "Seattle's Rainier Bancorporation": what a place owns is the name, whatever its last word.
            boolean restIsName = ownerIsPlace
                    || restWords.size() >= 2 && Names.ORG_HEADS.contains(restWords.getLast())
                    || restWords.contains("of") && Names.ORG_HEADS.contains(restWords.getFirst());
            if (!ownerIsPlace) {
                surface(owner).votes[1] += s.votes[1];
                surface(owner).companyCue |= s.companyCue;
            }
            if (restIsName) {
                surface(rest).votes[1] += s.votes[1];
            }
        }
    }

    /** Whether a form other than {@code except} names these words as a company: "Rada Corp Ltd" for "Rada". */
    private boolean namedAsCompany(List<String> words, Surface except) {
        for (Surface x : lexicon.values()) {
            if (x != except && x.tokens.equals(words)
                    && (x.strictCompany || x.companyCue || x.votes[1] > x.votes[0] + x.votes[2])) {
                return true;
            }
        }
        return false;
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
                        && text.startsWith(known.text, c.start())
                        && Names.boundary(text, c.start() + known.text.length())) {
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
        Set<List<String>> unlistedCompanies = new HashSet<>();
        for (Surface s : lexicon.values()) {
            var listed = canonicalizer.listed(s.text);
            if (listed != null) {
                s.listedType = listed.type();
                s.listedCanonical = listed.name();
            } else if (s.legalForm) {
                unlistedCompanies.add(s.tokens);
            }
        }
        for (Surface s : lexicon.values()) {
            if (s.listedCanonical != null && unlistedCompanies.contains(s.tokens)) {
                // "NSA Inc said ... NSA said": the company the article names, not the agency the file lists.
                s.listedCanonical = null;
                s.listedType = null;
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
        return Surface.of(lexicon, text);
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
            EntityType type = TypeVote.type(members);
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
}
