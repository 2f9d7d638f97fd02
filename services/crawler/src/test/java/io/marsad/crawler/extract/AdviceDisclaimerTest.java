package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceDisclaimerTest {

    @Test
    void theSmallPrintOfAdvisersIsKnownInTheLanguagesItIsWrittenIn() {
        assertTrue(AdviceDisclaimer.is("This material is not intended to replace the advice of a qualified advisor. Information has"
            + " been obtained from sources believed to be reliable, but is not guaranteed as to accuracy."));
        assertTrue(AdviceDisclaimer.is("Products and services referenced are for general information only. Always consult a qualified"
            + " advisor prior to purchasing and review the instructions prior to use."));
        assertTrue(AdviceDisclaimer.is("Die Inhalte dieser Seite dienen ausschließlich der Information und stellen keine Anlageberatung"
            + " dar. Für Entscheidungen über Ihre Geldanlage wenden Sie sich bitte an Ihre Bank."));
        assertTrue(AdviceDisclaimer.is("Les informations publiées sur ce site sont données à titre informatif et ne constituent pas un"
            + " conseil en investissement personnalisé, ni une offre d'achat ou de vente."));
        assertTrue(AdviceDisclaimer.is("El contenido publicado en este sitio tiene fines meramente informativos y no constituye"
            + " asesoramiento financiero, fiscal ni legal de ningún tipo para sus lectores."));
    }

    @Test
    void aStoryAboutAdviceIsNoDisclaimer() {
        assertFalse(AdviceDisclaimer.is("Her advice to young savers is simple: open a retirement account before you need one, and"
            + " leave it alone when the market falls, as it did twice in the last ten years."));
        assertFalse(AdviceDisclaimer.is("The regulator said the bank did not follow the advice of its own auditors in 2019, and that"
            + " it would fine the bank for the losses its customers suffered as a result."));
        assertFalse(AdviceDisclaimer.is("Die Bank stellt neue Berater ein, um die Nachfrage nach Anlageberatung zu decken, die seit dem"
            + " Frühjahr stark gestiegen ist, wie ein Sprecher am Dienstag sagte."));
        // a story that quotes such a sentence in a long paragraph of its own
        assertFalse(AdviceDisclaimer.is("The app says it is for informational purposes only. " + "Critics disagree. ".repeat(60)));
    }

    @Test
    void aLineTooShortToOutvoteAStoryIsNotRead() {
        assertFalse(AdviceDisclaimer.is("For informational purposes only."));
    }
}
