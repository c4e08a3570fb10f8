package org.newsroom.search.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsroom.search.article.Entity;
import org.newsroom.search.config.NlpProperties;
import org.springframework.stereotype.Component;

/**
 * The entities stage: Stanford CoreNLP's CRF tags each prose line on its own (never across line or paragraph
 * boundaries), and {@link ArticleEntities} turns the spans into canonical, counted persons and organizations.
 *
 * <p>The model loads on the first call, once, so the application starts fast. Thread-safe: ingestion threads may call
 * {@link #extract} concurrently.
 */
@Component
public class CoreNlpEntityExtractor implements EntityExtractor {

    private final NlpProperties properties;
    private final EntityCanonicalizer canonicalizer;
    private final NerModel model;

    public CoreNlpEntityExtractor(NlpProperties properties, EntityCanonicalizer canonicalizer) {
        this.properties = properties;
        this.canonicalizer = canonicalizer;
        this.model = new NerModel(properties.nerModel());
    }

    @Override
    public List<Entity> extract(String title, String body) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        if (!properties.enabled()) {
            return List.of();
        }
        try {
            return new ArticleEntities(segments(title, body), canonicalizer).resolve(model::classify);
        } catch (EntityExtractionException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // One bad article must not stop ingestion (issue point 6): report it as this article's failure.
            throw new EntityExtractionException(
                    String.format(Locale.ROOT, "Entity recognition failed for article '%s'", abbreviate(title)), e);
        }
    }

    /** The title and each non-blank body line, each cut to {@code maxParagraphChars}. */
    List<ArticleEntities.Segment> segments(String title, String body) {
        int max = Math.max(1, properties.maxParagraphChars());
        List<ArticleEntities.Segment> out = new ArrayList<>();
        String t = cut(title.strip(), max);
        if (!t.isEmpty()) {
            out.add(new ArticleEntities.Segment(t, 0, true, HeadlineDetector.isHeadline(t)));
        }
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(start, end);
            if (!line.isBlank()) {
                String text = cut(line, max);
                out.add(new ArticleEntities.Segment(text, start, false, HeadlineDetector.isHeadline(text)));
            }
            start = end + 1;
        }
        return out;
    }

    /** Cuts at the last space before the limit, so the last word is not a fragment the model might tag. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int at = max;
        if (Character.isLowSurrogate(text.charAt(at))) {
            at--;
        }
        int space = text.lastIndexOf(' ', at);
        return text.substring(0, space > max / 2 ? space : at);
    }

    private static String abbreviate(String title) {
        return title.length() <= 80 ? title : title.substring(0, 80) + "…";
    }
}
