package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.search.article.EntityType;

class MentionCleanerTest {

    private static String person(String raw) {
        return MentionCleaner.cleanName(raw, EntityType.PERSON);
    }

    private static String org(String raw) {
        return MentionCleaner.cleanName(raw, EntityType.ORGANIZATION);
    }

    @Test
    void stripsHonorificsAndRolesFromPersons() {
        assertThat(person("President Gustavo Petro")).isEqualTo("Gustavo Petro");
        assertThat(person("Defense Minister Iván Velásquez")).isEqualTo("Iván Velásquez");
        assertThat(person("Sen. Chris Dodd")).isEqualTo("Chris Dodd");
        assertThat(person("U.S. Secretary Kristi Noem")).isEqualTo("Kristi Noem");
        assertThat(person("Mr Lawson")).isEqualTo("Lawson");
    }

    @Test
    void formerAndBasedInAreNoPartOfAnOrganization() {
        assertThat(org("Former Guinness Plc")).isEqualTo("Guinness Plc");
        assertThat(org("Los Angeles-based Security Pacific Corp")).isEqualTo("Security Pacific Corp");
        assertThat(org("Ex Libris Group")).isEqualTo("Ex Libris Group");
        assertThat(org("the opposition")).isNull();
    }

    @Test
    void aYearEndsTheName() {
        assertThat(org("J.K. Survey 2025 North America Rental")).isEqualTo("J.K. Survey");
        assertThat(org("Class 2020")).isEqualTo("Class");
    }

    @Test
    void parksTrailsAndStreetsAreNoEntities() {
        assertThat(org("Sam Brook Park")).isNull();
        assertThat(person("Jim Hollis Hike")).isNull();
        assertThat(org("Cedar Bayou and White Elm")).isNull();
        assertThat(org("M-K-T Heights")).isNull();
        assertThat(org("Park Hotels Group")).isEqualTo("Park Hotels Group");
        assertThat(person("Grace Park")).isEqualTo("Grace Park");
        assertThat(person("Jeffrey Lane")).isEqualTo("Jeffrey Lane");
    }

    @Test
    void aRoleOfSomethingIsNoOrganization() {
        assertThat(org("Distinguished Professor of Sociology")).isNull();
        assertThat(org("Bank of England")).isEqualTo("Bank of England");
        assertThat(org("Office of the Director of National Intelligence"))
                .isEqualTo("Office of the Director of National Intelligence");
    }

    @Test
    void camelCaseCompaniesMayStartInLowerCase() {
        assertThat(org("ezCater")).isEqualTo("ezCater");
        assertThat(org("iCiMS")).isEqualTo("iCiMS");
        assertThat(org("the group")).isNull();
    }

    @Test
    void aRoleAloneIsNoName() {
        assertThat(person("President")).isNull();
        assertThat(person("Defense Minister")).isNull();
    }

    @Test
    void keepsRoleWordsInsideOrganizations() {
        assertThat(org("General Motors")).isEqualTo("General Motors");
        assertThat(org("the White House")).isEqualTo("White House");
    }

    @Test
    void removesPossessives() {
        assertThat(person("Petro’s")).isEqualTo("Petro");
        assertThat(person("Noem's")).isEqualTo("Noem");
        assertThat(org("Reuters'")).isEqualTo("Reuters");
    }

    @Test
    void trimsBracketsAndQuotes() {
        assertThat(org("“Tren de Aragua”")).isEqualTo("Tren de Aragua");
        assertThat(org("(DEA)")).isEqualTo("DEA");
        assertThat(person("\"Petro,")).isEqualTo("Petro");
        assertThat(org("USA) Inc")).isNull();
    }

    @Test
    void dropsPartyStateTagsAndFuturesMonths() {
        assertThat(org("D-Conn")).isNull();
        assertThat(org("New York Sept")).isEqualTo("New York");
    }

    @Test
    void lowerCaseIsNoName() {
        assertThat(org("the group")).isNull();
        assertThat(person("x")).isNull();
    }

    @Test
    void cleansSpansInPlace() {
        String text = "Colombian President Petro’s plan";
        int start = text.indexOf("President");
        MentionCleaner.Cleaned c = MentionCleaner.clean(text, start, start + "President Petro’s".length(),
                EntityType.PERSON);
        assertThat(c).isNotNull();
        assertThat(text.substring(c.start(), c.end())).isEqualTo("Petro");
    }

    @Test
    void monthsAndOrganizationPrefixes() {
        assertThat(person("May")).isNull();
        assertThat(org("February's Federal Open Market Committee")).isEqualTo("Federal Open Market Committee");
        assertThat(org("opposition Labour Party")).isEqualTo("Labour Party");
    }
}
