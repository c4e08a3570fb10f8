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
 * Acronyms the article defines ("Tren de Aragua (TdeA)", "the Commodity Credit Corporation, CCC,"): each joins
 * its definition; acronyms spelled by lower-case words are concepts. One instance per article; not thread-safe.
 */
final class AcronymDefinitions {

    private final Map<String, Surface> lexicon;
    private final Map<String, String> acronymToDefinition;
    private final Set<String> concepts;

    AcronymDefinitions(Map<String, Surface> lexicon, Map<String, String> acronymToDefinition, Set<String> concepts) {
        this.lexicon = lexicon;
        this.acronymToDefinition = acronymToDefinition;
        this.concepts = concepts;
    }

    /** "Tren de Aragua (TdeA)", and Reuters' "Landmark Bancshares Corp <LBC>". */
    private static final Pattern ACRONYM_IN_BRACKETS =
            Pattern.compile("[(]\\s*(\\p{Lu}[\\p{L}&.\\-]{1,11})\\s*[)]");
    /** "The Commodity Credit Corporation, CCC, has": accepted only when the letters are the initials. */
    private static final Pattern ACRONYM_IN_COMMAS = Pattern.compile(",\\s*(\\p{Lu}{2,8}),");

    private static final int MAX_DEFINITION_WORDS = 10;

    /** "Tren de Aragua (TdeA)": the bracketed acronym names the capitalized phrase before it (issue point 3). */
    void add(String text) {
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
                if (Character.isUpperCase(w.codePointAt(0)) || Names.CONNECTORS.contains(w)) {
                    first--;
                } else {
                    break;
                }
            }
            String definition = strict ? null : markedCompanyBefore(text, m.start());
            if (definition == null) {
                definition = definition(words, first, acronym, strict);
            }
            if (definition == null && !strict) {
                definition = taggedOrganizationBefore(text, m.start());
            }
            if (definition == null && !strict && spelledInLowerCase(words, acronym)) {
                // "identity threat detection and response (ITDR)": a concept, not an organization.
                concepts.add(acronym);
                continue;
            }
            if (definition == null || !text.contains(definition)) {
                continue;
            }
            Surface.of(lexicon, definition).definition = true;
            Surface.of(lexicon, acronym);
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

    /** Reuters' "<Banque du Batiment et des Travaux Publics> (BTP)": the marked company is the definition. */
    private static @Nullable String markedCompanyBefore(String text, int bracket) {
        String before = lookBack(text, bracket);
        int open = before.lastIndexOf('<');
        if (!before.endsWith(">") || open < 0) {
            return null;
        }
        String inside = before.substring(open + 1, before.length() - 1).strip();
        return inside.indexOf(' ') > 0 && !inside.equals(inside.toUpperCase(Locale.ROOT)) ? inside : null;
    }

    /**
     * "Ecuadorean Petroleum Corp (CEPE)": an acronym in the language of the company's home does not spell the English
     * name, but in brackets right after a multi-word organization the model tagged it is that organization's.
     */
    private @Nullable String taggedOrganizationBefore(String text, int bracket) {
        String before = lookBack(text, bracket);
        String longest = null;
        for (Surface s : lexicon.values()) {
            if (s.votes[1] > s.votes[0] && s.text.indexOf(' ') > 0 && before.endsWith(s.text)
                    && Names.boundary(before, before.length() - s.text.length() - 1)
                    && (longest == null || s.text.length() > longest.length())) {
                longest = s.text;
            }
        }
        return longest;
    }

    /** The text right before a bracket, far enough back for any name, so a long paragraph is not copied per bracket. */
    private static String lookBack(String text, int bracket) {
        return text.substring(Math.max(0, bracket - MAX_NAME_CHARS), bracket).stripTrailing();
    }

    private static final int MAX_NAME_CHARS = 300;

    /**
     * "Federation of Economic Organisations (Keidanren)": a one-word name in brackets right after an organization
     * the model tagged, and tagged itself, is that organization's other name.
     */
    private void addBracketedName(String text, int bracket, String word) {
        Surface named = lexicon.get(word);
        if (named == null || named.votes[1] == 0 || word.indexOf(' ') >= 0) {
            return;
        }
        String organization = taggedOrganizationBefore(text, bracket);
        if (organization != null) {
            acronymToDefinition.putIfAbsent(word, organization);
        }
    }

    /**
     * The longest run of capitalized words before the acronym that can spell it: "Members of the Tren de Aragua
     * (TdeA)" defines "Tren de Aragua". Strict mode (comma form) wants exactly the initials.
     */
    private static @Nullable String definition(List<String> words, int from, String acronym, boolean strict) {
        for (int start = from; start <= words.size() - 2; start++) {
            String w = words.get(start);
            if (Names.CONNECTORS.contains(w)
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
            if (!Names.CONNECTORS.contains(w) && Character.isUpperCase(w.charAt(0))) {
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
}
