package org.newsroom.search.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Leaves out the author's bio or author box that sites put above or under the story: written about the author,
 * not part of the article.
 */
final class AuthorBoxes {

    private static final Pattern AUTHOR_BIO_VERB = Pattern.compile(",? (?:is a|is an|is the|has been|holds|has written"
            + "|writes|started|covers|joined|co-founded|founded|serves|leads)\\b");

    private static final Pattern AUTHOR_BOX = Pattern.compile("[(*]?(?:Dr\\.? )?\\p{Lu}[\\p{L}'’.-]+"
            + "(?: \\p{Lu}[\\p{L}'’.-]+){1,2}(?:, [\\p{L}.]+(?:, [\\p{L}.]+)?,)? (?:is|has been|was) (?:a|an|the)\\b"
            + "[^.]{0,80}\\b(?i:writer|journalist|editor|author|contributor|columnist|reporter|blogger|freelancer"
            + "|marketer|analyst|coach|expert|specialist|professional|founder|ceo|consultant|physician|attorney"
            + "|lawyer)");

    /** A blogger's greeting in the sidebar's "about me" box: "Hi there! I'm Jane", "Hey, I'm Jess! Welcome to...". */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile("(?:hi|hey|hello|hallo|bonjour|hola|ciao)"
            + "(?: there| everyone| friends?)?[!,.]* (?:i'm|i’m|i am|my name is|welcome to|ich bin|je suis|soy|sono)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Jane Doe is a freelance writer who...", "Jane has covered tech since...": a paragraph in the second half of
     * the text, or one of the first two (an author box above the story), that opens with the byline's full or first
     * name and a bio verb is the author box, not the article.
     */
    static String dropAuthorBio(String text, String author) {
        List<String> openings = new ArrayList<>();
        for (String name : author.split(",? and |, |\\s*&\\s*")) {
            String[] words = name.strip().split("\\s+");
            if (words.length >= 2) {
                openings.add(name.strip());
                openings.add(words[0]);
            }
        }
        if (openings.isEmpty()) {
            return text;
        }
        String[] paragraphs = text.split("\n\n");
        List<String> kept = new ArrayList<>(paragraphs.length);
        for (int i = 0; i < paragraphs.length; i++) {
            String paragraph = paragraphs[i];
            boolean bio = false;
            if ((i >= paragraphs.length / 2 || i < 2) && paragraph.length() >= 40 && paragraph.length() <= 1000) {
                for (String opening : openings) {
                    if (paragraph.startsWith(opening)
                            && AUTHOR_BIO_VERB.matcher(paragraph.substring(opening.length())).lookingAt()) {
                        bio = true;
                        break;
                    }
                }
            }
            if (!bio) {
                kept.add(paragraph);
            }
        }
        return String.join("\n\n", kept);
    }

    /**
     * "Jane Doe is a freelance travel writer...", "Dr. John Roe, MD, is a physician...": a short paragraph near the
     * end that introduces a full name with a writer's or expert's occupation is the author box, byline or not; so is
     * a greeting in which the blogger introduces themself there.
     */
    /**
     * "Hey, I'm Jess! Welcome to...": the sidebar's about-me box, in the last three paragraphs of a longer text, short
     * and neither quoted nor reported ("Hi, I'm Maria, ... the neighbour told reporters" is the story's).
     */
    private static boolean isBloggerGreeting(String paragraph, int i, int n) {
        return n >= 4 && i >= n - 3 && paragraph.length() <= 300 && SELF_INTRODUCTION.matcher(paragraph).lookingAt()
                && !REPORTED.matcher(paragraph).find();
    }

    private static final Pattern REPORTED = Pattern.compile("[\"“”]| (?:said|says|told|according to)\\b");

    static List<String> dropAuthorBoxes(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        int n = paragraphs.size();
        for (int i = 0; i < n; i++) {
            String paragraph = paragraphs.get(i);
            boolean nearEnd = i >= n / 2 && i >= n - 8;
            if (!(nearEnd && paragraph.length() <= 1000 && AUTHOR_BOX.matcher(paragraph).lookingAt()
                    || isBloggerGreeting(paragraph, i, n))) {
                kept.add(paragraph);
            }
        }
        return kept;
    }
}
