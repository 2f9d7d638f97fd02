package io.marsad.alerting.delivery;

import io.marsad.guard.AddressPolicy;
import io.marsad.guard.GuardedDnsResolver;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.time.Instant;

/**
 * Posts webhook bodies: JSON, signed ({@link WebhookSignature}), with an {@code Idempotency-Key}
 * that stays the same for every attempt of one alert. Every connection goes through the address
 * guard's resolver, so a webhook whose name comes to resolve to a private address is refused at
 * connect time; redirects are not followed (a redirect could lead anywhere).
 */
@ApplicationScoped
public class WebhookSender {

    /** What the receiver answered: its status, or none when the request did not get through. */
    public record Outcome(Integer status, String error) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    static final String USER_AGENT = "Marsad-Webhooks/0.1 (+https://github.com/marsad-news/marsad/blob/main/docs/alerting.md)";

    private final CloseableHttpClient client;

    WebhookSender(AddressPolicy webhookGuard) {
        this.client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedDnsResolver(webhookGuard))
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(10)).build())
                .setMaxConnTotal(32).setMaxConnPerRoute(4)
                .build())
            .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(Timeout.ofSeconds(10)).build())
            .setUserAgent(USER_AGENT)
            .disableCookieManagement()
            .build();
    }

    public Outcome post(String url, String secret, String idempotencyKey, byte[] body) {
        HttpPost post = new HttpPost(url);
        post.setHeader("Idempotency-Key", idempotencyKey);
        post.setHeader(WebhookSignature.HEADER, WebhookSignature.sign(secret, Instant.now().getEpochSecond(), body));
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try {
            return client.execute(post, response -> new Outcome(response.getCode(), null));
        } catch (GuardedDnsResolver.BlockedAddressException e) {
            return new Outcome(null, "refused by the address guard: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, e.toString());
        }
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }
}
