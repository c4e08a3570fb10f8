package org.newsroom.search.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.search.article.EntityType;

class EntityCanonicalizerTest {

    @TempDir
    Path dir;

    private EntityCanonicalizer canonicalizer(String yaml) throws IOException {
        Path file = dir.resolve("entities.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new EntityCanonicalizer(Samples.properties(file));
    }

    private static String name(EntityCanonicalizer c, EntityType type, String value) {
        return c.canonicalize(type, value).map(CanonicalName::name).orElse(null);
    }

    @Test
    void aliasesMapToTheCanonicalNameIgnoringCaseAccentsAndDots() throws IOException {
        EntityCanonicalizer c = canonicalizer("""
                organization:
                  Department of Homeland Security: [DHS, Homeland Security]
                  United Nations: [U.N.]
                """);
        assertThat(name(c, EntityType.ORGANIZATION, "DHS")).isEqualTo("Department of Homeland Security");
        assertThat(name(c, EntityType.ORGANIZATION, "HOMELAND SECURITY")).isEqualTo("Department of Homeland Security");
        assertThat(name(c, EntityType.ORGANIZATION, "UN")).isEqualTo("United Nations");
        assertThat(name(c, EntityType.ORGANIZATION, "Tren de Aragua")).isEqualTo("Tren de Aragua");
    }

    @Test
    void aListedNameKeepsItsTitleWord() throws IOException {
        EntityCanonicalizer c = canonicalizer("""
                person:
                  Pope Francis: [Jorge Mario Bergoglio]
                organization:
                  The Economist: [Economist]
                """);
        // Cleaning would strip "Pope" and "The"; the file's own canonical names come back whole.
        assertThat(name(c, EntityType.PERSON, "Pope Francis")).isEqualTo("Pope Francis");
        assertThat(name(c, EntityType.PERSON, "Jorge Mario Bergoglio")).isEqualTo("Pope Francis");
        assertThat(name(c, EntityType.ORGANIZATION, "The Economist")).isEqualTo("The Economist");
    }

    @Test
    void theAliasFileDecidesTheType() throws IOException {
        EntityCanonicalizer c = canonicalizer("""
                organization:
                  Revolutionary Armed Forces of Colombia: [FARC]
                """);
        assertThat(c.canonicalize(EntityType.PERSON, "FARC"))
                .contains(new CanonicalName(EntityType.ORGANIZATION, "Revolutionary Armed Forces of Colombia"));
    }

    @Test
    void accentedSpellingIsTheDisplayFormWhicheverComesFirst() throws IOException {
        EntityCanonicalizer c = canonicalizer("person: {}\n");
        assertThat(name(c, EntityType.PERSON, "Ivan Velasquez")).isEqualTo("Ivan Velasquez");
        assertThat(name(c, EntityType.PERSON, "Iván Velásquez")).isEqualTo("Iván Velásquez");
        assertThat(name(c, EntityType.PERSON, "Ivan Velasquez")).isEqualTo("Iván Velásquez");
        assertThat(name(c, EntityType.PERSON, "IVAN VELASQUEZ")).isEqualTo("Iván Velásquez");
    }

    @Test
    void blockedNamesHaveNoCanonicalForm() throws IOException {
        EntityCanonicalizer c = canonicalizer("""
                block:
                  organization: [Defense]
                  person: [God]
                """);
        assertThat(c.canonicalize(EntityType.ORGANIZATION, "defense")).isEmpty();
        assertThat(c.canonicalize(EntityType.PERSON, "God")).isEmpty();
        assertThat(c.canonicalize(EntityType.PERSON, "Defense Secretary Hegseth")).isPresent();
        assertThat(c.isBlocked(EntityType.ORGANIZATION, "DEFENSE")).isTrue();
    }

    @Test
    void cleansStoredValuesToo() throws IOException {
        EntityCanonicalizer c = canonicalizer("person: {}\n");
        assertThat(name(c, EntityType.PERSON, "President Petro’s")).isEqualTo("Petro");
    }

    @Test
    void reloadingAnEditedAliasFileChangesTheCanonicalValue() throws IOException {
        EntityCanonicalizer c = canonicalizer("""
                organization:
                  Drug Enforcement Administration: [DEA]
                """);
        assertThat(name(c, EntityType.ORGANIZATION, "DEA")).isEqualTo("Drug Enforcement Administration");

        Files.writeString(dir.resolve("entities.yml"), """
                organization:
                  U.S. Drug Enforcement Administration: [DEA, Drug Enforcement Administration]
                """, StandardCharsets.UTF_8);
        assertThat(name(c, EntityType.ORGANIZATION, "DEA")).isEqualTo("Drug Enforcement Administration");
        c.reload();
        assertThat(name(c, EntityType.ORGANIZATION, "DEA")).isEqualTo("U.S. Drug Enforcement Administration");
        assertThat(name(c, EntityType.ORGANIZATION, "Drug Enforcement Administration"))
                .isEqualTo("U.S. Drug Enforcement Administration");
    }

    @Test
    void aMissingFileMeansNoAliases() {
        EntityCanonicalizer c = new EntityCanonicalizer(Samples.properties(dir.resolve("absent.yml")));
        assertThat(name(c, EntityType.ORGANIZATION, "DHS")).isEqualTo("DHS");
    }

    @Test
    void aMalformedFileIsATypedError() throws IOException {
        Path file = dir.resolve("entities.yml");
        Files.writeString(file, "organization: [unclosed", StandardCharsets.UTF_8);
        assertThrows(EntityExtractionException.class, () -> new EntityCanonicalizer(Samples.properties(file)));
    }

    @Test
    void theShippedAliasFileParses() {
        EntityCanonicalizer c = new EntityCanonicalizer(Samples.properties(Path.of("config/entities.yml")));
        assertThat(name(c, EntityType.ORGANIZATION, "UNODC")).isEqualTo("United Nations Office on Drugs and Crime");
        assertThat(name(c, EntityType.ORGANIZATION, "TdeA")).isEqualTo("Tren de Aragua");
    }
}
