package org.newsroom.search.entities;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsroom.search.article.EntityType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One immutable reading of the alias file ({@code config/entities.yml}): canonical names with their aliases per type,
 * and the block list. Keys are {@link Names#fold folded}, so matching ignores case, accents and dots.
 */
record AliasTable(Map<EntityType, Map<String, String>> canonicalByKey, Map<EntityType, Set<String>> blocked) {

    static final AliasTable EMPTY = new AliasTable(Map.of(), Map.of());

    AliasTable {
        canonicalByKey = Map.copyOf(canonicalByKey);
        blocked = Map.copyOf(blocked);
    }

    /** The canonical name listed for this key under the given type, or null. */
    @Nullable String canonical(EntityType type, String key) {
        return canonicalByKey.getOrDefault(type, Map.of()).get(key);
    }

    boolean isBlocked(EntityType type, String key) {
        return blocked.getOrDefault(type, Set.of()).contains(key);
    }

    /** Reads the file; a missing file is an empty table, a malformed one an {@link EntityExtractionException}. */
    static Loaded load(Path file) {
        if (!Files.exists(file)) {
            return new Loaded(EMPTY, Map.of());
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (NoSuchFileException e) {
            return new Loaded(EMPTY, Map.of());
        } catch (IOException | RuntimeException e) {
            throw new EntityExtractionException("Cannot read the alias file " + file, e);
        }
        if (root == null) {
            return new Loaded(EMPTY, Map.of());
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new EntityExtractionException("Alias file " + file + " must be a mapping");
        }
        Map<EntityType, Map<String, String>> canonical = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, String>> written = new EnumMap<>(EntityType.class);
        Map<EntityType, Set<String>> blocked = new EnumMap<>(EntityType.class);
        for (Map.Entry<?, ?> section : top.entrySet()) {
            String key = String.valueOf(section.getKey());
            if (key.equals("block")) {
                if (section.getValue() instanceof Map<?, ?> blocks) {
                    for (Map.Entry<?, ?> b : blocks.entrySet()) {
                        EntityType type = type(file, String.valueOf(b.getKey()));
                        Set<String> set = blocked.computeIfAbsent(type, t -> new HashSet<>());
                        for (Object name : list(b.getValue())) {
                            set.add(Names.fold(String.valueOf(name)));
                        }
                    }
                }
                continue;
            }
            EntityType type = type(file, key);
            Map<String, String> byKey = canonical.computeIfAbsent(type, t -> new HashMap<>());
            Map<String, String> forms = written.computeIfAbsent(type, t -> new HashMap<>());
            if (section.getValue() instanceof Map<?, ?> entries) {
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    String name = String.valueOf(entry.getKey()).strip();
                    byKey.put(Names.fold(name), name);
                    forms.put(name, name);
                    for (Object alias : list(entry.getValue())) {
                        String a = String.valueOf(alias).strip();
                        byKey.putIfAbsent(Names.fold(a), name);
                        forms.put(a, name);
                    }
                }
            }
        }
        Map<EntityType, Set<String>> frozenBlocks = new EnumMap<>(EntityType.class);
        blocked.forEach((t, s) -> frozenBlocks.put(t, Set.copyOf(s)));
        Map<EntityType, Map<String, String>> frozen = new EnumMap<>(EntityType.class);
        canonical.forEach((t, m) -> frozen.put(t, Map.copyOf(m)));
        Map<EntityType, Map<String, String>> frozenForms = new EnumMap<>(EntityType.class);
        written.forEach((t, m) -> frozenForms.put(t, Map.copyOf(m)));
        return new Loaded(new AliasTable(frozen, frozenBlocks), frozenForms);
    }

    /**
     * A table plus the names exactly as written (surface → canonical), which the extractor looks for in text.
     *
     * @param table   folded lookup
     * @param written per type, each canonical name and alias as written, mapped to its canonical name
     */
    record Loaded(AliasTable table, Map<EntityType, Map<String, String>> written) {}

    private static EntityType type(Path file, String key) {
        try {
            return EntityType.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new EntityExtractionException("Alias file " + file + ": unknown section '" + key + "'", e);
        }
    }

    private static List<?> list(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }
}
