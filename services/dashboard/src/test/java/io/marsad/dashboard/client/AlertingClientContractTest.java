package io.marsad.dashboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.marsad.local.testing.Contracts;
import org.junit.jupiter.api.Test;

import static io.marsad.dashboard.client.SearchClientContractTest.assertWithin;

/** The dashboard's (a caller's) half of docs/contracts/alerting-subscriptions.openapi.yaml: everything it sends and reads is in it. */
class AlertingClientContractTest {

    @Test
    void whatTheSubscriptionPagesSendAndReadIsInTheContract() {
        JsonNode subscriptions = Contracts.schemas("alerting-subscriptions.openapi.yaml");
        assertWithin(Contracts.components(SubscriptionDraft.class), subscriptions.path("SubscriptionRequest"), "a subscription written");
        assertWithin(Contracts.components(SubscriptionDraft.Digest.class), subscriptions.path("DigestRequest"), "its digest");
        assertWithin(Contracts.components(SubscriptionDraft.Channels.class), subscriptions.path("ChannelsRequest"), "its channels");
        assertWithin(Contracts.components(SubscriptionDraft.Webhook.class), subscriptions.path("WebhookRequest"), "its webhook");
        assertWithin(Contracts.components(SubscriptionList.class), subscriptions.path("SubscriptionPage"), "a page of subscriptions");
        assertWithin(Contracts.components(SubscriptionList.Subscription.class), subscriptions.path("Subscription"), "a subscription");
        assertWithin(Contracts.components(SubscriptionList.Monitor.class), subscriptions.path("FollowedMonitor"), "the monitor followed");
        assertWithin(Contracts.components(SubscriptionList.Digest.class), subscriptions.path("Digest"), "a digest");
        assertWithin(Contracts.components(SubscriptionList.Channels.class), subscriptions.path("Channels"), "channels");
        assertWithin(Contracts.components(SubscriptionList.Webhook.class), subscriptions.path("Webhook"), "a webhook");
    }
}
