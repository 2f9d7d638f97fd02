package io.marsad.dashboard;

import io.marsad.local.testing.KeycloakTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A browser's login through the real Keycloak: authorization code flow with PKCE, then the page. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class DashboardLoginTest {

    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URI home;

    @Test
    void signsInThroughKeycloakAndShowsTheUser() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(home).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, loginPage.statusCode());
        assertTrue(loginPage.uri().getPath().endsWith("/realms/marsad/protocol/openid-connect/auth"), "expected Keycloak's login page, got " + loginPage.uri());
        assertTrue(loginPage.uri().getQuery().contains("code_challenge_method=S256"), "PKCE must be used: " + loginPage.uri());

        HttpResponse<String> afterLogin = browser.send(postForm(formAction(loginPage.body()), "username=analyst&password=analyst"),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, afterLogin.statusCode(), afterLogin.body());
        assertEquals(home.getPath(), afterLogin.uri().getPath());
        assertTrue(afterLogin.body().contains("<span id=\"user\">analyst</span>"), afterLogin.body());
        assertTrue(afterLogin.body().contains("Amal Analyst"), afterLogin.body());
    }

    @Test
    void wrongPasswordStaysOnKeycloak() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(home).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> rejected = browser.send(postForm(formAction(loginPage.body()), "username=analyst&password=wrong"),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(rejected.uri().getPath().contains("/realms/marsad/"), "must not reach the dashboard: " + rejected.uri());
        assertTrue(!rejected.body().contains("<span id=\"user\">"), "must not show a signed-in page");
    }

    /**
     * Keycloak marks its login cookies Secure, which browsers honour on http://127.0.0.1 (a secure
     * context) but Java's CookieManager does not; this one keeps them, for loopback only.
     */
    private static HttpClient browser() {
        CookieManager cookies = new CookieManager();
        CookieHandler loopbackBrowser = new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
                return cookies.get(uri, requestHeaders);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
                Map<String, List<String>> withoutSecure = new HashMap<>();
                responseHeaders.forEach((name, values) -> withoutSecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                    : values));
                cookies.put(uri, withoutSecure);
            }
        };
        return HttpClient.newBuilder().cookieHandler(loopbackBrowser).followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    private static URI formAction(String loginPageHtml) {
        Matcher action = LOGIN_FORM_ACTION.matcher(loginPageHtml);
        assertTrue(action.find(), "no login form in Keycloak's page");
        return URI.create(action.group(1).replace("&amp;", "&"));
    }

    private static HttpRequest postForm(URI action, String form) {
        String encoded = form.replace(" ", URLEncoder.encode(" ", StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded))
            .build();
    }
}
