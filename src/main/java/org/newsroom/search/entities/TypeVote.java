package org.newsroom.search.entities;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;

/**
 * The type of one group of surface forms: the alias file, company cues and legal forms first, then the model's votes.
 * Stateless.
 */
final class TypeVote {

    private TypeVote() {}

    /** Last words that make a name a company's or an institution's whatever the model said. */
    private static final Set<String> COMPANY_LAST_WORDS = Set.of("university", "academy", "college", "institute",
            "company", "group", "corporation", "foundation", "association", "agency", "council", "committee",
            "department", "ministry", "bureau", "hospital", "network", "networks", "studio", "studios", "animation",
            "pictures", "labs", "laboratories", "partners", "holdings", "media", "entertainment", "records",
            "airlines", "motors", "insurance", "systems", "technologies", "solutions", "software", "ventures",
            "industries", "pharmaceuticals", "therapeutics", "brands", "capital", "bank");

    /**
     * The type most of the cluster's full-name mentions got; short forms only count when no full name was tagged.
     * The alias file wins over the model. Null when the cluster is mostly a location.
     */
    static @Nullable EntityType type(List<Surface> members) {
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
                && members.stream().noneMatch(TypeVote::mostlyLocation)) {
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
}
