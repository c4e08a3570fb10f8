package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;

/** The within-article rules, with a scripted tagger instead of the model so each rule is tested on its own. */
class ArticleEntitiesTest {

    @TempDir
    Path dir;

    private EntityCanonicalizer canonicalizer;
    private CoreNlpEntityExtractor splitter;

    @BeforeEach
    void setUp() throws IOException {
        Path aliases = dir.resolve("entities.yml");
        Files.writeString(aliases, """
                organization:
                  Department of Homeland Security: [DHS, Homeland Security]
                  Environmental Protection Agency: [EPA]
                block:
                  organization: [Defense]
                """, StandardCharsets.UTF_8);
        canonicalizer = new EntityCanonicalizer(Samples.properties(aliases));
        splitter = new CoreNlpEntityExtractor(Samples.properties(aliases), canonicalizer);
    }

    /**
     * A tagger that labels the given surface forms where they occur; each form is tagged at most {@code times}
     * times in the whole article, to imitate a model that misses later mentions.
     */
    private static final class ScriptedTagger implements Function<String, List<NerModel.Span>> {
        final Map<String, String> labels = new LinkedHashMap<>();
        final Map<String, Integer> budget = new LinkedHashMap<>();
        final List<String> seenLines = new ArrayList<>();

        ScriptedTagger tag(String surface, String label, int times) {
            labels.put(surface + "\u0000" + label, label);
            budget.put(surface + "\u0000" + label, times);
            return this;
        }

        @Override
        public List<NerModel.Span> apply(String line) {
            seenLines.add(line);
            List<NerModel.Span> spans = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (String key : labels.keySet()) {
                String surface = key.substring(0, key.indexOf('\u0000'));
                for (int at = line.indexOf(surface); at >= 0 && budget.get(key) > 0;
                        at = line.indexOf(surface, at + 1)) {
                    if (used.add(at)) {
                        spans.add(new NerModel.Span(labels.get(key), at, at + surface.length()));
                        budget.merge(key, -1, Integer::sum);
                    }
                }
            }
            return spans;
        }
    }

    private List<Entity> run(String title, String body, Function<String, List<NerModel.Span>> tagger) {
        return new ArticleEntities(splitter.segments(title, body), canonicalizer).resolve(tagger);
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(e -> e.type().key() + ":" + e.name()).toList();
    }

    @Test
    void shortNamesJoinTheFullNameAndTakeItsType() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Kristi Noem", "PERSON", 9)
                .tag("Noem", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Kristi Noem visited Bogota.\n\nNoem said Noem was pleased.", tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.PERSON, "Kristi Noem", 3, 0));
    }

