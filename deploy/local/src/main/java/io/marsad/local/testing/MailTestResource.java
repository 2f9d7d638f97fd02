package io.marsad.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real SMTP server (GreenMail standalone) for {@code @QuarkusTest}s: points the Quarkus Mailer at
 * it, for real (not mocked) sending; tests read what arrived through {@link TestServers#mail()}.
 */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServers.MailEndpoints mail = TestServers.mail();
        return Map.of(
            "quarkus.mailer.host", "127.0.0.1",
            "quarkus.mailer.port", Integer.toString(mail.smtpPort()),
            "quarkus.mailer.mock", "false",
            "marsad.test.mail.api", mail.api().toString());
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM exits
    }
}
