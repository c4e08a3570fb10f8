package org.newsroom.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterQueryParserTest {

    @Test
    void wordsAreAllRequired() {
        assertThat(ReporterQueryParser.parse("cocaine legalization")).isEqualTo(new QueryNode.And(List.of(
                new QueryNode.Text(null, "cocaine", false, false),
                new QueryNode.Text(null, "legalization", false, false))));
    }

    @Test
    void phrasesExclusionsAndAlternatives() {
        QueryNode node = ReporterQueryParser.parse("\"war on drugs\" -Venezuela (Petro OR Trump)");
        assertThat(node).isEqualTo(new QueryNode.And(List.of(
                new QueryNode.Text(null, "war on drugs", true, false),
                new QueryNode.Not(new QueryNode.Text(null, "Venezuela", false, false)),
                new QueryNode.Or(List.of(
                        new QueryNode.Text(null, "Petro", false, false),
                        new QueryNode.Text(null, "Trump", false, false))))));
    }

    @Test
    void fieldsAndFilters() {
        QueryNode node = ReporterQueryParser.parse("person:\"Kristi Noem\" org:DHS title:visit after:2025-03-01");
        assertThat(node).isEqualTo(new QueryNode.And(List.of(
                new QueryNode.Filter(QueryNode.FilterKind.PERSON, "Kristi Noem", 1),
                new QueryNode.Filter(QueryNode.FilterKind.ORGANIZATION, "DHS", 22),
                new QueryNode.Text("title", "visit", false, false),
                new QueryNode.Filter(QueryNode.FilterKind.AFTER, "2025-03-01", 42))));
    }

    @Test
    void prefixAtTheEndOfAWord() {
        assertThat(ReporterQueryParser.parse("legaliz*")).isEqualTo(new QueryNode.Text(null, "legaliz", false, true));
    }

    @Test
    void unknownFieldNamesAreOrdinaryWords() {
        assertThat(ReporterQueryParser.parse("note:this")).isEqualTo(new QueryNode.Text(null, "note:this", false, false));
    }

    @Test
    void blankQueryMatchesEverything() {
        assertThat(ReporterQueryParser.parse("   ")).isEqualTo(new QueryNode.And(List.of()));
    }

    @Test
    void unclosedParenthesisSaysWhere() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("petro (trump OR noem"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'(' at position 7 is never closed");
    }

    @Test
    void strayClosingParenthesisSaysWhere() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("petro) trump"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("')' at position 6");
    }

    @Test
    void unclosedQuoteSaysWhere() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("petro \"war on"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Unclosed quote")
                .hasMessageContaining("position 7");
    }

    @Test
    void leadingWildcardIsRefused() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("*caine"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("only allowed at the end of a word");
    }

    @Test
    void danglingOrIsRefused() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("petro OR"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'OR' at position 7 needs something after it");
    }

    @Test
    void fieldWithoutValueIsRefused() {
        assertThatThrownBy(() -> ReporterQueryParser.parse("person: petro"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'person:' at position 1 needs a value");
    }
}
