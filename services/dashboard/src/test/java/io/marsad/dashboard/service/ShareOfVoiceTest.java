package io.marsad.dashboard.service;

import io.marsad.dashboard.client.Monitor;
import io.marsad.dashboard.client.MonitorShares;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareOfVoiceTest {

    static Monitor monitor(long id, String name) {
        return new Monitor(id, name, "q" + id, List.of(), List.of(), List.of());
    }

    static final List<Monitor> MINE = List.of(monitor(1, "Port deal"), monitor(2, "Rail"), monitor(3, "Airport"));

    @Test
    void theOtherMonitorsAreTheChoicesAndNothingIsDrawnUntilOneIsChosen() {
        ShareOfVoice share = ShareOfVoice.of(1, Narrowing.of(null, null, null, null, null, null, 0), MINE, Set.of(), null, Locale.ENGLISH);
        assertEquals(List.of(2L, 3L), share.choices().stream().map(ShareOfVoice.Choice::id).toList(), "not the monitor itself");
        assertTrue(share.choices().stream().noneMatch(ShareOfVoice.Choice::chosen));
        assertTrue(share.parts().isEmpty());
    }

    @Test
    void eachPartIsDrawnAfterTheOneBeforeAndSaysItsShareInTheInterfacesLanguage() {
        MonitorShares shares = new MonitorShares(1, List.of(new MonitorShares.Share(1, "Port deal", 30, 0.625),
            new MonitorShares.Share(3, "Airport", 18, 0.375)));
        ShareOfVoice share = ShareOfVoice.of(1, Narrowing.of("2026-11-01", null, null, null, null, null, 0), MINE, Set.of(3L), shares,
            Locale.ENGLISH);
        assertEquals(List.of(false, true), share.choices().stream().map(ShareOfVoice.Choice::chosen).toList());
        ShareOfVoice.Part port = share.parts().get(0);
        ShareOfVoice.Part airport = share.parts().get(1);
        assertEquals(0, port.x());
        assertEquals(375.0, port.width());
        assertEquals(375.0, airport.x());
        assertEquals(225.0, airport.width());
        assertEquals("62.5%", port.percent());
        assertEquals(List.of("voice-0", "voice-1"), share.parts().stream().map(ShareOfVoice.Part::colour).toList());
        assertEquals(48, share.articles());
        String arabic = ShareOfVoice.of(1, share.period(), MINE, Set.of(3L), shares, Locale.forLanguageTag("ar")).parts().get(0).percent();
        assertTrue(arabic.contains("62.5") || arabic.contains("٦٢٫٥"), "a percentage as Arabic writes it: " + arabic);
        assertTrue(arabic.contains("%") || arabic.contains("٪"), arabic);
    }

    @Test
    void whenNoneFoundAnythingTheBarIsEmptyNotBroken() {
        MonitorShares shares = new MonitorShares(1, List.of(new MonitorShares.Share(1, "Port deal", 0, 0), new MonitorShares.Share(2, "Rail", 0, 0)));
        ShareOfVoice share = ShareOfVoice.of(1, Narrowing.of(null, null, null, null, null, null, 0), MINE, Set.of(2L), shares, Locale.ENGLISH);
        assertEquals(List.of(0.0, 0.0), share.parts().stream().map(ShareOfVoice.Part::width).toList());
        assertEquals("0%", share.parts().get(0).percent());
    }
}
