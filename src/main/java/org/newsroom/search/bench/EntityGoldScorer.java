package org.newsroom.search.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.Entity;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.entities.EntityExtractor;
import org.newsroom.search.entities.Names;
import tools.jackson.databind.JsonNode;

/**
 * Document-level precision and recall of person and organization facet values against hand-labelled articles, scored
 * as issue #4 states: one facet value per real entity; a second value for the same entity ("Petro" beside "Gustavo
 * Petro") is a false positive; names match case-, accent- and dot-insensitively by name or alias ({@link Names#fold});
 * values listed as acceptable count neither way. A gold name the alias file lists also matches the canonical name the
 * file gives it ("CIA" is matched by "Central Intelligence Agency"), since that is the facet value users see for it;
 * the report marks such matches "ok (via alias file)", so an alias entry that names the wrong body can be audited.
 */
public final class EntityGoldScorer {

    /** One real entity of the gold file, with the folded forms that match it. */
    public record GoldEntity(String name, Set<String> keys) {
    }

    /** A labelled article: its text and the entities a reader finds in it. */
    public record Labelled(String id, String title, String body, List<GoldEntity> persons,
            List<GoldEntity> organizations, Set<String> acceptable) {
    }

    /** True positives, values produced (acceptable ones excluded) and gold entities of one type. */
    public record Score(int tp, int produced, int expected) {

        public double precision() {
            return produced == 0 ? 1 : (double) tp / produced;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) tp / expected;
        }

        Score plus(Score other) {
            return new Score(tp + other.tp, produced + other.produced, expected + other.expected);
        }
    }

    /** Scores per type plus a per-article report of every value with its verdict and every missed entity. */
    public record Result(Score persons, Score organizations, String report) {

        public String summary() {
            return String.format(Locale.ROOT,
                    "persons P=%.3f R=%.3f (%d/%d/%d), organizations P=%.3f R=%.3f (%d/%d/%d)",
                    persons.precision(), persons.recall(), persons.tp(), persons.produced(), persons.expected(),
                    organizations.precision(), organizations.recall(), organizations.tp(),
                    organizations.produced(), organizations.expected());
        }
    }

    /** Title and body of an article whose gold entry carries only labels. */
    public record Text(String title, String body) {
    }

    /** How the alias file reads a gold name: its canonical name, or null when it does not list it. */
    public interface AliasLookup {
        @Nullable String canonical(EntityType type, String name);
    }

    private final EntityExtractor extractor;
    private final AliasLookup aliases;

    public EntityGoldScorer(EntityExtractor extractor, AliasLookup aliases) {
        this.extractor = extractor;
        this.aliases = aliases;
    }

    /**
     * Reads a gold file ({@code {"articles": [{"id", "title"?, "body"?, "persons", "organizations", "acceptable"}]}}).
     * Articles without a body take their text from {@code texts} by id (labels for pages that may not be copied).
     */
    public static List<Labelled> read(JsonNode gold, Map<String, Text> texts) {
        List<Labelled> out = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            String id = article.get("id").asString();
            Text text = article.has("body")
                    ? new Text(article.path("title").asString(""), article.get("body").asString())
                    : texts.get(id);
            if (text == null) {
                throw new IllegalArgumentException("no text for gold article " + id);
            }
            Set<String> acceptable = new HashSet<>();
            for (JsonNode a : article.path("acceptable")) {
                acceptable.addAll(a.isString() ? Set.of(Names.fold(a.asString())) : entity(a).keys());
            }
            out.add(new Labelled(id, text.title(), text.body(), entities(article.path("persons")),
                    entities(article.path("organizations")), acceptable));
        }
        return out;
    }

    private static List<GoldEntity> entities(JsonNode list) {
        List<GoldEntity> out = new ArrayList<>();
        list.forEach(entry -> out.add(entity(entry)));
        return out;
    }

    private static GoldEntity entity(JsonNode entry) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Names.fold(entry.get("name").asString()));
        entry.path("aliases").forEach(alias -> keys.add(Names.fold(alias.asString())));
        return new GoldEntity(entry.get("name").asString(), keys);
    }

    public Result score(List<Labelled> articles) {
        Score persons = new Score(0, 0, 0);
        Score organizations = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder();
        for (Labelled article : articles) {
            List<Entity> produced = extractor.extract(article.title(), article.body());
            report.append("=== ").append(article.id()).append(" | ").append(article.title()).append('\n');
            persons = persons.plus(scoreType(EntityType.PERSON, article.persons(), produced, article, report));
            organizations = organizations.plus(
                    scoreType(EntityType.ORGANIZATION, article.organizations(), produced, article, report));
        }
        return new Result(persons, organizations, report.toString());
    }

    private Score scoreType(EntityType type, List<GoldEntity> gold, List<Entity> produced, Labelled article,
            StringBuilder report) {
        List<GoldEntity> expected = gold.stream().map(g -> withListedNames(type, g)).toList();
        String tag = type.key().substring(0, 3);
        Set<GoldEntity> matched = new HashSet<>();
        int tp = 0;
        int count = 0;
        for (Entity e : produced) {
            if (e.type() != type) {
                continue;
            }
            String key = Names.fold(e.name());
            GoldEntity hit = match(expected, key);
            String verdict;
            if (hit != null && matched.add(hit)) {
                tp++;
                count++;
                // Matched only through the alias file's canonical name: shown, so a wrong alias entry can be audited.
                verdict = gold.get(expected.indexOf(hit)).keys().contains(key) ? "ok" : "ok (via alias file)";
            } else if (hit != null) {
                count++;
                verdict = "DUPLICATE of " + hit.name();
            } else if (article.acceptable().contains(key)) {
                verdict = "acceptable";
            } else {
                count++;
                verdict = "FALSE";
            }
            report.append(String.format(Locale.ROOT, "  %s %-40s x%d %s%n", tag, e.name(), e.mentions(), verdict));
        }
        for (GoldEntity g : expected) {
            if (!matched.contains(g)) {
                report.append("  ").append(tag).append(" MISSED ").append(g.name()).append('\n');
            }
        }
        return new Score(tp, count, expected.size());
    }

    private GoldEntity withListedNames(EntityType type, GoldEntity g) {
        Set<String> keys = new LinkedHashSet<>(g.keys());
        for (String key : g.keys()) {
            String canonical = aliases.canonical(type, key);
            if (canonical != null) {
                keys.add(Names.fold(canonical));
            }
        }
        return keys.size() == g.keys().size() ? g : new GoldEntity(g.name(), keys);
    }

    private static @Nullable GoldEntity match(List<GoldEntity> expected, String key) {
        return expected.stream().filter(g -> g.keys().contains(key)).findFirst().orElse(null);
    }
}
