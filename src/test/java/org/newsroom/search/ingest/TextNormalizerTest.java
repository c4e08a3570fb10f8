package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesToNfc() {
        String decomposed = "Vela\u0301squez";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Velásquez");
    }

    @Test
    void removesSoftHyphensAndZeroWidthCharacters() {
        assertThat(TextNormalizer.normalize("infor\u00ADmation\u200B and\u2060 more\uFEFF")).isEqualTo(
                "information and more");
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertThat(TextNormalizer.normalize("one\u0000two\u0007\nthree\fpage")).isEqualTo("one two\nthree page");
    }

    @Test
    void collapsesWhitespaceInsideLinesAndKeepsParagraphs() {
        String text = "  First   line\t here \r\n\r\n\r\n\r\nSecond\u00A0\u00A0paragraph  \n";
        assertThat(TextNormalizer.normalize(text)).isEqualTo("First line here\n\nSecond paragraph");
    }

    @Test
    void keepsCurlyQuotesDashesAndAccents() {
        String text = "“Sí,” dijo Petro — l’été";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void oneLineJoinsLines() {
        assertThat(TextNormalizer.oneLine(" Headline\n  over\n\ntwo lines ")).isEqualTo("Headline over two lines");
    }

    @Test
    void repairsUtf8ReadAsLatin1() {
        String garbled = new String("Investor\u2019s guide".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(TextNormalizer.normalize(garbled)).isEqualTo("Investor\u2019s guide");
        assertThat(TextNormalizer.normalize("Caf\u00E9 \u00C2\u00BB na\u00EFve")).isEqualTo("Caf\u00E9 \u00C2\u00BB na\u00EFve");
    }
}
