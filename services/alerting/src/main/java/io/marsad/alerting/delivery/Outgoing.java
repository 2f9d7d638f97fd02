package io.marsad.alerting.delivery;

/**
 * A message ready to deliver: the message, the idempotency key that every attempt of it carries,
 * and the subscription's current webhook signing secret (null without a webhook).
 */
public record Outgoing(OutgoingMessage message, String idempotencyKey, String webhookSecret) {}
