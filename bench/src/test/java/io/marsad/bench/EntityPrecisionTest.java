package io.marsad.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityPrecisionTest {

    @Test
    void theJudgmentsAreKeyedBySentenceHashAndEntity() {
        Map<String, EntityPrecision.Judgment> judgments = EntityPrecision.judgments("ar");
        assertTrue(judgments.size() >= 250, "both halves judged: " + judgments.size());
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
