package org.newsroom.search.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** String helpers shared by mention cleaning, matching and canonicalization. Stateless. */
public final class Names {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "Moody's Investors Service" and "Moody" must share their first token. */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private Names() {}

    /**
     * The matching key of a name: accents, case and punctuation do not matter, so "Iván Velásquez", "IVAN VELASQUEZ"
     * and "Ivan Velasquez" share one key, and "U.S." matches "US".
     */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = s.replace(".", "").replace("'", "").replace("\u2019", "");
        return NON_WORD.matcher(s).replaceAll(" ").strip();
    }

    /** Folded tokens of a name. */
    static List<String> foldedTokens(String name) {
        String f = fold(name);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    /** Legal-form words that do not tell two companies apart in one article ("Unilever Plc", "Unilever"). */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "incorporated", "corp", "co", "cos", "ltd",
            "limited", "plc", "ag", "sa", "nv", "bv", "ab", "llc", "lp", "gmbh", "spa", "se", "asa", "cie");

    /** Legal forms no person's name ends with: a form written with one is a company whatever the model said. */
    private static final Set<String> STRICT_LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "ltd", "limited",
            "plc", "ag", "gmbh", "llc", "nv", "cie", "spa");

    /** Words joining a name to its legal form: "Morgan Stanley and Co Inc", "BBC Brown Boveri und Cie". */
    private static final Set<String> SUFFIX_JOINERS = Set.of("and", "&", "und", "et", "y");

    /** Whether a word (any case, dots ignored) is a legal form: "Ltd", "Inc.", "AG". */
    static boolean isCompanySuffix(String word) {
        return COMPANY_SUFFIXES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** True when the last folded token is a legal form only companies carry ("Gebrueder Sulzer AG"). */
    static boolean endsWithStrictLegalForm(List<String> foldedTokens) {
        return foldedTokens.size() >= 2 && STRICT_LEGAL_FORMS.contains(foldedTokens.getLast());
    }

    /** "U.S. Central Intelligence Agency" is the "Central Intelligence Agency" of the same article. */
    static List<String> withoutCountryPrefix(List<String> tokens) {
        return tokens.size() >= 2 && tokens.getFirst().equals("us") ? List.copyOf(tokens.subList(1, tokens.size()))
                : tokens;
    }

    /** Drops trailing legal-form tokens; nothing is left of a bare "NV". */
    static List<String> withoutCompanySuffix(List<String> tokens) {
        int end = tokens.size();
        while (end > 0 && COMPANY_SUFFIXES.contains(tokens.get(end - 1))) {
            end--;
        }
        while (end < tokens.size() && end > 1 && SUFFIX_JOINERS.contains(tokens.get(end - 1))) {
            end--;
        }
        return end == tokens.size() ? tokens : List.copyOf(tokens.subList(0, end));
    }

    private static final Set<String> BODY_WORDS = Set.of("department", "ministry");

    /** "Department of Energy" and "Energy Department" share a key: both become "energy department". */
    static List<String> departmentOrder(List<String> tokens) {
        if (tokens.size() >= 3 && BODY_WORDS.contains(tokens.get(0)) && tokens.get(1).equals("of")) {
            List<String> out = new ArrayList<>(tokens.subList(2, tokens.size()));
            out.add(tokens.get(0));
            return List.copyOf(out);
        }
        return tokens;
    }

    /** Damerau edit distance at most one (one letter added, dropped, changed, or two swapped). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** Letters outside ASCII: the accented spelling of a name is the better display form. */
    static int accentedLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    static boolean isAllCaps(String s) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper == letters;
    }

    /** Whitespace-separated tokens as they appear. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : WHITESPACE.split(s.strip())) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Small words inside names: "Bank of England", "Tren de Aragua", "Kreditanstalt fur Wiederaufbau", "Banque du
     * Batiment et des Travaux Publics", "Banco do Brasil".
     */
    static final Set<String> CONNECTORS = Set.of("of", "and", "on", "for", "de", "del", "la", "y", "&", "the", "du",
            "des", "et", "fur", "für", "der", "und", "di", "da", "do", "dos", "das", "van", "von");

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

    /** The letters and digits from {@code from} on. */
    static String leadingRun(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    /** Whether {@code i} is outside the text or not a letter or digit: a word boundary. */
    static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
