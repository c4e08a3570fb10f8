package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyCuesTest {

    private static List<String> names(String line) {
        return CompanyCues.names(line).stream().map(at -> line.substring(at[0], at[1])).distinct().toList();
    }

    @Test
    void companyNounBeforeTheName() {
        assertThat(names("The deal with threat intelligence firm Quarkly closed.")).containsExactly("Quarkly");
        assertThat(names("The controversial spyware vendor Zentro Group was sold.")).containsExactly("Zentro Group");
    }

    @Test
    void takeovers() {
        assertThat(names("Brightwell acquires Quarkly")).containsExactlyInAnyOrder("Brightwell", "Quarkly");
        assertThat(names("Brightwell has agreed to acquire Quarkly's parent.")).containsExactlyInAnyOrder(
                "Brightwell", "Quarkly");
        assertThat(names("The company was acquired by a group of investors.")).isEmpty();
        assertThat(names("It said it acquired Falmouth, Maine-based G.H. Bass.")).isEmpty();
        assertThat(names("Japan bought 5,000 tonnes of Canadian wheat.")).isEmpty();
    }

    @Test
    void appositionEndingInACompanyNoun() {
        assertThat(names("It bought Quarkly, a London-based firm specializing in biometrics.")).contains("Quarkly");
        assertThat(names("Deals are based in the United States, a significant number of deals involve "
                + "Australian companies, with more to come.")).isEmpty();
        assertThat(names("Mary Smith, a former company executive, said so.")).isEmpty();
    }

    @Test
    void executivesAndAttributions() {
        assertThat(names("said Jane Roe, CEO of Brightwell North America, which is based in Ohio."))
                .containsExactly("Brightwell North America");
        assertThat(names("Jane Roe, Chief Cyber Solutions Officer at Quarkly, said boards are careful."))
                .containsExactly("Quarkly");
        assertThat(names("This marks the second company led by Quarkly CEO Jane Roe to be acquired."))
                .containsExactly("Quarkly");
        assertThat(names("– Jane Roe, field CTO, Quarkly")).containsExactly("Quarkly");
        assertThat(names("Boeing names Kelly Ortberg CEO")).isEmpty();
        assertThat(names("Presidential spokesman Marlin Fitzwater said.")).isEmpty();
    }

    @Test
    void anAcronymUsedAsAModifierIsNoName() {
        assertThat(names("Mitsubishi's acquisition of OT security leader Zentro Networks.")).isEmpty();
    }

    @Test
    void rolesAndDaysAreNoCompanies() {
        assertThat(names("said the central bank Governor Mario Draghi.")).isEmpty();
        assertThat(names("The company Monday said profits rose.")).isEmpty();
    }

    @Test
    void publicationsAndWorkplaces() {
        assertThat(names("This article is republished from Campus Voices under a license."))
                .containsExactly("Campus Voices");
        assertThat(names("as reported by Travel Weekly.")).containsExactly("Travel Weekly");
        assertThat(names("as reported by Travel + Leisure.")).isEmpty();
        assertThat(names("Engineers at Quarkly built it.")).isEmpty();
        assertThat(names("Some engineers at Quarkly built it.")).containsExactly("Quarkly");
    }

    @Test
    void parentCompany() {
        assertThat(names("Both operate under the same parent company, Brightwell Mobility.")).containsExactly(
                "Brightwell Mobility");
    }

    @Test
    void producersAndRivalsArePeople() {
        assertThat(names("investors led by Hollywood producer Robert Simonds")).isEmpty();
        assertThat(names("MCA said noted film maker Steven Spielberg will serve.")).isEmpty();
        assertThat(names("controlled by the family of its president, Andres Soriano.")).isEmpty();
        assertThat(names("the nomination of Robert Gates as CIA director at Gates's request")).isEmpty();
        assertThat(names("He beat his rival Joe Biden.")).isEmpty();
    }
}
