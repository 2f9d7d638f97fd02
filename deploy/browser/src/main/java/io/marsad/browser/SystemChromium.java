package io.marsad.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, driven by Playwright for Java: Playwright never downloads a browser here (no
 * internet); it launches the system's, headless. `.ci/run` installs the `chromium` package when it
 * is missing; `MARSAD_CHROMIUM` names another binary.
 */
public final class SystemChromium implements AutoCloseable {

    /** The binary itself: /usr/bin/chromium is a shell wrapper Playwright cannot drive. */
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));

    public final Playwright playwright;
    public final Browser browser;

    private SystemChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static SystemChromium launch() {
        Path binary = binary();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(binary).setHeadless(true)
                // root in CI containers: Chromium's sandbox needs user namespaces it may not have
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
            return new SystemChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static Path binary() {
        String named = System.getenv("MARSAD_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
            "No Chromium for the browser tests: install Debian's chromium package (apt-get install chromium; .ci/run does) "
                + "or set MARSAD_CHROMIUM to a Chromium binary."));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
