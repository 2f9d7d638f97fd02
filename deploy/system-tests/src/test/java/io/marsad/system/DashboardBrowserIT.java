package io.marsad.system;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real browser (Debian's Chromium through Playwright) against the packaged
 * dashboard and the real Keycloak: sign in on Keycloak's own login page, see the signed-in page,
 * sign out and find the pages closed. Screenshots go to target/screenshots.
 */
class DashboardBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ManagedProcess dashboard;
    static String dashboardUrl;
    static SystemChromium chromium;

    @BeforeAll
    static void start() {
        String realm = TestServers.keycloak() + "/realms/marsad";
        Path root = Path.of(System.getProperty("marsad.root", "../.."));
        int port = Ports.freeLoopbackPort();
        dashboardUrl = "http://127.0.0.1:" + port;
        dashboard = PackagedService.start("dashboard", root.resolve("services/dashboard/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_OIDC_AUTH_SERVER_URL", realm), port, Path.of("target", "system-it", "dashboard"));
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void signInOnKeycloaksPageThenSignOutAndThePagesAreClosed() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/");
            assertTrue(page.url().contains("/realms/marsad/protocol/openid-connect/auth"), "Keycloak's login page, not " + page.url());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));

            page.fill("#username", "analyst");
            page.fill("#password", "analyst");
            page.click("#kc-login");
            page.waitForURL(dashboardUrl + "/");
            assertEquals("analyst", page.textContent("#user").strip(), "the signed-in user");
            assertTrue(page.textContent("body").contains("Amal Analyst"), "the user's full name from the ID token");
            assertTrue(page.textContent("#roles").contains("analyst"), "the user's roles, from the access token: " + page.textContent("#roles"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-in.png")));

            page.navigate(dashboardUrl + "/logout");
            page.waitForURL(url -> url.contains("/realms/marsad/protocol/openid-connect/auth"));
            page.navigate(dashboardUrl + "/");
            assertTrue(page.url().contains("/realms/marsad/protocol/openid-connect/auth"),
                "after signing out, the dashboard sends the browser to log in again: " + page.url());
            assertTrue(page.isVisible("#kc-form-login"), "Keycloak's login form");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-out.png")));
        }
    }
}
