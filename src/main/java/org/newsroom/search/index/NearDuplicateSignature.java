package org.newsroom.search.index;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.StringHelper;

/**
 * A 64-bit SimHash of an article's word 3-gram shingles: syndicated copies and lightly edited versions of a story
 * differ in only a few bits. The signature is split into four 16-bit bands; two signatures within
 * {@link #MAX_DISTANCE} bits share at least one band exactly, so candidates are found with plain term lookups.
 */
public final class NearDuplicateSignature {

    /** Signatures at most this many bits apart are the same story. */
    public static final int MAX_DISTANCE = 3;
    /** Texts with fewer words are too short for a meaningful signature. */
    static final int MIN_WORDS = 30;
    static final int BANDS = 4;

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 3;

    private NearDuplicateSignature() {}

    /** The signature of a text, or 0 when the text is too short to have one. */
    public static long of(String text) {
        List<byte[]> words = words(text);
        if (words.size() < MIN_WORDS) {
            return 0L;
        }
        int[] weights = new int[64];
        byte[] shingle = new byte[64];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            // The UTF-8 bytes of the shingle's words joined by single spaces, as the signature has always hashed.
            int length = SHINGLE - 1;
            for (int w = i; w < i + SHINGLE; w++) {
                length += words.get(w).length;
            }
            if (shingle.length < length) {
                shingle = new byte[Math.max(length, shingle.length * 2)];
            }
            int at = 0;
            for (int w = i; w < i + SHINGLE; w++) {
                if (w > i) {
                    shingle[at++] = ' ';
                }
                byte[] word = words.get(w);
                System.arraycopy(word, 0, shingle, at, word.length);
                at += word.length;
            }
            long hash = hash64(shingle, length);
            for (int bit = 0; bit < 64; bit++) {
                // +1 for a set bit, -1 for a clear one, without a branch per bit (profiled as most of ingest's
                // signature time together with the regex tokenization below).
                weights[bit] += (((int) (hash >>> bit)) & 1) * 2 - 1;
            }
        }
        long signature = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                signature |= 1L << bit;
            }
        }
        // 0 means "no signature"; a real all-zero signature is vanishingly rare and is nudged.
        return signature == 0L ? 1L : signature;
    }

    /** The band terms of a signature: {@code band:value}, one per band. */
    public static List<String> bands(long signature) {
        List<String> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long value = (signature >>> (band * 16)) & 0xFFFFL;
            bands.add(band + ":" + Long.toHexString(value));
        }
        return bands;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The lower-cased, accent-stripped words of a text as UTF-8 bytes. */
    private static List<byte[]> words(String text) {
        List<byte[]> words = new ArrayList<>();
        if (isAscii(text)) {
            // The common case, and the same words as the general path below: ASCII text has no accents to strip,
            // and on ASCII the Unicode \w is exactly letters, digits and the underscore.
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                boolean wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
                if (wordChar && start < 0) {
                    start = i;
                } else if (!wordChar && start >= 0) {
                    byte[] word = new byte[i - start];
                    for (int j = start; j < i; j++) {
                        char w = text.charAt(j);
                        word[j - start] = (byte) (w >= 'A' && w <= 'Z' ? w + ('a' - 'A') : w);
                    }
                    words.add(word);
                    start = -1;
                }
            }
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group().getBytes(StandardCharsets.UTF_8));
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static long hash64(byte[] bytes, int length) {
        long high = StringHelper.murmurhash3_x86_32(bytes, 0, length, 0x9747b28c);
        long low = StringHelper.murmurhash3_x86_32(bytes, 0, length, 0x5bd1e995);
        return (high << 32) | (low & 0xFFFFFFFFL);
    }
}
