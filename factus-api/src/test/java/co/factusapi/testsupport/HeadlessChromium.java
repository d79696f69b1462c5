package co.factusapi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium ({@code apt-get install chromium chromium-driver}), headless, driven by Selenium through the
 * system chromedriver. Both paths are named, so Selenium Manager never looks for (or downloads) a browser or driver;
 * the profile is fresh and Chromium is told not to reach the network by itself. Without the browser the tests are
 * skipped, unless FACTUS_TEST_REQUIRE_BROWSER=true (CI, {@code .ci/run}), where they fail.
 */
public final class HeadlessChromium implements AutoCloseable {
    public static final Path BROWSER = Path.of(env("FACTUS_TEST_CHROMIUM", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(env("FACTUS_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A new browser with a Spanish-speaking user (Accept-Language es-CO) and a laptop-sized window. */
    public static HeadlessChromium start() {
        try {
            Path profile = Files.createTempDirectory("factus-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                    "--lang=es-CO");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-CO,es",
                    "download.default_directory", profile.resolve("downloads").toString()));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(profile, driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    public static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Skips the calling test, with the reason, when the browser is missing; fails it instead on CI. */
    public static void requireInstalled() {
        if (installed()) {
            return;
        }
        String missing = "Chromium (" + BROWSER + ") and chromedriver (" + DRIVER + ") are needed for the browser tests: "
                + "apt-get install chromium chromium-driver";
        if (Boolean.parseBoolean(System.getenv("FACTUS_TEST_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(missing + " (FACTUS_TEST_REQUIRE_BROWSER=true)");
        }
        Assumptions.abort(missing + "; set FACTUS_TEST_REQUIRE_BROWSER=true to fail instead of skipping");
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
