package org.newsroom.search.entities;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/** One surface form of the article with the model's votes and where it occurs. */
final class Surface {

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

    /** Written with a legal form ("NSA Inc"), a country prefix aside. */
    final boolean legalForm;

    /** Written with a legal form no person's name has ("Gebrueder Sulzer AG"): a company whatever the votes. */
    final boolean strictCompany;

    Surface(String text) {
        this.text = text;
        List<String> folded = Names.foldedTokens(text);
        List<String> core = Names.withoutCompanySuffix(Names.withoutCountryPrefix(folded));
        this.companyName = core.size() < folded.size();
        this.legalForm = Names.withoutCompanySuffix(folded).size() < folded.size();
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

    /** The lexicon's form for {@code text}, added when new. */
    static Surface of(Map<String, Surface> lexicon, String text) {
        return lexicon.computeIfAbsent(text, Surface::new);
    }

    /** Puts {@code b}'s group under {@code a}'s root. */
    static void union(Surface a, Surface b) {
        Surface ra = a.root();
        Surface rb = b.root();
        if (ra != rb) {
            rb.parent = ra;
        }
    }
}
