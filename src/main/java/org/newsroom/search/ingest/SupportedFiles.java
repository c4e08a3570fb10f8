package org.newsroom.search.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which file names look like articles, by extension, ignoring case. */
final class SupportedFiles {

    // Longest first so that ".html.gz" wins over a bare ".gz" check.
    private static final List<String> EXTENSIONS = List.of(".html.gz", ".xhtml", ".html", ".htm", ".text", ".txt",
            ".docx", ".doc", ".odt", ".rtf", ".eml", ".msg", ".pdf", ".md");

    private SupportedFiles() {
    }

    static boolean supports(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(ext -> lower.endsWith(ext) && lower.length() > ext.length());
    }

    static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || lower.endsWith(".html.gz");
    }

    static boolean isPlainText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".text") || lower.endsWith(".md");
    }
}
