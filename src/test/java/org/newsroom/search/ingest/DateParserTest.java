package org.newsroom.search.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void keepsTheZoneOfIsoDates() {
        assertThat(DateParser.parseMachine("2025-10-14T08:30:00-04:00"))
                .isEqualTo(OffsetDateTime.of(2025, 10, 14, 8, 30, 0, 0, ZoneOffset.ofHours(-4)));
        assertThat(DateParser.parseMachine("2025-10-14T08:30:00.000Z"))
                .isEqualTo(OffsetDateTime.of(2025, 10, 14, 8, 30, 0, 0, ZoneOffset.UTC));
        assertThat(DateParser.parseMachine("2025-10-14T08:30:00+0200").getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    }

    @Test
    void takesDatesWithoutZoneAsUtc() {
        assertThat(DateParser.parseMachine("2025-03-05")).isEqualTo(OffsetDateTime.of(2025, 3, 5, 0, 0, 0, 0,
                ZoneOffset.UTC));
        assertThat(DateParser.parseMachine("2025-03-05 14:10:00").getHour()).isEqualTo(14);
    }

    @Test
    void readsRfc1123() {
        assertThat(DateParser.parseMachine("Tue, 3 Jun 2025 10:15:30 GMT").toLocalDate()).hasToString("2025-06-03");
    }

    @Test
    void readsDatesWrittenForPeople() {
        assertThat(DateParser.parseHuman("Published September 4, 2025 at 10:00").toLocalDate())
                .hasToString("2025-09-04");
        assertThat(DateParser.parseHuman("Sept. 4th, 2025").toLocalDate()).hasToString("2025-09-04");
        assertThat(DateParser.parseHuman("4 September 2025").toLocalDate()).hasToString("2025-09-04");
        assertThat(DateParser.parseHuman("23.07.2025").toLocalDate()).hasToString("2025-07-23");
    }

    @Test
    void readsSlashDatesMonthFirstUnlessImpossible() {
        assertThat(DateParser.parseHuman("Written on 04/07/2025").toLocalDate()).hasToString("2025-04-07");
        assertThat(DateParser.parseHuman("25/12/2024").toLocalDate()).hasToString("2024-12-25");
    }

    @Test
    void findsDatesInUrls() {
        assertThat(DateParser.fromUrl("https://example.com/2025/09/04/some-title/").toLocalDate())
                .hasToString("2025-09-04");
        assertThat(DateParser.fromUrl("https://example.com/news/2025-09-04-some-title")).isNotNull();
        assertThat(DateParser.fromUrl("https://example.com/products/2025-models")).isNull();
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(DateParser.parseMachine("yesterday")).isNull();
        assertThat(DateParser.parseMachine("2025-13-45")).isNull();
        assertThat(DateParser.parseHuman("the 1990s and 2000s")).isNull();
        assertThat(DateParser.parseMachine("1875-01-01")).isNull();
    }
}
