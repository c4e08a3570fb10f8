package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsroom.search.article.EntityType;

/**
 * Groups the article's surface forms that name one entity: same key, same alias-file entry, acronym and its
 * definition or initials, short form and full name, misspellings. One instance per article; not thread-safe.
 */
final class NameMerger {

    private final Map<String, Surface> lexicon;
    private final Map<String, String> acronymToDefinition;

    NameMerger(Map<String, Surface> lexicon, Map<String, String> acronymToDefinition) {
        this.lexicon = lexicon;
        this.acronymToDefinition = acronymToDefinition;
    }

    void group() {
        Map<String, Surface> byKey = new HashMap<>();
        for (Surface s : lexicon.values()) {
            String key = String.join(" ", s.tokens);
            if (key.isEmpty()) {
                continue;
            }
            Surface other = byKey.putIfAbsent(key, s);
            if (other != null) {
                Surface.union(other, s);
            }
            // "Hongkong Land" and "Hong Kong Land": one name, spaced two ways (not "BlackRock" and the place "Black
            // Rock": both must be names of several words and of one type).
            if (s.tokens.size() >= 2 && !s.locationMajority()) {
                Surface unspaced = byKey.putIfAbsent("\u0001" + key.replace(" ", ""), s);
                if (unspaced != null && unspaced.majority() == s.majority()) {
                    Surface.union(unspaced, s);
                }
            }
            if (s.listedCanonical != null) {
                Surface sameEntry = byKey.putIfAbsent("\u0000" + s.listedCanonical, s);
                if (sameEntry != null) {
                    Surface.union(sameEntry, s);
                }
            }
        }
        acronymToDefinition.forEach(
                (acronym, definition) -> Surface.union(lexicon.get(acronym), lexicon.get(definition)));
        linkAcronymsByInitials();
        mergeTruncatedCompanyNames();
        mergeShortForms();
        mergeMisspelledSurnames();
        mergeMisspelledCompanies();
    }

    /**
     * "British Telecom" for "British Telecommunications Plc": the same words but the last, cut to a prefix of five
     * letters or more, and one of the two written with a legal form.
     */
    private void mergeTruncatedCompanyNames() {
        // Only forms sharing all words but the last can be one another's truncation: bucket by those words.
        Map<List<String>, List<Surface>> byLeadingWords = new HashMap<>();
        for (Surface s : lexicon.values()) {
            if (s.tokens.size() >= 2 && s.votes[1] > s.votes[0] && !s.locationMajority()) {
                byLeadingWords.computeIfAbsent(s.tokens.subList(0, s.tokens.size() - 1), k -> new ArrayList<>())
                        .add(s);
            }
        }
        for (List<Surface> bucket : byLeadingWords.values()) {
            for (Surface a : bucket) {
                for (Surface b : bucket) {
                    if (a != b && (a.companyName || b.companyName)
                            && truncates(a.tokens.getLast(), b.tokens.getLast())) {
                        Surface.union(b, a);
                    }
                }
            }
        }
    }

    /** What a longer word adds to a shorter one that makes another word: "Steel" is not "Steelworkers". */
    private static final Set<String> WORD_ENDINGS = Set.of("workers", "worker", "makers", "maker", "men", "man",
            "ship", "ships", "sports", "house", "works", "side", "land", "field", "wood", "stone", "water");

    /** Whether {@code whole} is cut to {@code cut}, a prefix of five letters or more ("Telecom"). */
    private static boolean truncates(String cut, String whole) {
        return cut.length() >= 5 && whole.length() > cut.length() && whole.startsWith(cut)
                && !WORD_ENDINGS.contains(whole.substring(cut.length()));
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
                    Surface.union(other, rare);
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
                    keys.add(AcronymDefinitions.initials(s.text));
                }
                if (s.companyName && core < words.size()) {
                    keys.add(AcronymDefinitions.initials(String.join(" ", words.subList(0, core))));
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
            boolean initials = !candidates.isEmpty();
            if (!initials && s.text.length() >= 4) {
                candidates = spelledBy(s.text);
            }
            Set<Surface> roots = new HashSet<>();
            candidates.forEach(c -> roots.add(c.root()));
            if (roots.size() != 1) {
                continue;
            }
            String listed = candidates.getFirst().listedCanonical;
            if (initials && s.listedCanonical != null && !s.listedCanonical.equals(listed) && s.root() == s
                    && candidates.getFirst().firstPosition < s.firstPosition
                    && otherEntity(candidates.getFirst(), s.text, s.listedCanonical)) {
                // Japan's "Economic Planning Agency ... EPA": the article's own expansion, named first, beats the
                // alias file's ("The FDA approved ... the Florida Department of Agriculture said" does not).
                s.listedCanonical = null;
                s.listedType = null;
            }
            if (s.listedCanonical == null || s.listedCanonical.equals(listed)) {
                Surface.union(roots.iterator().next(), s);
            }
        }
    }

    /**
     * Whether the article's organization and the alias file's name share under half their words: "Economic Planning
     * Agency" is not "Environmental Protection Agency", "Organisation for Economic Cooperation and Development" is the
     * file's "Organisation for Economic Co-operation and Development".
     */
    private static boolean otherEntity(Surface named, String acronym, String listedName) {
        Set<String> listedWords = new HashSet<>(Names.foldedTokens(listedName));
        List<String> words = Names.foldedTokens(named.text);
        if (words.contains(Names.fold(acronym)) || words.size() < acronym.length()) {
            return false; // "EC Commission" is the EC's, not an expansion of "EC"
        }
        long shared = words.stream().filter(listedWords::contains).count();
        return shared * 2 < Math.max(words.size(), listedWords.size());
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

    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?");

    private static boolean spells(String acronym, int at, List<String> words, int word) {
        if (word == words.size()) {
            return at == acronym.length();
        }
        String w = words.get(word);
        if ((Names.CONNECTORS.contains(w) || word > 0 && Names.isCompanySuffix(w))
                && spells(acronym, at, words, word + 1)) {
            return true; // "NZFP" for "N.Z. Forest Products Ltd": the legal form may be left out
        }
        if (DOTTED_INITIALS.matcher(w).matches()) {
            String letters = w.replace(".", ""); // "N.Z." gives both its letters
            return acronym.regionMatches(true, at, letters, 0, letters.length())
                    && spells(acronym, at + letters.length(), words, word + 1);
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
                Surface.union(targets.iterator().next(), shortForm);
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
                Surface.union(targets.iterator().next(), s);
            }
        }
    }
}
