package io.marsad.support.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The official Elasticsearch Java API client over the low-level REST 5 client, sharing Quarkus's
 * Jackson ObjectMapper so documents serialise like the service's own JSON.
 */
@ApplicationScoped
public class ElasticsearchClientProducer {

    @Produces
    @Singleton
    @DefaultBean
    Rest5Client restClient(ElasticsearchConfig config) {
        HttpHost[] hosts = config.hosts().stream()
            .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
            .toArray(HttpHost[]::new);
        Rest5ClientBuilder builder = Rest5Client.builder(hosts)
            .setConnectionConfigCallback(connection -> connection
                .setConnectTimeout(Timeout.of(config.connectTimeout()))
                .setSocketTimeout(Timeout.of(config.socketTimeout())));
        config.caFile().ifPresent(ca -> builder.setSSLContext(trusting(ca)));
        if (config.username().isPresent()) {
            String credentials = config.username().get() + ":" + config.password().orElse("");
            builder.setDefaultHeaders(new BasicHeader[] {
                new BasicHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            });
        }
        return builder.build();
    }

    /** TLS that trusts only the given CA: a cluster's own CA need not enter the JVM's trust store. */
    static SSLContext trusting(Path caFile) {
        try (InputStream pem = Files.newInputStream(caFile)) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trusted.setCertificateEntry("ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalStateException("marsad.elasticsearch.ca-file " + caFile + " holds no PEM certificate");
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("marsad.elasticsearch.ca-file " + caFile + " cannot be used: " + e.getMessage(), e);
        }
    }

    @Produces
    @Singleton
    @DefaultBean
    ElasticsearchClient client(Rest5Client restClient, ObjectMapper objectMapper) {
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper(objectMapper.copy())));
    }

    void close(@Disposes Rest5Client restClient) throws IOException {
        restClient.close();
    }
}
