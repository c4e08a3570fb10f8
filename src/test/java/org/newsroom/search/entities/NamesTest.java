package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldIgnoresAccentsCaseDotsAndPossessives() {
        assertThat(Names.fold("Iván Velásquez")).isEqualTo(Names.fold("IVAN VELASQUEZ"));
        assertThat(Names.fold("U.S. State Department")).isEqualTo("us state department");
        assertThat(Names.fold("Moody's Investors Service")).isEqualTo("moody investors service");
    }

    @Test
    void companySuffixesAndDepartmentOrder() {
        assertThat(Names.withoutCompanySuffix(List.of("unilever", "plc"))).containsExactly("unilever");
        assertThat(Names.withoutCompanySuffix(List.of("nv"))).isEmpty();
        assertThat(Names.departmentOrder(Names.foldedTokens("Department of Energy")))
                .isEqualTo(Names.foldedTokens("Energy Department"));
    }

    @Test
    void oneEdit() {
        assertThat(Names.withinOneEdit("prendergast", "predergast")).isTrue();
        assertThat(Names.withinOneEdit("gaspar", "gasper")).isTrue();
        assertThat(Names.withinOneEdit("lichtblau", "lichtbalu")).isTrue();
        assertThat(Names.withinOneEdit("hansen", "hanson")).isTrue();
        assertThat(Names.withinOneEdit("chivuno", "chivanu")).isFalse();
        assertThat(Names.withinOneEdit("baker", "walker")).isFalse();
    }
}
