package org.newsroom.search.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsroom.search.article.ExtractedArticle;

/**
 * Derives an article's identity from its normalized text, so the same article ingested twice, under any file name,
 * is one document.
 */
final class ContentIdentity {

    /** Hex characters of the hash used as the article id: 64 bits, collision-free for any realistic archive. */
    private static final int ID_LENGTH = 16;

    private ContentIdentity() {}

    /** SHA-256 (hex) of the title and body. */
    static String hash(ExtractedArticle article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(article.title().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(article.body().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The article id for a content hash. */
    static String id(String hash) {
        return hash.substring(0, ID_LENGTH);
    }
}