    @Test
    void aShortNameMatchingTwoPeopleStaysApart() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("George Bush", "PERSON", 9).tag("Jeb Bush", "PERSON", 9).tag("Bush", "PERSON", 9);
        List<Entity> entities = run("", "George Bush and Jeb Bush met. Bush spoke.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:George Bush", "person:Jeb Bush", "person:Bush");
    }

    @Test
    void aSurfaceTakesTheTypeMostOfItsMentionsGet() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Sarabia", "PERSON", 2)
                .tag("Sarabia", "ORGANIZATION", 1);
        List<Entity> entities = run("", "Sarabia spoke. Sarabia left.\nThen Sarabia returned.", tagger);
        assertThat(names(entities)).containsExactly("person:Sarabia");
        assertThat(entities.getFirst().mentions()).isEqualTo(3);
    }

    @Test
    void aNameTaggedOnceIsCountedEverywhere() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Laura Sarabia", "PERSON", 1);
        List<Entity> entities = run("", "Laura Sarabia met Noem.\nLater Laura Sarabia left and Laura Sarabia spoke.",
                tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.PERSON, "Laura Sarabia", 3, 0));
    }

    @Test
    void headlinesAreTaggedInTheArticlesCasingAndCarryTheNamesFoundInTheBody() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Petro Meets Trump", "ORGANIZATION", 9)
                .tag("Gustavo Petro", "PERSON", 9)
                .tag("Donald Trump", "PERSON", 9)
                .tag("Trump", "PERSON", 9);
        String title = "Petro Meets Trump in Washington: Drug Trafficking & Agenda Details";
        String body = "Why Petro Meets Trump Today\n\nGustavo Petro arrived to see Donald Trump. Trump waited.";
        List<Entity> entities = run(title, body, tagger);
        assertThat(tagger.seenLines).containsExactly("Gustavo Petro arrived to see Donald Trump. Trump waited.",
                "Petro meets Trump in Washington: Drug Trafficking & Agenda Details",
                "Why Petro meets Trump Today");
        assertThat(entities).containsExactly(
                new Entity(EntityType.PERSON, "Donald Trump", 4, 0),
                new Entity(EntityType.PERSON, "Gustavo Petro", 3, 0));
    }

    @Test
    void namesOnTitleCaseListLinesAreTagged() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Jane Roe", "PERSON", 9).tag("John Doe", "PERSON", 9);
        String body = "Here are the winners and their instructors:\n\n"
                + "- Jane Roe – Type & Expression (Instructor: John Doe)\n\nThe type and the expression won.";
        List<Entity> entities = run("", body, tagger);
        assertThat(tagger.seenLines).contains("- Jane Roe – type & expression (instructor: John Doe)");
        assertThat(names(entities)).containsExactly("person:Jane Roe", "person:John Doe");
    }

    @Test
    void aHeadlineSpanHoldingAProseNameIsAFragment() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Boeing Names Kelly Ortberg", "ORGANIZATION", 9)
                .tag("Kelly Ortberg", "PERSON", 9).tag("Boeing", "ORGANIZATION", 9);
        List<Entity> entities = run("Boeing Names Kelly Ortberg Chief Executive",
                "Boeing on Friday picked Kelly Ortberg to lead it.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Kelly Ortberg", "organization:Boeing");
    }

    @Test
    void aNameInACompanyContextIsAnOrganizationWhateverTheModelSaid() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Quarkly", "PERSON", 9).tag("Jane Roe", "PERSON", 9);
        List<Entity> entities = run("", "Identity provider Quarkly has bought Zentrix.\n\nQuarkly said Jane Roe "
                + "would stay.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Quarkly", "organization:Zentrix",
                "person:Jane Roe");
    }

    @Test
    void aPersonWhoBuysACompanyStaysAPerson() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Jon Mask", "PERSON", 9).tag("Mask", "PERSON", 9)
                .tag("Quarkly", "PERSON", 9);
        List<Entity> entities = run("", "Jon Mask acquired Zentrix last year.\n\nMask said Quarkly acquired Brightwell.",
                tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Jon Mask", "organization:Zentrix",
                "organization:Quarkly", "organization:Brightwell");
    }

    @Test
    void aPersonNameCannotEndLikeACompany() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Nozomi Networks", "PERSON", 9);
        assertThat(names(run("", "They bought Nozomi Networks.", tagger)))
                .containsExactly("organization:Nozomi Networks");
    }

    @Test
    void aRegionalUnitIsNotTheFullNameOfItsParent() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Brightwell North America", "ORGANIZATION", 9)
                .tag("Brightwell", "ORGANIZATION", 9).tag("North America", "LOCATION", 9);
        List<Entity> entities = run("", "Brightwell North America runs 200 shops.\n\nIn North America, Brightwell "
                + "grew. Brightwell was founded in Korea.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Brightwell",
                "organization:Brightwell North America");
    }

    @Test
    void aTitledNameStaysAPerson() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Walton", "PERSON", 9);
        List<Entity> entities = run("", "Mr. Walton spoke.\n\nThe deal with firm Walton was in doubt.", tagger);
        assertThat(names(entities)).containsExactly("person:Walton");
    }

    @Test
    void anAcronymDefinedInLowerCaseIsAConcept() {
        ScriptedTagger tagger = new ScriptedTagger().tag("ITDR", "ORGANIZATION", 9).tag("Quarkly", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Quarkly sells an identity threat detection, investigation, and response "
                + "(ITDR) platform.\n\nITDR tools are popular.", tagger);
        assertThat(names(entities)).containsExactly("organization:Quarkly");
        assertThat(AcronymDefinitions.spelledInLowerCase(List.of("data", "security", "posture", "management"), "DSPM"))
                .isTrue();
        assertThat(AcronymDefinitions.spelledInLowerCase(List.of("the", "ruling", "party"), "PRI")).isFalse();
    }

    @Test
    void aPossessiveInsideAnOrganizationSplitsItWhenTheOwnerIsOne() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Lakeside College's School of Music", "ORGANIZATION", 9)
                .tag("Quarkly' Zero-Knowledge Biometrics", "ORGANIZATION", 9)
                .tag("People's Daily", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Lakeside College's School of Music won.\n\nIt bought Quarkly, a London-based "
                + "firm that makes Quarkly' Zero-Knowledge Biometrics technology.\n\nPeople's Daily said so.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Lakeside College",
                "organization:School of Music", "organization:Quarkly", "organization:People's Daily");
    }

    @Test
    void aPlaceOwnsNothingAndALegalNameWithAPossessiveStaysWhole() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Canada's Mitel Corp", "ORGANIZATION", 9)
                .tag("Mitel", "ORGANIZATION", 9)
                .tag("Canada", "LOCATION", 9)
                .tag("Beeba's Creations Inc", "ORGANIZATION", 9)
                .tag("Beeba", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Canada's Mitel Corp said sales rose in Canada. Mitel sells phones.\n\n"
                + "It will buy 20 pct of Beeba's Creations Inc. Beeba said so.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Mitel Corp",
                "organization:Beeba's Creations Inc");
    }

    @Test
    void theOwnerIsACompanyWhenItsFullNameIsOne() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Rada Corp Ltd", "ORGANIZATION", 9)
                .tag("Rada's NZFP", "ORGANIZATION", 9)
                .tag("N.Z. Forest Products Ltd", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Rada Corp Ltd sold its shares in N.Z. Forest Products Ltd (NZFP).\n\n"
                + "Amcor will acquire Rada's NZFP stake.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Rada Corp Ltd",
                "organization:N.Z. Forest Products Ltd", "organization:Amcor");
    }

    @Test
    void hyphenatedNamesAreNotCutAtTheHyphen() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Rotterdam Bank", "ORGANIZATION", 9)
                .tag("Royale Belge Vie", "ORGANIZATION", 9)
                .tag("Security Pacific", "ORGANIZATION", 9)
                .tag("Reagan", "PERSON", 9);
        List<Entity> entities = run("", "Amsterdam-Rotterdam Bank will lead. Royale Belge Vie-Accidents merged.\n\n"
                + "The Reagan-Gorbachev talks went on, Reagan said. It is like the Security Pacific-Rainier deal.",
                tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Amsterdam-Rotterdam Bank",
                "organization:Royale Belge Vie-Accidents", "person:Reagan", "organization:Security Pacific");
    }

    @Test
    void namesRunTogetherBySaleOrListAreSplit() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Orange Julius of America and Orange Julius Canada Limited to H.C. Holdings Inc", "ORGANIZATION",
                        9)
                .tag("Procter and Gamble", "ORGANIZATION", 9)
                .tag("Committee to Protect Journalists", "ORGANIZATION", 9);
        List<Entity> entities = run("", "It will sell Orange Julius of America and Orange Julius Canada Limited to "
                + "H.C. Holdings Inc.\n\nProcter and Gamble and the Committee to Protect Journalists agreed.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Orange Julius of America",
                "organization:Orange Julius Canada Limited", "organization:H.C. Holdings Inc",
                "organization:Procter and Gamble", "organization:Committee to Protect Journalists");
    }

    @Test
    void aWireCompanyMarkOutvotesThePersonTheModelSaw() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Intelmatique", "PERSON", 9);
        List<Entity> entities = run("", "The agency, <Intelmatique>, said it plans a network.\n\n"
                + "Prices are 25 dlrs, Intelmatique said.", tagger);
        assertThat(names(entities)).containsExactly("organization:Intelmatique");
    }

    @Test
    void aCapitalizedRunEndingInAnInstitutionsHeadIsAnOrganization() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Kim Lee", "PERSON", 9)
                .tag("U.S. Federal Reserve Board", "ORGANIZATION", 9);
        List<Entity> entities = run("Growth Seen At Nine Pct", "Growth will be 9 pct, an Economic Planning Board "
                + "report said.\n\nNo Commission decision is due, Kim Lee of the U.S. Federal Reserve Board said. "
                + "Several Commission members agreed. On Tuesday the Board voted.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Economic Planning Board",
                "person:Kim Lee", "organization:U.S. Federal Reserve Board");
    }

    @Test
    void aGenericOrganizationWordAloneIsNoName() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Company", "ORGANIZATION", 9);
        assertThat(run("", "The deal is off; Company says it will appeal.", tagger)).isEmpty();
    }

    @Test
    void theOrganizationAfterAPersonAndOfIsAnEmployer() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Jane Roe", "PERSON", 9).tag("Mary Poe", "PERSON", 9)
                .tag("Aragon", "LOCATION", 9);
        List<Entity> entities = run("", "Jane Roe of Quarkly spoke with Mary Poe of Aragon.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Jane Roe", "person:Mary Poe",
                "organization:Quarkly");
    }

    @Test
    void aRareOneEditVariantOfACompanyIsAMisspelling() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Pentera", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Pentera acquires DevOcean\n\nPentera has acquired DevOvean for cash. "
                + "DevOcean will help.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Pentera", "organization:DevOcean");
    }

    @Test
    void truecasingLowersWordsTheProseWritesInLowerCase() {
        Set<String> prose = Set.of("claims", "named", "victory", "market");
        assertThat(HeadingLines.truecase("Enterprise Claims Victory In Car Market", prose))
                .isEqualTo("Enterprise claims victory in Car market");
        assertThat(HeadingLines.truecase("Boeing Names Kelly Ortberg CEO", prose))
                .isEqualTo("Boeing names Kelly Ortberg CEO");
        // A capitalized run ending like an organization keeps its capitals.
        assertThat(HeadingLines.truecase("Mine Safety and Health Administration Claims Victory",
                Set.of("safety", "health", "claims"))).isEqualTo("Mine Safety and Health Administration claims Victory");
    }

    @Test
    void aHeadingsPersonSpanMustLookLikeAName() {
        assertThat(HeadingLines.personShaped("Svetlana Shubina")).isTrue();
        assertThat(HeadingLines.personShaped("Beauty of the Budget")).isFalse();
        assertThat(HeadingLines.personShaped("Ferah Team")).isFalse();
    }

    @Test
    void allCapsHeadlinesMatchCaselessly() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Reagan", "PERSON", 9);
        List<Entity> entities = run("TOWER REPORT DIMINISHES REAGAN'S HOPES", "Reagan said nothing.", tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.PERSON, "Reagan", 2, 0));
    }

    @Test
    void theModelNeverSeesTwoLinesAtOnce() {
        ScriptedTagger tagger = new ScriptedTagger();
        run("A headline about a meeting.", "Gustavo\nPetro said the meeting went well.\n\nIt did.", tagger);
        assertThat(tagger.seenLines).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(tagger.seenLines).hasSize(4);
    }

    @Test
    void acronymDefinedInTheArticleJoinsItsExpansion() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Tren de Aragua", "ORGANIZATION", 9)
                .tag("TdeA", "ORGANIZATION", 9);
        List<Entity> entities =
                run("", "Members of the Tren de Aragua (TdeA) gang were seen.\nTdeA denied it.", tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.ORGANIZATION, "Tren de Aragua", 3, 15));
    }

    @Test
    void acronymDefinitionExtendsATruncatedSpan() {
        ScriptedTagger tagger = new ScriptedTagger().tag("United Nations Office on Drugs", "ORGANIZATION", 9);
        List<Entity> entities = run("",
                "Figures from the United Nations Office on Drugs and Crime (UNODC) show a rise. UNODC said so.",
                tagger);
        assertThat(names(entities)).containsExactly("organization:United Nations Office on Drugs and Crime");
        assertThat(entities.getFirst().mentions()).isEqualTo(3);
    }

    @Test
    void aBracketedAcronymAfterAMarkedOrTaggedCompanyIsItsOtherName() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Ecuadorean Petroleum Corp", "ORGANIZATION", 9)
                .tag("CEPE", "ORGANIZATION", 9)
                .tag("Kreditanstalt", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The state Ecuadorean Petroleum Corp (CEPE) said so. CEPE will pump.\n\n"
                + "An offer of <Banque du Batiment et des Travaux Publics> (BTP) opened. BTP said demand was strong.\n\n"
                + "It was signed with Kreditanstalt fur Wiederaufbau (KFW) today.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Ecuadorean Petroleum Corp",
                "organization:Banque du Batiment et des Travaux Publics",
                "organization:Kreditanstalt fur Wiederaufbau");
    }

    @Test
    void listsOfFirmsAndTwinNamesAreReadRight() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Citigroup, JPMorgan Chase & Co", "ORGANIZATION", 9)
                .tag("Johnson and Johnson Inc", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Citigroup, JPMorgan Chase & Co were named.\n\n"
                + "Johnson and Johnson Inc said so.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Citigroup",
                "organization:JPMorgan Chase & Co", "organization:Johnson and Johnson Inc");
    }

    @Test
    void aOneWordNameBeforeACommaAndALegalFormIsOneFirm() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Goldman, Sachs and Co", "ORGANIZATION", 9);
        List<Entity> entities = run("", "John Weinberg of Goldman, Sachs and Co said so.", tagger);
        assertThat(names(entities)).contains("organization:Goldman, Sachs and Co");
    }

    @Test
    void oneNameSpacedTwoWaysOrCutShortIsOneEntity() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Hong Kong Land Co Ltd", "ORGANIZATION", 9)
                .tag("Hongkong Land", "ORGANIZATION", 9)
                .tag("British Telecommunications Plc", "ORGANIZATION", 9)
                .tag("British Telecom", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Hong Kong Land Co Ltd may move. Hongkong Land's homes sold well.\n\n"
                + "British Telecommunications Plc will sell it. British Telecom has a stake.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Hong Kong Land Co Ltd",
                "organization:British Telecommunications Plc");
    }

    @Test
    void aListedAcronymUsedBeforeALocalNameWithItsInitialsStaysListed() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Emerald Pine Authority", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The EPA approved the plan.\n\nThe Emerald Pine Authority said so.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Environmental Protection Agency",
                "organization:Emerald Pine Authority");
    }

    @Test
    void theArticlesOwnExpansionOfAnAcronymBeatsTheAliasFile() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Economic Planning Agency", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The government's Economic Planning Agency said so.\n\nDHS and EPA officials "
                + "told reporters the outlook was unchanged.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Economic Planning Agency",
                "organization:Department of Homeland Security");
    }

    @Test
    void aCompanyWrittenWithALegalFormIsNotTheAcronymTheAliasFileLists() {
        ScriptedTagger tagger = new ScriptedTagger().tag("EPA Inc", "ORGANIZATION", 9);
        List<Entity> entities = run("", "EPA Inc said it will buy back shares.\n\nEPA said the offer ends soon.",
                tagger);
        assertThat(names(entities)).containsExactly("organization:EPA Inc");
    }

    @Test
    void namesJoinedByAHyphenStayTwoWhenEitherGoesOn() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Kamala Harris", "PERSON", 9).tag("Tim Walz", "PERSON", 9)
                .tag("President Mir", "PERSON", 0).tag("Hossein Mousavi", "PERSON", 9);
        List<Entity> entities = run("", "The Kamala Harris-Tim Walz ticket won.\n\n"
                + "Opposition leader Mir-Hossein Mousavi spoke.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Kamala Harris", "person:Tim Walz",
                "person:Mir-Hossein Mousavi");
    }

    @Test
    void commaAcronymsNeedMatchingInitials() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Commodity Credit Corporation", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The Commodity Credit Corporation, CCC, accepted a bid.\nThe CCC said so.",
                tagger);
        assertThat(entities).containsExactly(
                new Entity(EntityType.ORGANIZATION, "Commodity Credit Corporation", 3, 4));
        assertThat(AcronymDefinitions.initials("Office on Drugs and Crime")).isEqualTo("ODC");
    }

    @Test
    void aliasFileNamesMergeAndAreFoundWithoutTheModel() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Homeland Security", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Secretary of Homeland Security Kristi Noem. The DHS said.", tagger);
        assertThat(entities).containsExactly(
                new Entity(EntityType.ORGANIZATION, "Department of Homeland Security", 2, 13));
    }

    @Test
    void blockListedNamesAreDropped() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Defense", "ORGANIZATION", 9);
        assertThat(run("", "Colombia's Minister of Defense spoke.", tagger)).isEmpty();
    }

    @Test
    void locationsAndKindsOfOrganizationAreNoFacets() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Washington", "LOCATION", 9)
                .tag("Organized Criminal Group", "ORGANIZATION", 9);
        assertThat(run("", "In Washington it is classified as an Organized Criminal Group.", tagger)).isEmpty();
    }

    @Test
    void accentVariantsInOneArticleMergeUnderTheAccentedForm() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Pedro Sanchez", "PERSON", 9).tag("Pedro Sánchez", "PERSON", 9);
        List<Entity> entities = run("", "Pedro Sanchez spoke.\nPedro Sánchez left.", tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.PERSON, "Pedro Sánchez", 2, 0));
    }

    @Test
    void companyLegalFormsDoNotSplitACompany() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Unilever Plc", "ORGANIZATION", 9).tag("Unilever", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Unilever Plc reported. Unilever said margins rose.", tagger);
        assertThat(entities).containsExactly(new Entity(EntityType.ORGANIZATION, "Unilever Plc", 2, 0));
    }

    @Test
    void mostSalientFirstThenEarliest() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Marco Rubio", "PERSON", 9).tag("Laura Sarabia", "PERSON", 9).tag("Donald Trump", "PERSON", 9);
        List<Entity> entities =
                run("", "Marco Rubio met Laura Sarabia.\nDonald Trump later called Laura Sarabia.", tagger);
        assertThat(names(entities)).containsExactly("person:Laura Sarabia", "person:Marco Rubio",
                "person:Donald Trump");
        assertThat(entities.get(1).firstPosition()).isZero();
        assertThat(entities.get(2).firstPosition()).isEqualTo(31);
    }

    @Test
    void allCapsFormsJoinTheOrganizationWhoseInitialsTheyAre() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Federal Deposit Insurance Corp", "ORGANIZATION", 9).tag("FDIC", "ORGANIZATION", 9)
                .tag("British Petroleum Co Plc", "ORGANIZATION", 9).tag("BP", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The Federal Deposit Insurance Corp said. The FDIC added.\n"
                + "British Petroleum Co Plc sold. BP said.", tagger);
        assertThat(names(entities)).containsExactly("organization:Federal Deposit Insurance Corp",
                "organization:British Petroleum Co Plc");
        assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void aMisspelledSurnameJoinsTheOnePersonItIsOneEditFrom() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("S. Lawrence Prendergast", "PERSON", 9).tag("Predergast", "PERSON", 9);
        List<Entity> entities = run("", "Treasurer S. Lawrence Prendergast said.\nPredergast added more.", tagger);
        assertThat(names(entities)).containsExactly("person:S. Lawrence Prendergast");
    }

    @Test
    void departmentOfXIsXDepartment() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Department of Energy", "ORGANIZATION", 9).tag("Energy Department", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The Department of Energy said.\nThe Energy Department added.", tagger);
        assertThat(entities).hasSize(1);
    }

    @Test
    void aFrequentSimilarNameIsAnotherPerson() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Donald Regan", "PERSON", 9).tag("Reagan", "PERSON", 9);
        List<Entity> entities =
                run("", "Reagan accepted.\nChief of staff Donald Regan left. Reagan said so. Reagan left.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Reagan", "person:Donald Regan");
    }

    @Test
    void thousandsOfNamesAndLinesStayFast() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            String name = "Person" + (char) ('A' + i % 26) + " Family" + i;
            body.append(name).append(" met the committee on line ").append(i).append(".\n");
        }
        Function<String, List<NerModel.Span>> tagger = line -> List.of(
                new NerModel.Span("PERSON", 0, line.indexOf(" met")));
        long started = System.nanoTime();
        List<Entity> entities = run("", body.toString(), tagger);
        assertThat(entities).hasSize(5_000);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aLegalFormMakesTheNameACompany() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Kraft Inc", "ORGANIZATION", 9).tag("Kraft", "PERSON", 9);
        List<Entity> entities =
                run("", "The FTC charged Kraft Inc.\nKraft said it would appeal. Kraft denied it.", tagger);
        assertThat(names(entities)).containsExactly("organization:Kraft");
    }

    @Test
    void reutersAngleBracketsMarkCompanies() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Avinda", "PERSON", 9)
                .tag("Mazda Motor Corp <MAZT.T> of Hiroshima", "ORGANIZATION", 9);
        List<Entity> entities = run("AVINDA <AVN> DEBENTURES CONVERTED",
                "<Avinda Video Inc> said holders agreed.\nAvinda said it will sell cars of Mazda Motor Corp <MAZT.T> "
                        + "of Hiroshima and of Brown Boveri und Cie <BBCZ.Z>.",
                tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Avinda Video Inc",
                "organization:Mazda Motor Corp", "organization:Brown Boveri und Cie");
    }

    @Test
    void aStrictLegalFormMakesACompanyAndVariantsWithAndCoMerge() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Gebrueder Sulzer AG", "PERSON", 9)
                .tag("Morgan Stanley and Co Inc", "ORGANIZATION", 9)
                .tag("Morgan Stanley", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Gebrueder Sulzer AG hired Morgan Stanley and Co Inc.\nMorgan Stanley said.",
                tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Gebrueder Sulzer AG",
                "organization:Morgan Stanley and Co Inc");
    }

    @Test
    void measuresLawsAndIndicesAreNoOrganizations() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Gross National Product", "ORGANIZATION", 9)
                .tag("GNP", "ORGANIZATION", 9)
                .tag("S&P", "ORGANIZATION", 9)
                .tag("Glass-Steagall", "ORGANIZATION", 9)
                .tag("Chicago Board Options Exchange", "ORGANIZATION", 9);
        List<Entity> entities = run("", "Gross National Product (GNP) rose. The S&P 100 index option trades on the "
                + "Chicago Board Options Exchange under the Glass-Steagall Act. GNP fell.", tagger);
        assertThat(names(entities)).containsExactly("organization:Chicago Board Options Exchange");
    }

    @Test
    void commaJoinedOrganizationsSplitAndBlockedShortFormsDoNotSinkTheirGroup() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Den norske Creditbank, Scandinavian Far East Ltd", "ORGANIZATION", 9)
                .tag("Bank of England", "ORGANIZATION", 9)
                .tag("Bank", "ORGANIZATION", 9);
        Path aliases = dir.resolve("blocked.yml");
        try {
            Files.writeString(aliases, "block:\n  organization: [Bank]\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var blocking = new EntityCanonicalizer(Samples.properties(aliases));
        List<Entity> entities = new ArticleEntities(splitter.segments("", "Lenders are Den norske Creditbank, "
                + "Scandinavian Far East Ltd and the Bank of England. The Bank bought bills."), blocking)
                .resolve(tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:Den norske Creditbank",
                "organization:Scandinavian Far East Ltd", "organization:Bank of England");
    }

    @Test
    void acronymsSpelledByWordStartsAndBracketedNamesJoinTheirOrganization() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("New York Mercantile Exchange", "ORGANIZATION", 9)
                .tag("NYMEX", "ORGANIZATION", 9)
                .tag("Federation of Economic Organisations", "ORGANIZATION", 9)
                .tag("Keidanren", "ORGANIZATION", 9);
        List<Entity> entities = run("", "The New York Mercantile Exchange said. NYMEX agreed.\nThe Federation of "
                + "Economic Organisations (Keidanren) said. Keidanren urged.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("organization:New York Mercantile Exchange",
                "organization:Federation of Economic Organisations");
    }

    @Test
    void bylinesAndCreditLinesNamePeople() {
        ScriptedTagger tagger = new ScriptedTagger().tag("Acme Corp", "ORGANIZATION", 9);
        List<Entity> entities = run("Acme Raises Forecast", "By Priya Raman and Tomás Ortega\n\nAcme Corp raised "
                + "its forecast.\n\n(Reporting by Priya Raman in Hsinchu; Editing by Mark Potter)", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Priya Raman", "person:Tomás Ortega",
                "person:Mark Potter", "organization:Acme Corp");
    }

    @Test
    void aLoneWordIsAPersonOnlyInAPersonsContext() {
        ScriptedTagger tagger = new ScriptedTagger()
                .tag("Harvey", "PERSON", 9).tag("Rostam", "PERSON", 9).tag("Reagan", "PERSON", 9)
                .tag("Hossein Mousavi", "PERSON", 9);
        List<Entity> entities = run("", "Plants in Houma and Harvey, La., were sold. Warships shelled the Rostam "
                + "platform.\nPresident Reagan spoke. Mir-Hossein Mousavi said Iran would retaliate.", tagger);
        assertThat(names(entities)).containsExactlyInAnyOrder("person:Reagan", "person:Mir-Hossein Mousavi");
    }
}
