package org.newsroom.search.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure text clean-up shared by every format: Unicode NFC, invisible characters removed, whitespace collapsed inside
 * lines, paragraphs kept apart by exactly one blank line. Quotes, dashes and accents are kept as written.
 */
final class TextNormalizer {

    // Soft hyphen, zero-width space/joiners, word joiner, BOM: they split words for the index without being visible.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    // Control characters other than tab and newline (form feeds from PDFs, stray NULs from broken encodings).
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
    /**
     * UTF-8 read as Latin-1 (a right single quote shown as a-circumflex and two C1 controls): a lead byte followed
     * by continuation bytes of which at least one is a C1 control, which no real text contains.
     */
    private static final Pattern MOJIBAKE =
            Pattern.compile("[\\u00C2-\\u00DF][\\u0080-\\u009F]"
            + "|[\\u00E0-\\u00EF](?=[\\u0080-\\u00BF]?[\\u0080-\\u009F])[\\u0080-\\u00BF]{2}"
            + "|[\\u00F0-\\u00F4](?=[\\u0080-\\u00BF]{0,2}[\\u0080-\\u009F])[\\u0080-\\u00BF]{3}");

    private TextNormalizer() {
    }

    /** Normalizes {@code text}; line breaks become {@code \n} and paragraphs are separated by one blank line. */
    static String normalize(String text) {
        String s = text;
        // One scan decides which whole-text passes can change anything: each of them is a full regex or
        // normalization pass, and most article text is plain (ingest profiles put this class at a tenth of a feed).
        if (has(s, TextNormalizer::mayNeedRepairOrNfc)) {
            s = Normalizer.normalize(repairMojibake(s), Normalizer.Form.NFC);
        }
        if (has(s, c -> c == '\r' || c == '\u2028' || c == '\u2029')) {
            s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        }
        if (has(s, TextNormalizer::isInvisibleOrControl)) {
            s = INVISIBLE.matcher(s).replaceAll("");
            s = CONTROL.matcher(s).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(hasSpaceToCollapse(line) ? HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip() : line.strip())
                    .append('\n');
        }
        String joined = out.toString();
        // The regexes run only where they would change something: ingest profiles showed this normalization at
        // 7 % of a feed's ingest time, mostly replacing single spaces by single spaces.
        return (joined.contains("\n\n\n") ? BLANK_LINES.matcher(joined).replaceAll("\n\n") : joined).strip();
    }

    /**
     * Characters below U+0300 are all stable under NFC (the first that composes with a predecessor is the combining
     * grave accent, U+0300); mojibake always holds a C1 control (U+0080 to U+009F).
     */
    private static boolean mayNeedRepairOrNfc(char c) {
        return c >= '\u0300' || c >= '\u0080' && c <= '\u009F';
    }

    private static boolean isInvisibleOrControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' || c == '\u007F' || c >= '\u0080' && c <= '\u009F'
                || c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean has(String text, CharPredicate predicate) {
        for (int i = 0; i < text.length(); i++) {
            if (predicate.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private interface CharPredicate {
        boolean test(char c);
    }

    /** Whether a line has a tab, two spaces in a row or a non-ASCII space: what the collapse would change. */
    private static boolean hasSpaceToCollapse(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == ' ' && i + 1 < line.length() && line.charAt(i + 1) == ' '
                    || c >= 128 && Character.getType(c) == Character.SPACE_SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    /** Collapses all whitespace, line breaks included, to single spaces: for titles, names and other one-liners. */
    static String oneLine(String text) {
        return ANY_SPACE.matcher(normalize(text)).replaceAll(" ").strip();
    }

    /** Re-decodes UTF-8 byte sequences that were read as Latin-1; anything that does not decode is left as it is. */
    static String repairMojibake(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            byte[] bytes = m.group().getBytes(StandardCharsets.ISO_8859_1);
            try {
                String decoded = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                out.append(text, last, m.start()).append(decoded);
                last = m.end();
            } catch (CharacterCodingException e) {
                // Not UTF-8 after all: keep the characters.
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}
