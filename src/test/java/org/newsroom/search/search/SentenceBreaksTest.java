package org.newsroom.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static final String NEWS = "Oil prices rose on Monday. \"We expect more,\" said Ana Ruiz! Did OPEC agree? "
            + "Talks go on.\nA new paragraph starts here. And one more line.";

    @Test
    void breaksWhereTheJdkSentenceIteratorBreaksOnNewsText() {
        assertThat(forward(new SentenceBreaks(), NEWS))
                .isEqualTo(forward(BreakIterator.getSentenceInstance(Locale.ROOT), NEWS));
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutAFullStop() {
        String text = "Breaking: markets fall\nShares dropped sharply.";
        assertThat(forward(new SentenceBreaks(), text)).containsExactly(0, text.indexOf("Shares"), text.length());
    }

    @Test
    void walksBackwardsOverTheSameBoundaries() {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(NEWS);
        List<Integer> backwards = new ArrayList<>();
        for (int b = breaks.last(); b != BreakIterator.DONE; b = breaks.previous()) {
            backwards.add(0, b);
        }
        assertThat(backwards).isEqualTo(forward(new SentenceBreaks(), NEWS));
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndASentence() {
        String text = "The U.S. economy grew 2.5 percent, said the dept. on Friday. Next.";
        assertThat(forward(new SentenceBreaks(), text)).containsExactly(0, 61, text.length());
    }

    @Test
    void followingAndPrecedingFindTheSentenceAroundAnOffset() {
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(NEWS);
        int inSecond = NEWS.indexOf("expect");
        assertThat(breaks.preceding(inSecond)).isEqualTo(NEWS.indexOf("\"We"));
        assertThat(breaks.following(inSecond)).isEqualTo(NEWS.indexOf("Did"));
        assertThat(breaks.isBoundary(NEWS.indexOf("Did"))).isTrue();
        assertThat(breaks.isBoundary(inSecond)).isFalse();
        assertThat(breaks.current()).isEqualTo(NEWS.indexOf("Did"));
        assertThat(breaks.following(NEWS.length())).as("nothing after the end").isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).as("nothing before the start").isEqualTo(BreakIterator.DONE);
    }

    @Test
    void offsetsFollowACharacterIteratorThatStartsInsideItsText() {
        String text = "xxxxFirst one. Second one.";
        BreakIterator breaks = new SentenceBreaks();
        breaks.setText(new StringCharacterIterator(text, 4, text.length(), 4));
        assertThat(breaks.first()).isEqualTo(4);
        assertThat(breaks.next()).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.next()).isEqualTo(text.length());
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
    }

    private static List<Integer> forward(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }
}
