package io.marsad.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityPrecisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fa", "en", "fr", "ru"})
    void theJudgmentsAreKeyedBySentenceHashAndEntity(String language) {
        Map<String, EntityPrecision.Judgment> judgments = EntityPrecision.judgments(language);
        assertTrue(judgments.size() >= 50, language + ": both halves judged: " + judgments.size());
        judgments.keySet().forEach(key -> assertTrue(key.matches("[0-9a-f]{8}\t[a-z]+:[\\w.-]+"), key));
        assertTrue(judgments.values().stream().anyMatch(j -> j.verdict() == EntityPrecision.Verdict.WRONG));
    }

    @Test
    void aSentenceKeepsItsKeyAndHalfWhateverSurroundsIt() {
        String sentence = "هل أنت قادم من الصين؟";
        assertEquals("21a6d194", EntityPrecision.key(sentence));
        assertEquals(EntityPrecision.key(sentence), EntityPrecision.key("  " + sentence + "\n"));
        assertEquals(EntityPrecision.part(sentence), EntityPrecision.part(sentence + " "));
        assertEquals("tune", EntityPrecision.part(sentence), "judged in the tune half");
    }
}
