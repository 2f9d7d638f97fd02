package io.marsad.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyOpeningTest {

    @Test
    void anOpeningRunTogetherAcrossBlocksIsFoundAtTheStart() {
        BodyOpening opening = BodyOpening.of("Michelle Obama sees despair in America.\n\nThe first lady suggested …",
            "Michelle Obama sees despair in America.The first lady suggested");
        assertTrue(opening.atStart());
        assertEquals(0, opening.charsBefore());
    }

    @Test
    void aCaptionTheSetKeptBeforeTheLeadDoesNotCount() {
        BodyOpening opening = BodyOpening.of("After the election, Twitter users began to",
            "Photo by Steve Pope/Getty Images After the election, Twitter users began to");
        assertTrue(opening.atStart());
    }

    @Test
    void textBeforeTheOpeningIsMeasuredAndAMissingOpeningIsNotFound() {
        BodyOpening further = BodyOpening.of("Share this story on Facebook and Twitter and by mail. Last year we won the open internet back",
            "Last year we won the open internet back");
        assertTrue(further.found());
        assertFalse(further.atStart());
        assertTrue(further.charsBefore() > BodyOpening.AT_START);
        assertTrue(further.afterALine());
        assertFalse(BodyOpening.of("x".repeat(BodyOpening.AFTER_A_LINE + 1) + " Last year we won", "Last year we won").afterALine());

        assertFalse(BodyOpening.of("A story about something else entirely.", "Last year we won the open internet back").found());
        assertFalse(BodyOpening.of("", "Last year we won").found());
    }

    @Test
    void aStandfirstBeforeTheOpeningIsOneLine() {
        BodyOpening opening = BodyOpening.of("The President-elect’s targets may endure real-life threats from hordes of his supporters.\n\n"
            + "After the election, Twitter issued a statement", "After the election, Twitter issued a statement");
        assertTrue(opening.afterALine());
        assertFalse(opening.atStart());
    }

    @Test
    void lessThanHalfOfTheOpeningIsNotEnough() {
        assertFalse(BodyOpening.of("the open internet back", "Last year we won the open internet back, but").found());
    }
}
