package io.marsad.enrichment.entity;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled knowledge base as data: its size, its languages, and the spellings it cannot give to one entity. */
class KnowledgeBaseTest {

    static final KnowledgeBase KB = EntityMatcherTest.KB;

    @Test
    void hasTwoThousandEntitiesOfEveryKind() {
        Map<String, Long> byKind = KB.all().stream().collect(Collectors.groupingBy(e -> e.id().substring(0, e.id().indexOf(':')), Collectors.counting()));
        assertTrue(KB.size() >= 2000, "entities: " + KB.size() + " " + byKind);
        assertTrue(byKind.get("country") >= 249, byKind.toString());
        assertTrue(byKind.get("place") >= 600, byKind.toString());
        assertTrue(byKind.get("person") >= 550, byKind.toString());
        assertTrue(byKind.get("org") >= 400, byKind.toString());
    }

    @Test
    void everyEntityIsNamedInArabicEnglishFrenchAndRussian() {
        List<String> incomplete = KB.all().stream()
            .filter(e -> !e.names().keySet().containsAll(List.of("ar", "en", "fr", "ru")))
            .map(e -> e.id() + " " + e.names().keySet()).toList();
        assertEquals(List.of(), incomplete);
    }

    @Test
    void everySharedSpellingIsSettled() {
        // Spellings two entities share and no rule settles would match neither: there are none left.
        assertEquals(Map.of(), EntityMatcherTest.MATCHER.ambiguousSpellings());
    }

    @Test
    void tableLinesReadBackToTheSameEntity() throws Exception {
        Entity putin = KB.get("person:vladimir-putin");
        String line = EntityTable.format(putin);
        Entity read = EntityTable.read(new BufferedReader(new StringReader(line)), "test").get(0);
        assertEquals(putin.names(), read.names());
        assertEquals(putin.aliases(), read.aliases());
        assertEquals("President of Russia", read.description());
    }

    @Test
    void malformedLinesNameTheirTableAndLine() {
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
            () -> EntityTable.read(new BufferedReader(new StringReader("# comment\nperson:x\tcelebrity\tX\n")), "people.tsv"));
        assertTrue(wrongType.getMessage().startsWith("people.tsv:2: "), wrongType.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
            () -> EntityTable.read(new BufferedReader(new StringReader("place:x\tlocation\tX\nplace:x\tlocation\tY\n")), "places.tsv"));
        assertTrue(twice.getMessage().contains("appears twice"), twice.getMessage());
    }

    @Test
    void laterEntriesAddSpellingsToEarlierOnes() {
        // cldr-places.tsv names Kyiv from CLDR; places.tsv adds the Russian case forms under the same id
        Entity kyiv = KB.get("place:kyiv");
        assertEquals("Kyiv", kyiv.name());
        assertTrue(kyiv.spellings().containsAll(List.of("Kiev", "Киев", "كييف")), kyiv.spellings().toString());
    }
}
