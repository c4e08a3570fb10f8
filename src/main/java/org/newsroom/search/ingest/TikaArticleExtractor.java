package org.newsroom.search.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.helper.DataUtil;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.ExtractedArticle;
import org.newsroom.search.config.IngestProperties;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The {@link ArticleExtractor}: web pages go through jsoup ({@link HtmlMetadataExtractor}, then
 * {@link HtmlArticleExtractor}), plain text through {@link PlainTextArticleParser}, and PDF, DOCX, ODT, RTF, EML and
 * the rest through Tika's {@link AutoDetectParser}. Files over {@code newsearch.ingest.max-file-size} are refused
 * before they are read; text stops at {@code write-limit} characters; a Tika parse that takes longer than
 * {@code parse-timeout} is abandoned.
 *
 * <p>Thread-safe: it holds no per-document state.
 */
@Component
public class TikaArticleExtractor implements ArticleExtractor {

    private static final String DEFAULT_LANGUAGE = "en";
    private final IngestProperties properties;
    private final AutoDetectParser tika = new AutoDetectParser();
    private final HtmlMetadataExtractor htmlMetadata = new HtmlMetadataExtractor();
    private final HtmlArticleExtractor htmlArticle = new HtmlArticleExtractor();
    private final LanguageGuesser languages;

    public TikaArticleExtractor(IngestProperties properties) {
        this.properties = properties;
        this.languages = new LanguageGuesser(DEFAULT_LANGUAGE, properties.languageSampleChars());
    }

    @Override
    public ExtractedArticle extract(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException(file.toString(), "not a readable file");
        }
        try {
            checkSize(file.toString(), Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                return extract(name, in);
            }
        } catch (IOException e) {
            throw new ExtractionException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public ExtractedArticle extract(String name, InputStream content) {
        byte[] bytes = readBounded(name, content);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            bytes = gunzip(name, bytes);
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ExtractionException(name, "the file is empty");
        }
        if (SupportedFiles.isHtml(name) || looksLikeHtml(bytes) && !SupportedFiles.isPlainText(name)) {
            return fromHtml(name, bytes);
        }
        if (SupportedFiles.isPlainText(name)) {
            return fromPlainText(name, bytes);
        }
        return fromTika(name, bytes);
    }

    @Override
    public ExtractedArticle extract(ArticleData data, String source) {
        return ArticleDataConverter.convert(data, source, languages::guess);
    }

    @Override
    public boolean supports(Path file) {
        return SupportedFiles.supports(file);
    }

    // ---- formats

