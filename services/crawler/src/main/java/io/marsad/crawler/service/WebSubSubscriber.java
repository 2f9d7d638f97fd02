package io.marsad.crawler.service;

import io.marsad.crawler.fetch.HttpFetcher;
import io.marsad.crawler.parse.FeedParser;
import io.marsad.crawler.parse.ParseResult;
import io.marsad.crawler.repository.WebSubRepository;
import io.marsad.crawler.repository.WebSubRepository.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The crawler as a WebSub subscriber (W3C Recommendation, 2018): a feed that announces a hub is
 * subscribed to; the hub verifies that intent by calling back; then it pushes the feed whenever it
 * changes, signed with the subscription's secret, and the articles it lists enter the frontier at
 * once instead of at the next poll. Polling goes on as the safety net, less often as the pushes
 * leave it nothing new (see {@link PollSchedule}).
 */
@ApplicationScoped
public class WebSubSubscriber {

    private static final Logger LOG = Logger.getLogger(WebSubSubscriber.class);
    /** A request without its verification after this long, or a failed one, is asked again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(10);
    /** A hub that denied a subscription is asked again after a day. */
    static final Duration ASK_AGAIN_AFTER_DENIAL = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> HMACS = Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256", "sha384", "HmacSHA384", "sha512", "HmacSHA512");

    private final WebSubRepository subscriptions;
    private final HttpFetcher http;
    private final CrawlerConfig config;
    private final FeedParser feeds;
    private final FrontierIntake intake;
    private final PageStages stages;

    WebSubSubscriber(WebSubRepository subscriptions, HttpFetcher http, CrawlerConfig config, FeedParser feeds, FrontierIntake intake,
                     PageStages stages) {
        this.subscriptions = subscriptions;
        this.http = http;
        this.config = config;
        this.feeds = feeds;
        this.intake = intake;
        this.stages = stages;
    }

    public boolean enabled() {
        return config.websubCallbackUrl().isPresent();
    }

    /** A polled feed announced a hub: subscribe, unless a subscription to it is active or on its way. */
    public void announced(long sourceId, ParseResult.HubLink link) throws SQLException {
        if (!enabled()) {
            return;
        }
        Optional<Subscription> existing = subscriptions.find(sourceId, link.topic());
        if (existing.isPresent() && existing.get().hub().equals(link.hub())) {
            Subscription known = existing.get();
            Instant now = Instant.now();
            boolean waiting = known.state().equals(WebSubRepository.REQUESTED) && known.requestedAt().isAfter(now.minus(RETRY_AFTER));
            boolean refused = known.state().equals(WebSubRepository.DENIED) && known.requestedAt().isAfter(now.minus(ASK_AGAIN_AFTER_DENIAL));
            boolean failedLately = known.state().equals(WebSubRepository.FAILED) && known.requestedAt().isAfter(now.minus(RETRY_AFTER));
            if (known.state().equals(WebSubRepository.ACTIVE) || waiting || refused || failedLately) {
                return; // renewals are the scheduler's
            }
        }
        subscribe(sourceId, link.topic(), link.hub());
    }

    /** Renews leases about to end and asks again where a request failed or was never verified. */
    public int renewDue() throws SQLException {
        if (!enabled()) {
            return 0;
        }
        Duration margin = config.websubLease().dividedBy(10);
        int renewed = 0;
        for (Subscription due : subscriptions.dueForRenewal(margin, RETRY_AFTER)) {
            subscribe(due.sourceId(), due.topic(), due.hub());
            renewed++;
        }
        return renewed;
    }

    private void subscribe(long sourceId, String topic, String hub) throws SQLException {
        Subscription subscription = subscriptions.requested(sourceId, topic, hub, randomToken(), randomToken());
        HttpFetcher.FormAnswer answer = http.postForm(hub, Map.of(
            "hub.mode", "subscribe",
            "hub.topic", topic,
            "hub.callback", callbackUrl(subscription),
            "hub.lease_seconds", Long.toString(config.websubLease().toSeconds()),
            "hub.secret", subscription.secret()));
        if (!answer.accepted()) {
            String why = answer.status() == 0 ? answer.detail() : "HTTP " + answer.status() + (answer.detail().isBlank() ? "" : ": " + answer.detail());
            subscriptions.ended(subscription.id(), WebSubRepository.FAILED, "the hub refused the request (" + why + ")");
            LOG.infof("source %d: WebSub subscription to %s at %s failed: %s", sourceId, topic, hub, why);
        } else {
            LOG.infof("source %d: asked %s to push %s", sourceId, hub, topic);
        }
    }

