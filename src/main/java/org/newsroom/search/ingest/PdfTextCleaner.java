package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the line-by-line text of a PDF into paragraphs: drops running headers and footers (lines repeated on many
 * pages, page numbers), rejoins words hyphenated across line ends and joins wrapped lines. Pure and thread-safe.
 */
final class PdfTextCleaner {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:page\\s*)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{Ll}-$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"”’)]$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfTextCleaner() {
    }

    /**
     * Cleans text where pages are separated by form feeds or blank-line runs, as Tika's PDF parser writes it.
     *
     * @param pages the text of each page, in order
     */
    static String clean(List<String> pages) {
        Map<String, Integer> lineCounts = new HashMap<>();
        for (String page : pages) {
            List<String> edges = edgeLines(page);
            edges.stream().distinct().forEach(line -> lineCounts.merge(key(line), 1, Integer::sum));
        }
        int repeatedAt = Math.max(2, (pages.size() + 1) / 2);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String page : pages) {
            List<String> edges = edgeLines(page);
            List<String> lines = new ArrayList<>();
            for (String raw : page.split("\n")) {
                String line = raw.strip();
                boolean edge = !line.isEmpty() && edges.contains(line);
                if (edge && (PAGE_NUMBER.matcher(line).matches()
                        || pages.size() > 1 && lineCounts.getOrDefault(key(line), 0) >= repeatedAt)) {
                    continue;
                }
                lines.add(line);
            }
            trimBlank(lines);
            // A paragraph that runs over a page break continues on the next page unless it ended a sentence.
            if (!paragraph.isEmpty() && SENTENCE_END.matcher(paragraph).find()) {
                flush(paragraph, paragraphs);
            }
            for (String line : lines) {
                if (line.isEmpty()) {
                    flush(paragraph, paragraphs);
                } else {
                    append(paragraph, line);
                }
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void trimBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.getFirst().isEmpty()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
    }

    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.isEmpty()) {
            paragraph.append(line);
        } else if (HYPHENATED.matcher(paragraph).matches() && Character.isLowerCase(line.charAt(0))) {
            // "docu-" + "ment" is one word; "well-" + "known" loses its hyphen too, a rare and harmless miss.
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** The first and last two non-blank lines of a page, where running headers and footers sit. */
    private static List<String> edgeLines(String page) {
        List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i < 2 || i >= lines.size() - 2) {
                edges.add(lines.get(i));
            }
        }
        return edges;
    }

    /** Page numbers inside a repeated header ("Annual report — page 3") differ per page; compare without digits. */
    private static String key(String line) {
        return DIGITS.matcher(line).replaceAll("#");
    }
}
