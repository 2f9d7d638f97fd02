package io.marsad.dashboard.service;

import io.marsad.dashboard.client.SubscriptionDraft;
import io.marsad.dashboard.client.SubscriptionList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SubscriptionFormTest {

    static SubscriptionForm form(String follow, String query, String mode, String period, String hour, String emails, String webhook) {
        return new SubscriptionForm(null, " Port deal ", query, follow, "keyword", mode, period, hour, "Asia/Riyadh", true, emails, webhook, true,
            null, null);
    }

    @Test
    void aQueryInRealTimeSendsNoDigestAndTheAddressesAsAList() {
        SubscriptionDraft draft = form("", " port AND deal ", "realtime", "daily", "8", "a@example.org, b@example.org\nc@example.org", "").toDraft();
        assertEquals("Port deal", draft.name());
        assertEquals("port AND deal", draft.query());
        assertNull(draft.monitorId());
        assertNull(draft.digest(), "no digest in real time");
        assertEquals(List.of("a@example.org", "b@example.org", "c@example.org"), draft.channels().emails());
        assertNull(draft.channels().webhook());
    }

    @Test
    void followingAMonitorSendsItsIdAndNoQueryAndADailyDigestItsHour() {
        SubscriptionDraft draft = form("12", "ignored", "digest", "daily", "7", "", "https://hooks.example.org/x").toDraft();
        assertNull(draft.query(), "a followed monitor's query is the monitor's");
        assertEquals(12L, draft.monitorId());
        assertEquals(new SubscriptionDraft.Digest("daily", 7), draft.digest());
        assertEquals("https://hooks.example.org/x", draft.channels().webhook().url());
        assertEquals(new SubscriptionDraft.Digest("hourly", null), form("", "x", "digest", "hourly", "", "", "").toDraft().digest());
    }

    @Test
    void aBadHourOrMonitorIsCaughtBeforeAskingAlerting() {
        assertEquals("digest.hour", form("", "x", "digest", "daily", "25", "", "").check().field());
        assertEquals("digest.hour", form("", "x", "digest", "daily", "soon", "", "").check().field());
        assertNull(form("", "x", "realtime", "daily", "soon", "", "").check(), "the hour only counts for a daily digest");
        assertEquals("monitorId", form("12; drop", "", "realtime", "daily", "8", "", "").check().field());
    }

    @Test
    void aSavedSubscriptionFillsTheFormAndMutingKeepsEverythingElse() {
        var saved = new SubscriptionList.Subscription(5, "Spikes", "port", List.of(), List.of(), List.of(), new SubscriptionList.Monitor(12, null),
            "spike", "digest", new SubscriptionList.Digest("daily", 6), "Africa/Cairo",
            new SubscriptionList.Channels(false, List.of("a@example.org"), new SubscriptionList.Webhook("https://hooks.example.org/x", "whsec_1")),
            true);
        SubscriptionForm form = SubscriptionForm.of(saved);
        assertEquals("12", form.follow());
        assertEquals("", form.query(), "the monitor's query is not the subscription's own");
        assertEquals("6", form.digestHour());
        assertEquals("whsec_1", form.webhookSecret());
        SubscriptionDraft muted = form.withActive(false).toDraft();
        assertEquals(false, muted.active());
        assertEquals("spike", muted.kind());
        assertEquals(12L, muted.monitorId());
        assertEquals(false, muted.channels().inApp());
        assertEquals(new SubscriptionDraft.Digest("daily", 6), muted.digest());
        assertEquals("Africa/Cairo", muted.timeZone());
    }
}