    private String callbackUrl(Subscription subscription) {
        URI base = config.websubCallbackUrl().orElseThrow();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return root + "websub/" + subscription.callbackKey();
    }

    /**
     * The hub's verification of intent. Answers the challenge to echo when the request is ours and
     * still wanted; empty (answered 404) when not. A denial is recorded with the hub's reason.
     */
    public Optional<String> verify(String callbackKey, String mode, String topic, String challenge, Long leaseSeconds, String reason)
        throws SQLException {
        Optional<Subscription> found = subscriptions.byCallbackKey(callbackKey);
        if (found.isEmpty() || topic == null || !topic.equals(found.get().topic())) {
            return Optional.empty();
        }
        Subscription subscription = found.get();
        switch (mode == null ? "" : mode) {
            case "denied" -> {
                subscriptions.ended(subscription.id(), WebSubRepository.DENIED, "the hub denied the subscription" + (reason == null ? "" : ": " + reason));
                return Optional.of("");
            }
            case "subscribe" -> {
                if (challenge == null || challenge.isEmpty() || subscription.state().equals(WebSubRepository.DENIED)) {
                    return Optional.empty();
                }
                Duration lease = leaseSeconds == null || leaseSeconds <= 0 ? config.websubLease() : Duration.ofSeconds(leaseSeconds);
                subscriptions.verified(subscription.id(), lease);
                LOG.infof("source %d: %s confirmed pushes of %s for %d s", subscription.sourceId(), subscription.hub(), topic, lease.toSeconds());
                return Optional.of(challenge);
            }
            default -> {
                return Optional.empty(); // we never ask to unsubscribe: a removed source's callback simply disappears
            }
        }
    }

    /** What became of a pushed notification. */
    public enum Delivery { ACCEPTED, IGNORED_BAD_SIGNATURE, UNKNOWN_SUBSCRIPTION }

    /**
     * A push (content distribution): the feed as it is now. Its articles enter the frontier and the
     * pipeline runs at once. A push that is not signed with the subscription's secret is ignored
     * (the spec asks to answer it 2xx all the same, so senders learn nothing).
     */
    public Delivery receive(String callbackKey, byte[] body, String contentType, String signature) throws SQLException {
        Optional<Subscription> found = subscriptions.byCallbackKey(callbackKey);
        if (found.isEmpty()) {
            return Delivery.UNKNOWN_SUBSCRIPTION;
        }
        Subscription subscription = found.get();
        if (!signedBy(subscription.secret(), body, signature)) {
            LOG.warnf("source %d: a push for %s without a valid signature was ignored", subscription.sourceId(), subscription.topic());
            return Delivery.IGNORED_BAD_SIGNATURE;
        }
        ParseResult parsed = feeds.parse(body, charsetOf(contentType), subscription.topic());
        int added = intake.add(subscription.sourceId(), parsed.links());
        subscriptions.pushed(subscription.id());
        LOG.infof("source %d: a push of %s listed %d new URLs", subscription.sourceId(), subscription.topic(), added);
        if (added > 0) {
            stages.newUrlsListed();
        }
        return Delivery.ACCEPTED;
    }

    /** {@code X-Hub-Signature: method=hex}, an HMAC of the body with the secret; compared in constant time. */
    static boolean signedBy(String secret, byte[] body, String header) {
        if (header == null || header.indexOf('=') < 0) {
            return false;
        }
        String method = header.substring(0, header.indexOf('=')).trim().toLowerCase(Locale.ROOT);
        String algorithm = HMACS.get(method);
        if (algorithm == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            byte[] expected = mac.doFinal(body);
            byte[] given = HexFormat.of().parseHex(header.substring(header.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT));
            return MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException notHex) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replace("\"", "");
            }
        }
        return null;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
