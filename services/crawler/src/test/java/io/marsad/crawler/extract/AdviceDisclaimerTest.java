package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceDisclaimerTest {

    @Test
    void theSmallPrintOfAdvisersIsKnownInTheLanguagesItIsWrittenIn() {
        assertTrue(AdviceDisclaimer.is("This material is not intended to replace the advice of a qualified advisor. Information has"
            + " been obtained from sources believed to be reliable."));
        assertTrue(AdviceDisclaimer.is("Products and services referenced are for general information only."));
        assertTrue(AdviceDisclaimer.is("Die Inhalte dienen ausschließlich der Information und stellen keine Anlageberatung dar."));
        assertTrue(AdviceDisclaimer.is("Ces informations sont données à titre informatif et ne constituent pas un conseil."));
        assertTrue(AdviceDisclaimer.is("Este contenido tiene fines meramente informativos y no constituye asesoramiento financiero."));
    }

    @Test
    void aStoryAboutAdviceIsNoDisclaimer() {
        assertFalse(AdviceDisclaimer.is("Her advice to young savers is simple: open a retirement account before you need one."));
        assertFalse(AdviceDisclaimer.is("The regulator said the bank did not follow the advice of its own auditors in 2019."));
        assertFalse(AdviceDisclaimer.is("Die Bank stellt neue Berater ein, um die Nachfrage nach Anlageberatung zu decken."));
        // a story that quotes such a sentence in a long paragraph of its own
        assertFalse(AdviceDisclaimer.is("The app says it is for informational purposes only. " + "Critics disagree. ".repeat(60)));
    }
}
