package org.newsroom.search.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking only at the characters around a position: a line break, or
 * ". ", "! ", "? " (closing quotes and brackets allowed before the space) followed by anything but a lower-case letter.
 *
 * <p>Why not the JDK's sentence instance: the highlighter asks for the boundaries around every match, and the JDK's
 * rule engine re-scans from a safe point on each backwards step; profiling the query mix put a sixth of a query's
 * time there. Snippets only need sentence-sized passages near a match, which these simple rules give for news text.
 */
final class SentenceBreaks extends BreakIterator {

    private CharacterIterator source = new StringCharacterIterator("");
    private String text = "";
    /** Index of {@code text}'s first character in {@link #source}'s numbering. */
    private int base;
    private int current;

    @Override
    public int first() {
        current = 0;
        return base;
    }

    @Override
    public int last() {
        current = text.length();
        return base + current;
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = after(current);
        return base + current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = before(current);
        return base + current;
    }

    @Override
    public int following(int offset) {
        int at = local(offset);
        if (at == text.length()) {
            current = at;
            return DONE;
        }
        current = after(at);
        return base + current;
    }

    @Override
    public int preceding(int offset) {
        int at = local(offset);
        if (at == 0) {
            current = 0;
            return DONE;
        }
        current = before(at);
        return base + current;
    }

    @Override
    public boolean isBoundary(int offset) {
        int at = local(offset);
        boolean boundary = at == 0 || at == text.length() || startsSentence(at);
        if (boundary) {
            current = at;
        } else {
            following(offset);
        }
        return boundary;
    }

    @Override
    public int current() {
        return base + current;
    }

    @Override
    public CharacterIterator getText() {
        return source;
    }

    @Override
    public void setText(String newText) {
        source = new StringCharacterIterator(newText);
        text = newText;
        base = 0;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        source = newText;
        int begin = newText.getBeginIndex();
        int end = newText.getEndIndex();
        StringBuilder copy = new StringBuilder(end - begin);
        // By index: a U+FFFF in the text would look like the iterator's DONE and end a first()/next() loop early.
        for (int i = begin; i < end; i++) {
            copy.append(newText.setIndex(i));
        }
        newText.setIndex(begin);
        text = copy.toString();
        base = begin;
        current = 0;
    }

    private int local(int offset) {
        int at = offset - base;
        if (at < 0 || at > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " is outside the text");
        }
        return at;
    }

    /** The first boundary after {@code at}, or the end of the text. */
    private int after(int at) {
        for (int p = at + 1; p < text.length(); p++) {
            if (startsSentence(p)) {
                return p;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code at}, or 0. */
    private int before(int at) {
        for (int p = Math.min(at, text.length()) - 1; p > 0; p--) {
            if (startsSentence(p)) {
                return p;
            }
        }
        return 0;
    }

    /** Whether a sentence starts at {@code p}: the first non-space character after a line break or a sentence end. */
    private boolean startsSentence(int p) {
        char first = text.charAt(p);
        if (Character.isWhitespace(first) || !Character.isWhitespace(text.charAt(p - 1))) {
            return false;
        }
        int q = p - 1;
        while (q >= 0 && Character.isWhitespace(text.charAt(q))) {
            if (text.charAt(q) == '\n') {
                return true;
            }
            q--;
        }
        while (q >= 0 && isClosing(text.charAt(q))) {
            q--;
        }
        if (q < 0) {
            return false;
        }
        char end = text.charAt(q);
        return (end == '.' || end == '!' || end == '?') && !Character.isLowerCase(first);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    @Override
    public Object clone() {
        SentenceBreaks copy = (SentenceBreaks) super.clone();
        copy.source = (CharacterIterator) source.clone();
        return copy;
    }
}
