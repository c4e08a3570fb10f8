package org.newsroom.search.index;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.BytesRef;
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
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return 0L;
        }
        int[] weights = new int[64];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            String shingle = String.join(" ", words.subList(i, i + SHINGLE));
            long hash = hash64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
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

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static long hash64(String s) {
        BytesRef bytes = new BytesRef(s.getBytes(StandardCharsets.UTF_8));
        long high = StringHelper.murmurhash3_x86_32(bytes, 0x9747b28c);
        long low = StringHelper.murmurhash3_x86_32(bytes, 0x5bd1e995);
        return (high << 32) | (low & 0xFFFFFFFFL);
    }
}
