package io.marsad.crawler.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojibakeTest {

    @Test
    void utf8ReadAsLatin1AndEncodedAgainIsPutBack() {
        // canada.com, 2012: the page is UTF-8 and says so, but its CMS had read the story's UTF-8 as Latin-1 once before
        assertEquals("If you’re having trouble reading this, “help” may be on the way — she said.",
            Mojibake.repair("If youâ\u0080\u0099re having trouble reading this, â\u0080\u009chelpâ\u0080\u009d may be on the way â\u0080\u0094 she said."));
    }

    @Test
    void utf8ReadAsWindows1252AndEncodedAgainIsPutBack() {
        assertEquals("You’re in the café – naïve, 20 °C", Mojibake.repair("Youâ€™re in the cafÃ© â€“ naÃ¯ve, 20 Â°C"));
        assertEquals("Кремль заявил", Mojibake.repair("ÐšÑ€ÐµÐ¼Ð»ÑŒ Ð·Ð°Ñ\u008fÐ²Ð¸Ð»"));
    }

    @Test
    void textWithoutTheMarksOfDoubleEncodingIsLeftAlone() {
        for (String text : new String[] {"SÃO PAULO — São Paulo, Ångström, naïve, “quoted”, © 2012, 20 °C, 1½ cups",
            "قاعدة فوستوشني", "Ã la carte", "Â", ""}) {
            assertEquals(text, Mojibake.repair(text));
        }
        assertEquals(null, Mojibake.repair(null));
    }
}
