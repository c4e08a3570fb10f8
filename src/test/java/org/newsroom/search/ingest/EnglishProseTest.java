package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishProseTest {

    private static final String ENGLISH = "Showers continued throughout the week in the Bahia cocoa zone, alleviating "
            + "the drought since early January and improving prospects for the coming temporao, although normal "
            + "humidity levels have not been restored, Comissaria Smith said in its weekly review. The dry period "
            + "means the temporao will be late this year. Arrivals for the week ended February 22 were 155,221 bags "
            + "of 60 kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage last "
            + "year.";
    private static final String SPANISH = "El presidente del Gobierno anunció este martes un paquete de medidas para "
            + "contener la subida de los precios de la energía, que según los analistas tendrá un efecto limitado "
            + "en la inflación de los próximos meses. La oposición criticó que las ayudas lleguen tarde y pidió "
            + "una rebaja de impuestos más amplia para las familias y las pequeñas empresas del país, que llevan "
            + "meses soportando facturas récord.";
    private static final String GERMAN = "Die Bundesregierung hat am Dienstag ein Paket von Maßnahmen beschlossen, "
            + "mit dem der Anstieg der Energiepreise gebremst werden soll. Nach Ansicht der Ökonomen wird die "
            + "Wirkung auf die Inflation in den kommenden Monaten begrenzt sein. Die Opposition kritisierte, die "
            + "Hilfen kämen zu spät, und forderte eine umfassendere Senkung der Steuern für Familien und kleine "
            + "Unternehmen, die seit Monaten Rekordrechnungen bezahlen.";

    @Test
    void englishNewsProseIsRecognised() {
        assertThat(EnglishProse.isClearlyEnglish(ENGLISH, 1000)).isTrue();
    }

    @Test
    void otherLanguagesAndShortTextsAreLeftToTheDetector() {
        assertThat(EnglishProse.isClearlyEnglish(SPANISH, 1000)).isFalse();
        assertThat(EnglishProse.isClearlyEnglish(GERMAN, 1000)).isFalse();
        assertThat(EnglishProse.isClearlyEnglish("The cat sat with the hat.", 1000)).as("too short").isFalse();
        assertThat(EnglishProse.isClearlyEnglish("Shr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\n"
                + "Revs 12.3 mln vs 10.1 mln", 1000)).as("no function word at all").isFalse();
    }

    @Test
    void aLongEnglishListingNeedsFewerFunctionWordsWhenNoOtherLanguageShowsThrough() {
        String listing = "The U.S. Agriculture Department reported the farmer-owned reserve national five-day average "
                + "price through February 25 as follows (Dlrs/Bushel-Sorghum Cwt) - Natl Loan Release Call Avge Rate-X "
                + "Level Price Price Wheat 2.55 2.40 IV 4.65 -- V 4.65 -- VI 4.45 -- Corn 1.35 1.92 IV 3.15 3.15 V "
                + "3.25 -- X - 1986 Rates. Natl Loan Release Call Avge Rate-X Level Price Price Oats 1.24 0.99 V "
                + "1.65 -- Barley n.a. 1.56 IV 2.55 2.55 V 2.65 -- Sorghum 2.34 3.25 IV 5.36 5.36 V 5.54 --";
        assertThat(EnglishProse.isClearlyEnglish(listing, 1000)).isTrue();
        assertThat(EnglishProse.isClearlyEnglish(listing.replace("reported the", "reported de la"), 1000))
                .as("a function word of another language leaves it to the detector").isFalse();
    }

    @Test
    void tablesWithoutAnyFunctionWordAreNoProse() {
        assertThat(EnglishProse.examine("Shr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nRevs 12.3 mln vs "
                + "10.1 mln\n\nAvg shrs 2.3 mln vs 1.4 mln", 1000)).isEqualTo(EnglishProse.Evidence.NO_PROSE);
        assertThat(EnglishProse.examine("Москва объявила новые меры поддержки экономики в условиях санкций и роста "
                + "цен на продукты", 1000)).as("other scripts go to the detector").isEqualTo(EnglishProse.Evidence.UNCLEAR);
        assertThat(EnglishProse.examine(SPANISH, 1000)).isEqualTo(EnglishProse.Evidence.UNCLEAR);
    }

    @Test
    void aShortEnglishItemIsEnglishWhenNoOtherLanguageShowsThrough() {
        assertThat(EnglishProse.isClearlyEnglish("Magma Copper Co, a subsidiary of Newmont Mining Corp, said it is "
                + "cutting its copper cathode price by 0.75 cent to 66 cents a lb, effective immediately.", 1000))
                .isTrue();
        assertThat(EnglishProse.isClearlyEnglish("Le président a dit que la situation est grave after the vote in "
                + "the chamber.", 1000)).as("French function words").isFalse();
        assertThat(EnglishProse.isClearlyEnglish("Der Präsident sagte, the situation sei ernst und die Lage "
                + "schwierig.", 1000)).as("German function words").isFalse();
        assertThat(EnglishProse.isClearlyEnglish("São Paulo: the government said prices rose again in March this "
                + "year.", 1000)).as("accented words leave it to the detector").isFalse();
    }
}
