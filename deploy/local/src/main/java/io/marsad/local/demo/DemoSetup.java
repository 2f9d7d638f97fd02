package io.marsad.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./marsad up} sets up on a demo platform, through the services' own APIs and the demo
 * users' tokens: the demo newsroom's outlets as sources (the admin; an import, so a restart updates
 * them rather than adding them twice), and for the analyst a few monitors in three languages and a
 * subscription that follows one of them — each only when the analyst has none of that name yet.
 */
public final class DemoSetup {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The demo monitors: name and query, each in Arabic, English and French words. */
    static final Map<String, String> MONITORS = new LinkedHashMap<>(Map.of(
        "Ports and shipping · الموانئ", "ميناء OR port OR harbour OR portuaire",
        "Strikes · الإضرابات", "إضراب OR strike OR walked OR grève",
        "Storms · العواصف", "عاصفة OR storm OR gale OR tempête"));
    static final String SUBSCRIPTION = "Strikes as they happen · الإضرابات فورًا";

    private DemoSetup() {}

    /** Registers the sources and the analyst's demo monitors and subscription; says what it did. */
    public static String apply(DemoNewsroom site, String realmUrl, String crawlerUrl, String searchUrl, String alertingUrl)
        throws IOException, InterruptedException {
        String admin = token(realmUrl, "admin");
        String analyst = token(realmUrl, "analyst");
        List<Map<String, Object>> sources = site.sources().stream().map(source -> Map.<String, Object>of("name", source.name(),
            "homepage", source.homepage(), "feedUrls", List.of(source.feed()), "sitemapUrls", List.of(source.sitemap()),
            "sectionUrls", source.sections(), "languageHint", source.language(),
            // polled every 30 s to 10 min as they publish; the newsroom's hub pushes new articles at once anyway
            "pollIntervalSeconds", 600, "minPollIntervalSeconds", 30)).toList();
        JsonNode imported = send("POST", crawlerUrl + "/api/sources/import", admin, sources);
        Map<String, Long> monitors = new LinkedHashMap<>();
        for (JsonNode monitor : send("GET", searchUrl + "/api/monitors?size=200", analyst, null).path("items")) {
            monitors.put(monitor.path("name").asText(), monitor.path("id").asLong());
        }
        int created = 0;
        for (Map.Entry<String, String> monitor : MONITORS.entrySet()) {
            if (!monitors.containsKey(monitor.getKey())) {
                monitors.put(monitor.getKey(), send("POST", searchUrl + "/api/monitors", analyst,
                    Map.of("name", monitor.getKey(), "query", monitor.getValue())).path("id").asLong());
                created++;
            }
        }
        boolean subscribed = false;
        for (JsonNode subscription : send("GET", alertingUrl + "/api/subscriptions?size=200", analyst, null).path("items")) {
            subscribed |= subscription.path("name").asText().equals(SUBSCRIPTION);
        }
        if (!subscribed) {
            send("POST", alertingUrl + "/api/subscriptions", analyst, Map.of("name", SUBSCRIPTION,
                "monitorId", monitors.get("Strikes · الإضرابات"), "channels", Map.of("inApp", true)));
        }
        return imported.path("created").asInt() + " sources added and " + imported.path("updated").asInt() + " updated; " + created
            + " demo monitors and " + (subscribed ? 0 : 1) + " subscription created for analyst";
    }

    /** A demo user's access token (password grant of the marsad-cli client; the demo passwords are the user names). */
    public static String token(String realmUrl, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=marsad-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token for the demo user " + user + ": Keycloak answered " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode send(String method, String url, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60));
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
            : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
