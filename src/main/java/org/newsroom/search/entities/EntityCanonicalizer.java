package org.newsroom.search.entities;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.newsroom.search.config.NlpProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Maps a person or organization name to its one canonical facet value across the archive: the alias file
 * ({@code newsearch.nlp.aliases}) first, then the accented spelling seen for the same accent-insensitive name
 * ("Ivan Velasquez" becomes "Iván Velásquez" once that form has been seen), and drops block-listed names.
 *
 * <p>Used by the extractor at ingestion and by {@code recanonicalize}, which re-maps stored facet values without
 * re-running NER: it should first {@link #learn} every stored value so accented forms win, then call
 * {@link #canonicalize} on each. Thread-safe; {@link #reload} swaps the alias table atomically.
 */
@Component
public class EntityCanonicalizer {

    private static final Logger log = LoggerFactory.getLogger(EntityCanonicalizer.class);

    private final Path aliasFile;
    private volatile AliasTable.Loaded aliases;
    /** Preferred display form per type and folded key, learned from the names seen so far. */
    private final Map<String, String> displayByKey = new ConcurrentHashMap<>();
    /** Folded full person names (two words or more) per folded surname, learned from the names seen so far. */
    private final Map<String, Set<String>> fullNamesBySurname = new ConcurrentHashMap<>();

    public EntityCanonicalizer(NlpProperties properties) {
        this.aliasFile = properties.aliases();
        this.aliases = AliasTable.load(aliasFile);
    }

    /**
     * Re-reads the alias file, so edits apply to the next articles and to {@code recanonicalize} without a restart.
     *
     * @throws EntityExtractionException when the file cannot be parsed (the previous table stays in use)
     */
    public void reload() {
        aliases = AliasTable.load(aliasFile);
        log.info("Reloaded entity aliases from {}", aliasFile);
    }

    /**
     * The canonical form of a facet value, or empty when the name is block-listed or is no name once cleaned.
     *
     * @param type the type it was stored or recognized as
     * @param name the stored or recognized name
     */
    public Optional<CanonicalName> canonicalize(EntityType type, String name) {
        AliasTable table = aliases.table();
        // The alias file is looked up with the name as given first: cleaning would cut a listed canonical such as
        // "Pope Francis" or "The Economist" down to a name the file does not list.
        String rawKey = Names.fold(name);
        if (!rawKey.isEmpty() && table.isBlocked(type, rawKey)) {
            return Optional.empty();
        }
        CanonicalName listed = listedAs(table, type, rawKey);
        if (listed != null) {
            return Optional.of(listed);
        }
        String cleaned = MentionCleaner.cleanName(name, type);
        if (cleaned == null) {
            return Optional.empty();
        }
        String key = Names.fold(cleaned);
        if (key.isEmpty() || table.isBlocked(type, key)) {
            return Optional.empty();
        }
        listed = listedAs(table, type, key);
        if (listed != null) {
            return Optional.of(listed);
        }
        if (type == EntityType.PERSON) {
            String full = onlyFullName(key);
            if (full != null) {
                return Optional.of(new CanonicalName(type, full));
            }
        }
        return Optional.of(new CanonicalName(type, learn(type, cleaned)));
    }

    /** The alias-file entry of a folded name, under its own type or else the other one; null when not listed. */
    private static @Nullable CanonicalName listedAs(AliasTable table, EntityType type, String key) {
        if (key.isEmpty()) {
            return null;
        }
        String canonical = table.canonical(type, key);
        if (canonical != null) {
            return new CanonicalName(type, canonical);
        }
        EntityType other = type == EntityType.PERSON ? EntityType.ORGANIZATION : EntityType.PERSON;
        canonical = table.canonical(other, key);
        return canonical != null && !table.isBlocked(other, key) ? new CanonicalName(other, canonical) : null;
    }

    /**
     * The one full name known for a lone surname ("Trump" alone in an article is "Donald Trump" when the archive
     * knows exactly one person of that surname), or null when none or several are known.
     */
    private @Nullable String onlyFullName(String foldedKey) {
        if (foldedKey.indexOf(' ') >= 0) {
            return null;
        }
        Set<String> full = fullNamesBySurname.get(foldedKey);
        if (full == null || full.size() != 1) {
            return null;
        }
        return displayByKey.get(EntityType.PERSON.key() + '\u0000' + full.iterator().next());
    }

    /** Whether the alias file blocks this name for this type (the model's known false positives). */
    public boolean isBlocked(EntityType type, String name) {
        return aliases.table().isBlocked(type, Names.fold(name));
    }

    /**
     * Records a display form and returns the preferred one for its accent-insensitive key: the form with more
     * accented letters wins, then mixed case over all caps, then the first seen.
     */
    public String learn(EntityType type, String name) {
        String key = Names.fold(name);
        int space = key.lastIndexOf(' ');
        if (type == EntityType.PERSON && space > 0) {
            fullNamesBySurname.computeIfAbsent(key.substring(space + 1), k -> ConcurrentHashMap.newKeySet()).add(key);
        }
        return displayByKey.merge(type.key() + '\u0000' + key, name, EntityCanonicalizer::better);
    }

    /**
     * The alias file's canonical name for {@code name} under {@code type} (or the other type), or null when the file
     * does not list it. A pure look-up: nothing is learned.
     */
    public @Nullable String listedName(EntityType type, String name) {
        CanonicalName listed = listedAs(aliases.table(), type, Names.fold(name));
        return listed == null ? null : listed.name();
    }

    /** The alias-file entry this name belongs to (persons first), or null when the file does not list it. */
    @Nullable CanonicalName listed(String name) {
        return listedAs(aliases.table(), EntityType.PERSON, Names.fold(name));
    }

    /** The alias file's names as written, per type, mapped to their canonical names. */
    Map<EntityType, Map<String, String>> writtenAliases() {
        return aliases.written();
    }

    static String better(String current, String candidate) {
        int a = Names.accentedLetters(current);
        int b = Names.accentedLetters(candidate);
        if (a != b) {
            return b > a ? candidate : current;
        }
        if (Names.isAllCaps(current) && !Names.isAllCaps(candidate) && current.length() > 5) {
            return candidate;
        }
        return current;
    }
}
