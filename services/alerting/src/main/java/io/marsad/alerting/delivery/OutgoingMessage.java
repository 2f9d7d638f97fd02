package io.marsad.alerting.delivery;

/** What a delivery carries: one alert, or a digest of a period's alerts. Its JSON is the webhook body. */
public sealed interface OutgoingMessage permits AlertMessage, DigestMessage {
}
