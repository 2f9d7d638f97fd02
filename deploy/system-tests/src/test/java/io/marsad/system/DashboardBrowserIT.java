package io.marsad.system;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import io.marsad.browser.SystemChromium;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import io.marsad.local.process.ManagedProcess;
import io.marsad.local.process.Ports;
import io.marsad.local.testing.PackagedService;
import io.marsad.local.testing.Tokens;
import io.marsad.support.elasticsearch.ArticleDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real browser (Debian's Chromium through Playwright) against the packaged
 * dashboard, search and alerting on the real Keycloak: sign in on Keycloak's own login page, write
 * a monitor whose query has a syntax error and see it underlined, fix it and save it; open a
 * monitor's page and narrow it by a facet and a timeline bar; backtest a subscription, subscribe,
 * and see the alert of a newly handed-off article arrive without reloading; switch the interface
 * to Arabic (right to left) and back; sign out and find the pages closed; and every page passes
 * axe-core's WCAG 2.1 A/AA rules without a serious or critical violation, in both languages. Assertions are on what the browser rendered; screenshots go to
 * target/screenshots; the pages' strict Content-Security-Policy must hold (no violation reported).
 */
class DashboardBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static SearchAndAlerting platform;
    static ManagedProcess enrichment;
    static ManagedProcess crawler;
    static LocalNewsSite newsSite;
    static ManagedProcess dashboard;
    static ArticleDocument putinInMoscow;
    static String dashboardUrl;
    static SystemChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        platform = SearchAndAlerting.start("dashboard", Map.of());
        Path root = Path.of(System.getProperty("marsad.root", "../.."));
        int enrichmentPort = Ports.freeLoopbackPort();
        enrichment = PackagedService.start("enrichment", root.resolve("services/enrichment/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(enrichmentPort),
            "QUARKUS_DATASOURCE_JDBC_URL", io.marsad.local.testing.TestServers.postgresDatabase("enrichment_dashboard"),
            "QUARKUS_OIDC_AUTH_SERVER_URL", platform.realm,
            "MARSAD_ELASTICSEARCH_HOSTS", platform.elasticsearch.toString(),
            "MARSAD_SERVICES_ALERTING_URL", platform.alertingUrl), enrichmentPort, Path.of("target", "system-it", "dashboard"));
        newsSite = new LocalNewsSite(5);
        int crawlerPort = Ports.freeLoopbackPort();
        crawler = PackagedService.start("crawler", root.resolve("services/crawler/target/quarkus-app/quarkus-run.jar"), Map.ofEntries(
            Map.entry("QUARKUS_HTTP_PORT", Integer.toString(crawlerPort)),
            Map.entry("QUARKUS_DATASOURCE_JDBC_URL", io.marsad.local.testing.TestServers.postgresDatabase("crawler_dashboard")),
            Map.entry("QUARKUS_OIDC_AUTH_SERVER_URL", platform.realm),
            Map.entry("MARSAD_SERVICES_ENRICHMENT_URL", "http://127.0.0.1:" + enrichmentPort),
            // the local news site only: the address guard keeps refusing every other private address
            Map.entry("MARSAD_CRAWLER_ALLOWED_HOSTS", "127.0.0.1"),
            Map.entry("MARSAD_CRAWLER_START_DELAY", "1s"), Map.entry("MARSAD_CRAWLER_LISTINGS_EVERY", "1s"),
            Map.entry("MARSAD_CRAWLER_PAGES_EVERY", "1s"), Map.entry("MARSAD_CRAWLER_HANDOFF_EVERY", "1s"),
            // a page every 3 s from the one host: the round lasts long enough to be watched
            Map.entry("MARSAD_CRAWLER_MIN_DELAY", "3s")), crawlerPort, Path.of("target", "system-it", "dashboard"));
        int port = Ports.freeLoopbackPort();
        dashboardUrl = "http://127.0.0.1:" + port;
        dashboard = PackagedService.start("dashboard", root.resolve("services/dashboard/target/quarkus-app/quarkus-run.jar"), Map.of(
            "QUARKUS_HTTP_PORT", Integer.toString(port),
            "QUARKUS_OIDC_AUTH_SERVER_URL", platform.realm,
            "MARSAD_SERVICES_SEARCH_URL", platform.searchUrl,
            "MARSAD_SERVICES_ALERTING_URL", platform.alertingUrl,
            "MARSAD_SERVICES_ENRICHMENT_URL", "http://127.0.0.1:" + enrichmentPort,
            "MARSAD_SERVICES_CRAWLER_URL", "http://127.0.0.1:" + crawlerPort), port, Path.of("target", "system-it", "dashboard"));
        chromium = SystemChromium.launch();
        Instant now = Instant.now();
        platform.index(List.of(
            SearchAndAlerting.article("s-dry-port", "ar", "ميناء خورغوس الجاف يتوسع", "توسع ميناء خورغوس الجاف على الحدود.", now.minus(Duration.ofHours(49))),
            SearchAndAlerting.article("s-dry-port", "ar", "ميناء خورغوس الجاف يتوسع", "توسع ميناء خورغوس الجاف على الحدود مع الصين.",
                now.minus(Duration.ofHours(48))),
            SearchAndAlerting.article("s-rail", "ar", "قطار جديد إلى خورغوس", "وصل أول قطار شحن جديد إلى خورغوس.", now.minus(Duration.ofHours(26))),
            SearchAndAlerting.article("s-freight", "en", "Khorgos gateway sees record freight", "Freight through Khorgos hit a record.",
                now.minus(Duration.ofHours(25))),
            SearchAndAlerting.article("s-border", "en", "Khorgos border crossing reopens", "The Khorgos crossing reopened on Monday.",
                now.minus(Duration.ofHours(1)))));
        // six articles on Aktau within the last minute, none before: today is a spike
        List<ArticleDocument> surge = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            surge.add(SearchAndAlerting.article("s-aktau-" + i, "en", "Aktau port story " + i, "News from the port of Aktau.",
                now.minus(Duration.ofSeconds(5L * i + 1))));
        }
        platform.index(surge);
        // two articles naming Putin and Moscow, as enrichment would have indexed them
        putinInMoscow = named(SearchAndAlerting.article("s-putin-ar", "ar", "بوتين يستقبل ضيفه في موسكو",
            "استقبل الرئيس فلاديمير بوتين ضيفه في موسكو أمس.\n\nوقال بوتين إن المحادثات كانت مفيدة.", now.minus(Duration.ofHours(3))));
        platform.index(List.of(putinInMoscow, named(SearchAndAlerting.article("s-putin-en", "en", "Putin speaks in Moscow",
            "Vladimir Putin spoke in Moscow on Tuesday.", now.minus(Duration.ofHours(30))))));
    }

    private static ArticleDocument named(ArticleDocument article) {
        return article.toBuilder().entities(List.of("person:vladimir-putin", "place:moscow")).persons(List.of("Vladimir Putin"))
            .locations(List.of("Moscow")).build();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (crawler != null) {
            crawler.close();
        }
        if (newsSite != null) {
            newsSite.close();
        }
        if (enrichment != null) {
            enrichment.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void signInOnKeycloaksPageThenSignOutAndThePagesAreClosed() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/");
            assertTrue(page.url().contains("/realms/marsad/protocol/openid-connect/auth"), "Keycloak's login page, not " + page.url());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));

            signIn(page, Tokens.ANALYST);
            assertEquals("analyst", page.textContent("#user").strip(), "the signed-in user");
            assertTrue(page.textContent("body").contains("Amal Analyst"), "the user's full name from the ID token");
            assertTrue(page.textContent("#roles").contains("analyst"), "the user's roles, from the access token: " + page.textContent("#roles"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-in.png")));

            // the interface in Arabic, laid out right to left, and back
            page.click("#language-switch");
            page.waitForSelector("html[lang=ar]");
            assertEquals("rtl", page.evaluate("() => getComputedStyle(document.body).direction"));
            assertEquals("المراصد", page.textContent("#nav-monitors").strip());
            assertEquals("تسجيل الخروج", page.textContent("#sign-out").strip());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-in-arabic.png")));
            page.click("#language-switch");
            page.waitForSelector("html[lang=en]");
            assertEquals("ltr", page.evaluate("() => getComputedStyle(document.body).direction"));

            page.click("#sign-out");
            page.waitForURL(url -> url.contains("/realms/marsad/protocol/openid-connect/auth"));
            page.navigate(dashboardUrl + "/monitors");
            assertTrue(page.url().contains("/realms/marsad/protocol/openid-connect/auth"),
                "after signing out, the dashboard sends the browser to log in again: " + page.url());
            assertTrue(page.isVisible("#kc-form-login"), "Keycloak's login form");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-out.png")));
        }
    }

    @Test
    void aMonitorWithASyntaxErrorIsUnderlinedFixedAndSaved() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage((ConsoleMessage message) -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });
            page.navigate(dashboardUrl + "/monitors");
            signIn(page, Tokens.ANALYST);
            assertTrue(page.url().endsWith("/monitors"), "back on the page asked for: " + page.url());

            String name = "بوتين وكيم " + UUID.randomUUID().toString().substring(0, 6);
            page.fill("#name", name);
            page.locator("#query").pressSequentially("(بوتين OR putin");
            page.waitForSelector("#syntax-error");
            assertTrue(page.textContent("#query-syntax").contains("no matching ')'"), page.textContent("#query-syntax"));
            String decoration = (String) page.evalOnSelector("#syntax-error", "e => getComputedStyle(e).textDecorationLine");
            assertTrue(decoration.contains("underline"), "the offending place is underlined: " + decoration);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-syntax-error.png")));

            page.locator("#query").pressSequentially(") AND kim");
            page.waitForSelector("#query-ok");
            assertEquals(0, page.locator("#syntax-error").count(), "the error is gone once the query is fixed");

            page.click("button[type=submit]");
            page.waitForURL(dashboardUrl + "/monitors");
            var saved = page.locator("#monitors li", new Page.LocatorOptions().setHasText(name));
            assertEquals(1, saved.count(), "the new monitor is listed");
            assertEquals("(بوتين OR putin) AND kim", saved.locator("code.query").textContent());
            assertEquals("rtl", saved.locator(".name").evaluate("e => getComputedStyle(e).direction"), "an Arabic name reads right to left");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-saved.png")));

            // edited: the query checked again as it is typed; then deleted
            saved.locator("a").first().click();
            page.click("#edit-monitor");
            page.waitForSelector("#query-ok");
            page.fill("#query", "");
            page.locator("#query").pressSequentially("(بوتين OR putin) AND (kim OR كيم");
            page.waitForSelector("#syntax-error");
            page.locator("#query").pressSequentially(")");
            page.waitForSelector("#query-ok");
            page.click("#save-monitor");
            page.waitForSelector("#monitor-query");
            assertEquals("(بوتين OR putin) AND (kim OR كيم)", page.textContent("#monitor-query").strip());
            page.click("#edit-monitor");
            page.click("#delete-monitor");
            page.waitForURL(dashboardUrl + "/monitors");
            assertEquals(0, page.locator("#monitors li", new Page.LocatorOptions().setHasText(name)).count(), "deleted");
            assertTrue(violations.isEmpty(), "no Content-Security-Policy violation: " + violations);
        }
    }

    @Test
    void aMonitorsPageShowsItsStoriesTimelineAndFacetsAndNarrowsByThem() throws Exception {
        String analyst = Tokens.userToken(platform.realm, Tokens.ANALYST);
        int monitor = io.restassured.RestAssured.given().auth().oauth2(analyst).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("name", "Khorgos", "query", "khorgos OR خورغوس")).post(platform.searchUrl + "/api/monitors")
            .then().statusCode(201).extract().path("id");
        int surging = io.restassured.RestAssured.given().auth().oauth2(analyst).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("name", "Aktau", "query", "aktau")).post(platform.searchUrl + "/api/monitors")
            .then().statusCode(201).extract().path("id");
        try (BrowserContext context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setTimezoneId(SteadyDay.ZONE.getId()))) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/monitors/" + monitor);
            signIn(page, Tokens.ANALYST);
            page.waitForSelector("#hits");
            assertEquals("5 articles in 4 stories", page.textContent("#totals").strip());
            assertEquals(4, page.locator("#hits li.hit").count(), "one result per story");
            var arabic = page.locator("#hits li.hit[lang=ar]").first();
            assertEquals("rtl", arabic.evaluate("e => getComputedStyle(e).direction"), "an Arabic result reads right to left");
            assertTrue(page.locator("#hits li.hit mark").count() > 0, "the matched words are marked");
            var port = page.locator("#hits li.hit", new Page.LocatorOptions().setHasText("ميناء خورغوس"));
            assertTrue(port.textContent().contains("1 other sources"), "the syndicated story says it has another source: " + port.textContent());
            assertTrue(page.locator("#timeline rect.bar").count() >= 3, "a bar per day of the timeline");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-view.png")).setFullPage(true));

            // a result opens its article: the clean text in its direction, and the story's sources in the order they published
            port.locator("h3 a").click();
            page.waitForSelector("#article");
            assertEquals("rtl", page.locator("#article").evaluate("e => getComputedStyle(e).direction"));
            assertEquals("ميناء خورغوس الجاف يتوسع", page.textContent("#article-title").strip());
            assertEquals(2, page.locator("#story li").count(), "the story's two sources");
            assertEquals(1, page.locator("#story li[aria-current=page]").count(), "the article shown is marked in its story");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article.png")).setFullPage(true));

            page.navigate(dashboardUrl + "/monitors");
            var khorgos = page.locator("#monitor-" + monitor);
            assertEquals(1, khorgos.locator("svg.sparkline polyline").count(), "a sparkline of the daily volume");
            assertEquals(0, khorgos.locator(".spike-badge").count(), "no spike: two, two and one articles a day");
            var aktau = page.locator("#monitor-" + surging);
            assertTrue(aktau.locator(".spike-badge").isVisible(), "six articles today against none before: a spike");
            assertTrue(aktau.locator(".spike-badge").getAttribute("title").startsWith("6 articles today"),
                aktau.locator(".spike-badge").getAttribute("title"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitors-sparklines.png")));
            page.navigate(dashboardUrl + "/monitors/" + monitor);

            // share of voice against another of the user's monitors: 5 articles on Khorgos, 6 on Aktau
            page.waitForSelector("#share-form");
            assertEquals(0, page.locator("#share-bar").count(), "nothing compared yet");
            page.locator("#share-form label", new Page.LocatorOptions().setHasText("Aktau")).locator("input").check();
            page.waitForSelector("#share-bar");
            assertEquals(2, page.locator("#share-bar rect").count(), "a part per monitor");
            assertEquals("45.5%", page.locator("#share-legend li[data-monitor='" + monitor + "'] .percent").textContent());
            assertEquals("54.5%", page.locator("#share-legend li[data-monitor='" + surging + "'] .percent").textContent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-share-of-voice.png")).setFullPage(true));

            page.click("#facet-languages a:has-text('en')");
            page.waitForURL(url -> url.contains("lang=en"));
            assertEquals(2, page.locator("#hits li.hit").count(), "narrowed to the English stories");
            assertTrue(page.isVisible("#narrowing"));
            var download = page.waitForDownload(() -> page.click("#export-csv"));
            String csv = java.nio.file.Files.readString(download.path());
            assertEquals(3, csv.strip().lines().count(), "a header and the two English articles, as narrowed: " + csv);
            assertTrue(csv.contains("Khorgos border crossing reopens") && !csv.contains("خورغوس"), csv);
            page.click("#show-all");
            page.waitForURL(dashboardUrl + "/monitors/" + monitor);
            assertEquals(4, page.locator("#hits li.hit").count());

            int highest = 0;
            var bars = page.locator("#timeline rect.bar");
            for (int i = 0; i < bars.count(); i++) {
                if (Double.parseDouble(bars.nth(i).getAttribute("height")) > Double.parseDouble(bars.nth(highest).getAttribute("height"))) {
                    highest = i;
                }
            }
            page.locator("#timeline a.bar-link").nth(highest).click();
            page.waitForURL(url -> url.contains("from="));
            assertTrue(page.locator("#hits li.hit").count() < 4, "a bar narrows to its day");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("monitor-view-day.png")).setFullPage(true));
        }
    }

    @Test
    void anArticlesNamesLeadToTheirEntitysPageWithItsNamesInEveryScriptItsVolumeAndWhoIsNamedWithIt() {
        // a reader in Riyadh: the pages show times in the browser's zone
        try (BrowserContext context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setTimezoneId("Asia/Riyadh"))) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/articles/" + putinInMoscow.id());
            signIn(page, Tokens.ANALYST);
            page.waitForSelector("#article");
            page.waitForSelector("html[data-zone='Asia/Riyadh']");
            String riyadhTime = java.time.format.DateTimeFormatter.ofPattern("h:mm").withZone(java.time.ZoneId.of("Asia/Riyadh"))
                .format(putinInMoscow.publishedAt());
            assertTrue(page.textContent("#article .meta").contains(riyadhTime + "\u202fAM GMT+03:00")
                || page.textContent("#article .meta").contains(riyadhTime + "\u202fPM GMT+03:00")
                || page.textContent("#article .meta").contains(riyadhTime + " AM GMT+03:00")
                || page.textContent("#article .meta").contains(riyadhTime + " PM GMT+03:00"), "published at, in Riyadh: " + page.textContent("#article .meta"));
            var putin = page.locator("#article a.entity", new Page.LocatorOptions().setHasText("بوتين"));
            assertEquals(2, putin.count(), "both mentions of Putin are marked, as written: " + page.innerHTML("#article"));
            assertEquals("/entities/person:vladimir-putin", putin.first().getAttribute("href"));
            assertEquals("موسكو", page.locator("#article a.entity[href='/entities/place:moscow']").textContent());
            // Arabic text in the fonts the dashboard serves: Naskh for the article, the interface's Noto Sans for the rest
            page.evaluate("() => document.fonts.ready");
            assertEquals("\"Noto Naskh Arabic\"", page.evaluate("() => getComputedStyle(document.querySelector('#article .paragraph')).fontFamily.split(',')[0]"));
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) page.evaluate("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)");
            assertTrue(loaded.stream().anyMatch(family -> family.contains("Noto Naskh Arabic")), "the served Naskh font was loaded: " + loaded);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("article-entities.png")).setFullPage(true));

            putin.first().click();
            page.waitForSelector("#names");
            assertEquals("Vladimir Putin", page.textContent("#entity-name").strip());
            var russian = page.locator("#names tr", new Page.LocatorOptions().setHasText("Владимир Путин"));
            assertEquals(1, russian.count(), "the Russian name");
            var arabic = page.locator("#names td.entity-name[lang=ar]");
            assertEquals("فلاديمير بوتين", arabic.textContent().strip());
            assertEquals("rtl", arabic.evaluate("e => getComputedStyle(e).direction"), "the Arabic name reads right to left");
            assertEquals("2 articles in 2 stories", page.textContent("#totals").strip());
            assertEquals(2, page.locator("#latest li").count());
            assertTrue(page.locator("#timeline rect.bar").count() >= 12, "the volume over the last 90 days, a bar a day, empty days included");
            assertEquals(2.0, ((Number) page.evaluate("() => Array.from(document.querySelectorAll('#timeline a.bar-link'))"
                + ".map(a => parseInt(a.getAttribute('aria-label').match(/: (\\d+)$/)[1])).reduce((x, y) => x + y, 0)")).doubleValue(),
                "the bars count the two articles");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("entity.png")).setFullPage(true));

            page.click(".facets a:has-text('Moscow')");
            page.waitForURL(url -> url.endsWith("/entities/place:moscow"));
            assertEquals("Moscow", page.textContent("#entity-name").strip());
            assertTrue(page.textContent("#names").contains("Москва"));

            page.click("#monitor-entity");
            page.waitForURL(url -> url.contains("/monitors?"));
            assertEquals("entity:\"place:moscow\"", page.inputValue("#query"), "the form is filled in to monitor the entity");
            assertEquals("Moscow", page.inputValue("#name"));

            page.navigate(dashboardUrl + "/entities");
            page.fill("#entity-q", "Путин");
            page.click("form[role=search] button");
            page.waitForSelector("#found li");
            assertEquals("/entities/person:vladimir-putin", page.locator("#found li a").first().getAttribute("href"), "found by its Russian name");
        }
    }

    @Test
    void anAdminAddsASourceFoundFromItsHomepageAndWatchesItsFirstRoundThenImportsOpml() throws Exception {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/sources");
            signIn(page, Tokens.ADMIN);
            page.waitForSelector("#source-form");
            page.fill("#discover-homepage", newsSite.url("/"));
            page.click("#discover-button");
            page.waitForSelector("#discovered");
            assertEquals(LocalNewsSite.NAME, page.inputValue("#source-name"), "the site's own name");
            assertEquals("fr", page.inputValue("#source-language"), "the language the homepage declares");
            assertEquals(newsSite.url("/rss.xml"), page.inputValue("#source-feeds").strip(), "the feed its homepage names");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sources-discovered.png")).setFullPage(true));

            page.click("#add-source-button");
            page.waitForURL(dashboardUrl + "/sources");
            var row = page.locator("#sources tr", new Page.LocatorOptions().setHasText(LocalNewsSite.NAME));
            assertEquals(1, row.count(), "the new source is listed");
            // the page refreshes its list while the round runs: a page every 3 s, five pages
            page.waitForSelector("#sources tr:has-text('" + LocalNewsSite.NAME + "') progress", new Page.WaitForSelectorOptions().setTimeout(30_000));
            assertEquals("5", row.locator("progress").getAttribute("max"), "the round found the feed's five articles");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sources-round.png")).setFullPage(true));
            page.waitForFunction("name => [...document.querySelectorAll('#sources tr')].some(tr => tr.textContent.includes(name)"
                + " && tr.querySelector('td.articles').textContent.trim() === '5')", LocalNewsSite.NAME, new Page.WaitForFunctionOptions().setTimeout(60_000));
            assertEquals(0, row.locator("progress").count(), "the round is over");
            assertTrue(row.locator("td.health").textContent().contains("healthy"), row.locator("td.health").textContent());
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sources-crawled.png")).setFullPage(true));

            // OPML from a feed reader: one more feed of the same site
            Path opml = java.nio.file.Files.createTempFile("feeds", ".opml");
            java.nio.file.Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline type=\"rss\" text=\"Second feed\" "
                + "xmlUrl=\"" + newsSite.url("/second.xml") + "\" htmlUrl=\"" + newsSite.url("/second/") + "\"/></body></opml>");
            page.setInputFiles("#opml-file", opml);
            page.click("#import-button");
            page.waitForSelector("#import-result");
            assertEquals("Imported: 1 added, 0 updated, 0 refused.", page.textContent("#import-result").strip());
            var second = page.locator("#sources tr", new Page.LocatorOptions().setHasText("Second feed"));
            assertEquals(1, second.count());
            second.locator("button.toggle").click();
            page.waitForURL(dashboardUrl + "/sources");
            assertTrue(page.locator("#sources tr", new Page.LocatorOptions().setHasText("Second feed")).getAttribute("class").contains("disabled"));
            page.locator("#sources tr", new Page.LocatorOptions().setHasText("Second feed")).locator("button.delete").click();
            page.waitForURL(dashboardUrl + "/sources");
            assertEquals(0, page.locator("#sources tr", new Page.LocatorOptions().setHasText("Second feed")).count(), "removed");
        }
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/sources");
            signIn(page, Tokens.ANALYST);
            assertEquals("This page is for administrators.", page.textContent("#forbidden").strip());
            assertEquals(0, page.locator("#nav-sources").count(), "analysts do not see the sources page in the menu");
        }
    }

    @Test
    void subscribeAfterABacktestThenTheAlertArrivesWithoutReloading() throws Exception {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });
            page.navigate(dashboardUrl + "/subscriptions");
            signIn(page, Tokens.ANALYST);
            page.fill("#name", "Khorgos as it happens");
            page.fill("#query", "khorgos OR خورغوس");
            page.click("#preview-button");
            page.waitForSelector("#backtest-summary");
            assertTrue(page.textContent("#backtest-summary").startsWith("4 alerts in the last 7 days"), page.textContent("#backtest-summary"));
            assertEquals(7, page.locator("#backtest-chart rect.bar").count(), "a bar per day");
            assertEquals(4, page.locator("#backtest-sample li").count(), "the newest alerts it would have sent");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("subscription-backtest.png")).setFullPage(true));
            page.click("#subscribe-button");
            page.waitForURL(dashboardUrl + "/subscriptions");
            assertEquals(1, page.locator("#subscriptions li", new Page.LocatorOptions().setHasText("Khorgos as it happens")).count());

            page.navigate(dashboardUrl + "/alerts");
            page.waitForSelector("#alert-list");
            assertEquals(0, page.locator("#alerts li.alert").count(), "nothing has matched since subscribing");
            page.waitForTimeout(500); // the live stream has said its first word
            platform.handOff(List.of(SearchAndAlerting.article("s-live", "ar", "افتتاح معبر خورغوس الجديد", "افتتح معبر خورغوس الجديد صباح اليوم.",
                Instant.now())));
            String analyst = Tokens.userToken(platform.realm, Tokens.ANALYST);
            io.marsad.local.testing.Eventually.waitFor(() -> io.restassured.RestAssured.given().auth().oauth2(analyst)
                    .get(platform.alertingUrl + "/api/alerts/unread-count").then().extract().<Integer>path("unread") == 1,
                Duration.ofSeconds(30), "alerting to raise the alert");
            page.waitForFunction("() => document.getElementById('unread-badge').textContent === '1'", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
            page.waitForSelector("#alerts li.alert.unread");
            var alert = page.locator("#alerts li.alert").first();
            assertTrue(alert.locator("h3 mark").textContent().contains("خورغوس"), "the alert says why: " + alert.innerHTML());
            assertEquals("rtl", alert.locator("h3").evaluate("e => getComputedStyle(e).direction"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("alert-arrived.png")).setFullPage(true));

            alert.locator("button[type=submit]").click();
            page.waitForSelector("#alerts li.alert:not(.unread)");
            page.waitForFunction("() => document.getElementById('unread-badge').hidden", null, new Page.WaitForFunctionOptions().setTimeout(30_000));

            // every setting can be changed afterwards: a daily digest at 7 in Riyadh, by e-mail too; then muted
            page.navigate(dashboardUrl + "/subscriptions");
            page.locator("#subscriptions li", new Page.LocatorOptions().setHasText("Khorgos as it happens")).locator("a.name").click();
            page.waitForSelector("#save-button");
            assertEquals("khorgos OR خورغوس", page.inputValue("#query"));
            page.check("#mode-digest");
            page.selectOption("#digest-period", "daily");
            page.fill("#digest-hour", "7");
            page.fill("#time-zone", "Asia/Riyadh");
            page.fill("#emails", "amal@example.org");
            page.click("#save-button");
            page.waitForURL(dashboardUrl + "/subscriptions");
            var edited = page.locator("#subscriptions li", new Page.LocatorOptions().setHasText("Khorgos as it happens"));
            assertTrue(edited.locator(".settings").textContent().contains("in a digest (daily)"), edited.locator(".settings").textContent());
            String id = edited.getAttribute("id").substring("subscription-".length());
            io.restassured.RestAssured.given().auth().oauth2(analyst).get(platform.alertingUrl + "/api/subscriptions/" + id).then().statusCode(200)
                .body("digest.hour", org.hamcrest.Matchers.equalTo(7)).body("timeZone", org.hamcrest.Matchers.equalTo("Asia/Riyadh"))
                .body("channels.emails", org.hamcrest.Matchers.equalTo(List.of("amal@example.org")))
                .body("channels.inApp", org.hamcrest.Matchers.equalTo(true));
            edited.locator("button.mute").click();
            page.waitForURL(dashboardUrl + "/subscriptions");
            assertTrue(page.locator("#subscription-" + id).getAttribute("class").contains("muted"), "muted");
            io.restassured.RestAssured.given().auth().oauth2(analyst).get(platform.alertingUrl + "/api/subscriptions/" + id).then()
                .body("active", org.hamcrest.Matchers.equalTo(false)).body("digest.hour", org.hamcrest.Matchers.equalTo(7));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("subscription-edited-muted.png")).setFullPage(true));

            page.locator("#subscriptions li", new Page.LocatorOptions().setHasText("Khorgos as it happens")).locator("button.unsubscribe").click();
            page.waitForURL(dashboardUrl + "/subscriptions");
            assertEquals(0, page.locator("li", new Page.LocatorOptions().setHasText("Khorgos as it happens")).count(), "unsubscribed");
            assertTrue(violations.isEmpty(), "no Content-Security-Policy violation: " + violations);
        }
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolationInEitherLanguage() {
        String analyst = Tokens.userToken(platform.realm, Tokens.ANALYST);
        int monitor = io.restassured.RestAssured.given().auth().oauth2(analyst).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("name", "خورغوس للتحقق", "query", "khorgos OR خورغوس")).post(platform.searchUrl + "/api/monitors")
            .then().statusCode(201).extract().path("id");
        int subscription = io.restassured.RestAssured.given().auth().oauth2(analyst).contentType(io.restassured.http.ContentType.JSON)
            .body(Map.of("name", "a11y digest", "query", "khorgos", "mode", "digest", "digest", Map.of("period", "daily", "hour", 9)))
            .post(platform.alertingUrl + "/api/subscriptions").then().statusCode(201).extract().path("id");
        List<String> serious = new ArrayList<>();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/");
            signIn(page, Tokens.ANALYST);
            for (String language : List.of("en", "ar")) {
                page.navigate(dashboardUrl + "/language/" + language + "?back=/");
                page.navigate(dashboardUrl + "/monitors/" + monitor);
                String article = page.locator("#hits li.hit h3 a").first().getAttribute("href");
                for (String path : List.of("/", "/monitors", "/monitors/" + monitor, "/monitors/" + monitor + "/edit", article,
                    "/articles/" + putinInMoscow.id(),
                    "/entities?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86", "/entities/person:vladimir-putin", "/subscriptions", "/alerts")) {
                    page.navigate(dashboardUrl + path);
                    page.waitForLoadState();
                    check(page, language + " " + path, serious);
                }
                // the subscriptions page with a drawn backtest in it, and a subscription's own page
                page.navigate(dashboardUrl + "/subscriptions");
                page.fill("#name", "a11y");
                page.fill("#query", "khorgos");
                page.click("#preview-button");
                page.waitForSelector("#backtest-summary");
                check(page, language + " /subscriptions with a backtest", serious);
                page.navigate(dashboardUrl + "/subscriptions/" + subscription);
                page.waitForSelector("#save-button");
                check(page, language + " /subscriptions/{id}", serious);
            }
        }
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(dashboardUrl + "/sources");
            signIn(page, Tokens.ADMIN);
            for (String language : List.of("en", "ar")) {
                page.navigate(dashboardUrl + "/language/" + language + "?back=/sources");
                page.waitForSelector("#source-form");
                check(page, language + " /sources", serious);
            }
        }
        assertTrue(serious.isEmpty(), "serious or critical accessibility violations: " + serious);
    }

    /** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is; serious and critical violations are kept, all are printed. */
    private static void check(Page page, String where, List<String> serious) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        for (Rule violation : results.getViolations()) {
            String found = where + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                + " at " + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
            System.out.println("axe: " + found);
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(found);
            }
        }
    }

    /** Signs in on Keycloak's login page, where the dashboard sent the browser, and waits to be back. */
    private static void signIn(Page page, String user) {
        page.waitForSelector("#kc-form-login");
        page.fill("#username", user);
        page.fill("#password", user);
        page.click("#kc-login");
        page.waitForURL(url -> url.startsWith(dashboardUrl));
    }
}