    private ExtractedArticle fromHtml(String name, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new ExtractionException(name, "is not a web page: the content is binary data");
        }
        Document document;
        try {
            document = DataUtil.load(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser());
        } catch (IOException e) {
            throw new ExtractionException(name, "cannot be read as HTML: " + e.getMessage(), e);
        }
        HtmlMetadata meta = htmlMetadata.extract(document);
        String body = limit(TextNormalizer.normalize(htmlArticle.extract(document, meta.author())));
        if (body.isBlank()) {
            throw new ExtractionException(name, "the page has no readable article text");
        }
        String title = meta.title() != null ? meta.title() : PlainTextArticleParser.titleFromBody(body, name);
        String language = meta.language() != null ? meta.language() : languages.guess(body);
        return new ExtractedArticle(name, "text/html", title, meta.author(), meta.published(), meta.url(),
                meta.siteName(), language, body, meta.title() != null);
    }

    private ExtractedArticle fromPlainText(String name, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new ExtractionException(name, "is not a text file: the content is binary data");
        }
        TextArticle text = PlainTextArticleParser.parse(limit(decodeText(bytes)));
        if (text.body().isBlank()) {
            throw new ExtractionException(name, "the file has no readable text");
        }
        String title = text.title() != null ? text.title() : PlainTextArticleParser.titleFromBody(text.body(), name);
        return new ExtractedArticle(name, "text/plain", title, text.author(), text.published(), null, null,
                languages.guess(text.body()), text.body(), text.title() != null);
    }

    private ExtractedArticle fromTika(String name, byte[] bytes) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String raw = parseWithTimeout(name, bytes, metadata);
        String mediaType = mediaType(metadata);
        boolean pdf = mediaType.equals("application/pdf");
        String text;
        if (pdf) {
            List<String> pages = Arrays.stream(raw.split(String.valueOf(PageBreakContentHandler.PAGE_BREAK)))
                    .map(TextNormalizer::normalize).toList();
            text = PdfTextCleaner.clean(pages);
        } else {
            // Word processors and mail write one line per paragraph; the body separates paragraphs by a blank line.
            text = TextNormalizer.normalize(raw).replace("\n", "\n\n");
        }
        TextArticle article = PlainTextArticleParser.parse(limit(text));
        if (article.body().isBlank()) {
            throw new ExtractionException(name, "no readable text in this " + mediaType + " document"
                    + (pdf ? " (a scanned PDF needs OCR, which is not enabled)" : ""));
        }
        String declaredTitle = usableTitle(metadata.get(TikaCoreProperties.TITLE));
        String title = HtmlMetadataExtractor.firstNonBlank(declaredTitle, article.title());
        String body = article.body();
        if (declaredTitle != null && article.title() != null && !article.title().equals(declaredTitle)) {
            // The first line was not the title after all: keep it in the body.
            body = article.title() + "\n\n" + body;
        }
        boolean titleStated = title != null;
        if (title == null) {
            title = PlainTextArticleParser.titleFromBody(body, name);
        }
        String creator = metadata.get(TikaCoreProperties.CREATOR);
        String author = HtmlMetadataExtractor.firstNonBlank(
                creator == null ? null : HtmlMetadataExtractor.cleanAuthor(creator, null), article.author());
        OffsetDateTime created = DateParser.parseMachine(metadata.get(TikaCoreProperties.CREATED));
        OffsetDateTime published = article.published() == null || created != null
                && created.toLocalDate().equals(article.published().toLocalDate()) ? created : article.published();
        String language = HtmlMetadataExtractor.firstNonBlank(languageCode(metadata.get(TikaCoreProperties.LANGUAGE)));
        return new ExtractedArticle(name, mediaType, title, author, published, null, null,
                language != null ? language : languages.guess(body), body, titleStated);
    }

    private String parseWithTimeout(String name, byte[] bytes, Metadata metadata) {
        // Each parse runs on its own virtual thread so a stuck parser can be abandoned after parse-timeout without a
        // pool to manage; the parser keeps its thread until it gives up on its own.
        FutureTask<String> result = new FutureTask<>(() -> parse(name, bytes, metadata));
        Thread.ofVirtual().name("tika-parse-", 0).start(result);
        long timeout = properties.parseTimeout().toMillis();
        try {
            return result.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ExtractionException(name, "parsing took longer than " + properties.parseTimeout().toSeconds()
                    + " s (newsearch.ingest.parse-timeout)", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(name, "interrupted while parsing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(name, "cannot be parsed: " + cause, cause);
        }
    }

    private String parse(String name, byte[] bytes, Metadata metadata) {
        WriteOutContentHandler out = new WriteOutContentHandler(properties.writeLimit());
        BodyContentHandler handler = new BodyContentHandler(new PageBreakContentHandler(out));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(name, "the document is password-protected", e);
        } catch (WriteLimitReachedException e) {
            // Keep the first write-limit characters: a truncated article is still worth indexing.
            return out.toString();
        } catch (TikaException | SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return out.toString();
            }
            throw new ExtractionException(name, "cannot be parsed as " + mediaType(metadata) + ": "
                    + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            // Parsers of damaged files fail in many ways; all of them mean "this file cannot be read".
            throw new ExtractionException(name, "cannot be parsed as " + mediaType(metadata) + ": "
                    + rootMessage(e), e);
        }
        return out.toString();
    }

    // ---- helpers

    private void checkSize(String name, long size) {
        long max = properties.maxFileSize().toBytes();
        if (size > max) {
            throw new ExtractionException(name, "file is " + megabytes(size) + ", over the " + megabytes(max)
                    + " limit (newsearch.ingest.max-file-size)");
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }

    private byte[] readBounded(String name, InputStream content) {
        long max = properties.maxFileSize().toBytes();
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (bytes.length > max) {
                throw new ExtractionException(name, "file is over the " + megabytes(max)
                        + " limit (newsearch.ingest.max-file-size)");
            }
            return bytes;
        } catch (IOException e) {
            throw new ExtractionException(name, "cannot be read: " + e.getMessage(), e);
        }
    }

    private byte[] gunzip(String name, byte[] bytes) {
        long max = properties.maxFileSize().toBytes();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (plain.length > max) {
                throw new ExtractionException(name, "unpacks to over the " + megabytes(max)
                        + " limit (newsearch.ingest.max-file-size)");
            }
            return plain;
        } catch (IOException e) {
            throw new ExtractionException(name, "is not a readable gzip file: " + e.getMessage(), e);
        }
    }

    private String limit(String text) {
        return text.length() > properties.writeLimit() ? text.substring(0, properties.writeLimit()) : text;
    }

    /** UTF-8 when the bytes are (almost all) UTF-8, else Windows-1252, the usual encoding of old news text files. */
    static String decodeText(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            long bad = lenient.chars().filter(c -> c == '\uFFFD').count();
            // A few broken bytes in a UTF-8 file: drop them rather than garble every accent in the file.
            if (bad <= 3 || bad * 100 <= lenient.length()) {
                return lenient.replace("\uFFFD", "");
            }
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes and other controls in the first few kilobytes mean an image, archive or executable, not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                suspicious++;
            }
        }
        return suspicious * 20 > n;
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "application/octet-stream" : MediaType.parse(type).getBaseType().toString();
    }

    private static @Nullable String usableTitle(@Nullable String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = TextNormalizer.oneLine(title);
        // Word and PDF printers leave file names and placeholders as the document title.
        if (t.matches("(?i).*\\.(docx?|pdf|odt|rtf|txt)$|(?i)microsoft word.*|(?i)untitled.*|(?i)document\\d*")) {
            return null;
        }
        return t;
    }

    private static @Nullable String languageCode(@Nullable String declared) {
        if (declared == null) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.matches("[a-z]{2}") ? code : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
