package io.marsad.alerting.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marsad.alerting.InboxFixtures;
import io.marsad.alerting.service.ArticleMatching;
import io.marsad.local.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts by e-mail through a real SMTP server on 127.0.0.1 (GreenMail), read back as the addressee would. */
@QuarkusTest
public class EmailDeliveryTest {

    @Inject
    ArticleMatching matching;
    @Inject
    DeliveryWorker worker;

    @Test
    void anArabicAlertArrivesAsTextAndRightToLeftHtml() throws Exception {
        String desk = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@news.example.org";
        Map<String, Object> body = Map.of("name", "قمة بوتين وكيم", "query", "بُوتِين NEAR/10 کیم",
            "channels", Map.of("inApp", false, "emails", List.of(desk)));
        int subscription = given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).contentType(ContentType.JSON).body(body)
            .post("/api/subscriptions").then().statusCode(201).extract().path("id");
        InboxFixtures.send(List.of(InboxFixtures.seedArticle(InboxFixtures.newId())));
        matching.matchPending();
        worker.deliverDue();

        List<MimeMessage> received = inbox(desk);
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertTrue(mail.getSubject().startsWith("[Marsad] قمة بوتين وكيم: بوتين وكيم يلتقيان"), mail.getSubject());
        assertEquals(desk, mail.getAllRecipients()[0].toString());
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertTrue(text.contains("«بوتين»") && text.contains("Matched: "), text);
        assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""), html);
        assertTrue(html.contains("<mark>بوتين</mark>"), html);
        assertTrue(!html.contains("<script"), "the article's text is escaped");

        given().auth().oauth2(Tokens.accessToken(Tokens.ANALYST)).get("/api/subscriptions/" + subscription + "/deliveries").then()
            .statusCode(200).body("items[0].channel", equalTo("email")).body("items[0].target", equalTo(desk))
            .body("items[0].status", equalTo("delivered"));
        worker.deliverDue();
        assertEquals(1, inbox(desk).size(), "sent once");
    }

    /** What the test mail server received for an address, parsed as MIME messages. */
    public static List<MimeMessage> inbox(String address) throws Exception {
        URI api = URI.create(ConfigProvider.getConfig().getValue("marsad.test.mail.api", String.class));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(api.resolve("/api/user/" + address + "/messages/INBOX/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 400 && response.body().contains("not found")) {
            return List.of(); // GreenMail knows an address once mail came for it
        }
        assertEquals(200, response.statusCode(), response.body());
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new java.util.ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(response.body())) {
            messages.add(new MimeMessage(session, new ByteArrayInputStream(message.path("mimeMessage").asText().getBytes(StandardCharsets.UTF_8))));
        }
        return messages;
    }

    /** The decoded content of the message's first part of that type. */
    public static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
