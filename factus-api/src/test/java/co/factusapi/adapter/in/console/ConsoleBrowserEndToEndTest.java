package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import co.factusapi.testsupport.HeadlessChromium;
import co.factusapi.testsupport.InvoiceJson;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium, as the people who run invoicing use it: sign in, find an invoice issued through
 * the API, open it and its PDF, create and revoke an API key, switch language, sign out; issue a credit note from an
 * invoice; clear a DIAN rejection that blocks the account; a read-only user; CSRF; a customer name with a script in it;
 * create a user and a webhook endpoint in the settings. axe-core checks every main page (no serious or critical violation), and each
 * page is photographed under target/console-screenshots/.
 */
class ConsoleBrowserEndToEndTest extends EndToEndTest {
    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    @Autowired
    private JdbcTemplate jdbc;
    private static final String HOSTILE_NAME = "<script>alert(1)</script> Pérez";
    private static HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeAll
    static void startTheBrowser() throws IOException {
        if (HeadlessChromium.installed()) {
            chromium = HeadlessChromium.start();
            Files.createDirectories(SCREENSHOTS);
        }
    }

    @AfterAll
    static void stopTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** Each test is skipped with the reason (or fails, on CI) when the browser is missing. */
    @BeforeEach
    void useTheBrowser() {
        HeadlessChromium.requireInstalled();
        browser = chromium.driver();
    }

    @AfterEach
    void forgetTheSession() {
        if (browser == null) {
            return;
        }
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private String url(String path) {
        // localhost, not 127.0.0.1: browsers keep Secure cookies on http only for localhost.
        return "http://localhost:" + port + path;
    }

    @Test
    void anAdminFollowsAnInvoiceFromTheApiToItsPdfAndManagesKeys() throws IOException {
        String reference = "BROWSER-" + System.nanoTime();
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null)
                .replace("\"Juan Pérez\"", "\"" + HOSTILE_NAME.replace("\"", "\\\"") + "\"")).statusCode()).isEqualTo(201);

        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/sign-in");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Iniciar sesión");
        checkAndPhotograph("sign-in");
        signIn("admin", ApiClient.ADMIN_PASSWORD);

        awaitHeading("Hoy, ");
        assertThat(Integer.parseInt(browser.findElement(By.id("issued-today")).getText())).isPositive();
        checkAndPhotograph("today");

        browser.findElement(By.linkText("Documentos")).click();
        awaitHeading("Documentos");
        WebElement row = browser.findElement(By.xpath("//table[@id='documents']//tr[td/a[text()='" + reference + "']]"));
        assertThat(row.getText()).contains(HOSTILE_NAME, "Emitido", "$ 23.800,00");
        assertNoAlert();
        checkAndPhotograph("documents");

        browser.findElement(By.id("filters")).findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("search")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("reference="));
        assertThat(browser.findElements(By.cssSelector("#documents tbody tr"))).hasSize(1);
        browser.findElement(By.linkText(reference)).click();
        awaitHeading("Factura");

        assertThat(browser.findElement(By.id("document-party")).getText()).isEqualTo(HOSTILE_NAME);
        assertThat(browser.findElement(By.id("document-code")).getText()).matches("[0-9a-f]{96}");
        assertThat(browser.findElement(By.id("document-total")).getText()).isEqualTo("$ 23.800,00");
        assertThat(browser.findElement(By.id("qr-link")).getAttribute("href")).startsWith("https://");
        assertNoAlert();
        WebElement pdf = browser.findElement(By.id("pdf"));
        assertThat(pdf.getAttribute("src")).endsWith("/console/documents/invoice/" + reference + "/pdf");
        assertThat(pdfAsTheBrowserGetsIt(pdf.getAttribute("src"))).isEqualTo("200 application/pdf %PDF");
        checkAndPhotograph("document", "#pdf");
        browser.executeScript("arguments[0].scrollIntoView()", pdf);
        pauseForThePicture();
        photograph("document-pdf");

        browser.findElement(By.linkText("Rangos")).click();
        awaitHeading("Rangos de numeración");
        assertThat(browser.findElements(By.xpath("//tr[@data-prefix='SETP']"))).isNotEmpty();
        checkAndPhotograph("numbering-ranges");

        browser.findElement(By.linkText("Claves de API")).click();
        awaitHeading("Claves de API");
        browser.findElement(By.id("name")).sendKeys("pos-browser");
        browser.findElement(By.id("create")).click();
        String key = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("created-key"))).getText();
        assertThat(api.withKey(key).get("/api/v1/invoices").statusCode()).isEqualTo(200);
        checkAndPhotograph("api-keys");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("created-key"))).as("the key is shown once").isEmpty();

        browser.findElement(By.xpath("//tr[@data-key-name='pos-browser']//button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice"))).getText())
                .isEqualTo("Clave revocada.");
        assertThat(browser.findElement(By.xpath("//tr[@data-key-name='pos-browser']")).getText()).contains("Revocada");
        assertThat(api.withKey(key).get("/api/v1/invoices").statusCode()).isEqualTo(401);

        browser.findElement(By.linkText("English")).click();
        awaitHeading("API keys");
        browser.findElement(By.linkText("Today")).click();
        awaitHeading("Today, ");
        browser.findElement(By.linkText("Español")).click();
        awaitHeading("Hoy, ");

        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("signed-out"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/sign-in?signed-out");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Cerró la sesión.");
        browser.get(url("/console/documents"));
        assertThat(browser.getCurrentUrl()).contains("/console/sign-in");
    }

    @Test
    void aReadOnlyUserSeesNoActionsAndTheServerRefusesThem() {
        String username = "reader-browser-" + System.nanoTime();
        assertThat(api.asAdmin().postJson("/api/v1/users", "{\"username\":\"" + username
                + "\",\"password\":\"reader-password-123\",\"role\":\"reader\"}").statusCode()).isEqualTo(201);
        browser.get(url("/console/sign-in"));
        signIn(username, "reader-password-123");
        awaitHeading("Hoy, ");

        assertThat(browser.findElement(By.className("who")).getText()).contains("solo lectura");
        assertThat(browser.findElements(By.linkText("Claves de API"))).isEmpty();
        browser.findElement(By.linkText("Documentos")).click();
        awaitHeading("Documentos");
        assertThat(browser.findElements(By.cssSelector("main form[method='post'], main button.danger"))).isEmpty();

        String invoice = "BROWSER-READER-" + System.nanoTime();
        assertThat(issue(invoice)).isEqualTo(201);
        browser.get(url("/console/documents/invoice/" + invoice));
        awaitHeading("Factura");
        assertThat(browser.findElements(By.cssSelector("main form[method='post'], main button, #credit-note"))).isEmpty();
        assertThat(postFromThePage("/console/documents/invoice/" + invoice + "/send-email",
                "email=cliente%40example.com", true)).isEqualTo(403);
        assertThat(postFromThePage("/console/documents/invoice/" + invoice + "/credit-note",
                "mode=remaining&referenceCode=NC-READER", true)).isEqualTo(403);

        browser.get(url("/console/api-keys"));
        awaitHeading("Acceso denegado");
        assertThat(browser.findElements(By.id("create"))).isEmpty();
        // The page's own CSRF token, so only the role is in question: still refused.
        assertThat(postFromThePage("/console/api-keys", "name=sneaky", true)).isEqualTo(403);
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefusedAndAPhoneGetsTheSamePages() throws IOException {
        browser.get(url("/console/sign-in"));
        signIn("admin", ApiClient.ADMIN_PASSWORD);
        awaitHeading("Hoy, ");
        assertThat(postFromThePage("/console/api-keys", "name=no-token", false)).isEqualTo(403);
        assertThat(postFromThePage("/console/api-keys", "name=with-token", true)).isEqualTo(200);

        String reference = "BROWSER-REJECTED-" + System.nanoTime();
        emulator.rejectNext(1);
        assertThat(api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null)).statusCode())
                .isEqualTo(422);
        browser.get(url("/console/documents/invoice/" + reference));
        assertThat(browser.findElement(By.id("rules")).getText()).contains("FAK24");
        checkAndPhotograph("document-rejected");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/console"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Hoy, ");
        checkAndPhotograph("today-phone");
        browser.get(url("/console/documents"));
        checkAndPhotograph("documents-phone");
    }

    @Test
    void anAdminCreditsAnInvoiceAndClearsADianRejectionThatBlocksTheAccount() throws IOException {
        String invoice = "BROWSER-CREDIT-" + System.nanoTime();
        assertThat(issue(invoice)).isEqualTo(201);
        browser.get(url("/console/sign-in"));
        signIn("admin", ApiClient.ADMIN_PASSWORD);
        awaitHeading("Hoy, ");

        browser.get(url("/console/documents/invoice/" + invoice));
        browser.findElement(By.id("credit-note")).click();
        awaitHeading("Nota crédito para la factura");
        assertThat(browser.findElement(By.id("remaining")).getText()).isEqualTo("$ 23.800,00");
        browser.findElement(By.id("mode-lines")).click();
        new Select(browser.findElement(By.id("concept"))).selectByValue("partial_return");
        browser.findElement(By.id("quantity-0")).sendKeys("1");
        checkAndPhotograph("credit-note-form");
        // The session times out while the form is filled in: sent, it leads to sign-in and back, nothing lost.
        expireEverySession();
        browser.findElement(By.id("issue-credit-note")).click();
        awaitHeading("Iniciar sesión");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Su sesión expiró");
        signIn("admin", ApiClient.ADMIN_PASSWORD);
        awaitHeading("Nota crédito para la factura");
        assertThat(browser.findElement(By.id("draft-restored")).getText()).contains("recuperamos lo que había escrito");
        assertThat(browser.findElement(By.id("mode-lines")).isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("concept"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("partial_return");
        assertThat(browser.findElement(By.id("quantity-0")).getAttribute("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("remaining")).getText()).as("nothing credited yet").isEqualTo("$ 23.800,00");
        browser.findElement(By.id("issue-credit-note")).click();
        assertThat(awaitOutcome()).isEqualTo("Nota crédito enviada. Estado: Emitido.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Nota crédito");
        assertThat(browser.findElement(By.id("document-total")).getText()).isEqualTo("$ 11.900,00");
        checkAndPhotograph("credit-note-issued", "#pdf");

        // The provider keeps a DIAN-rejected document it could not delete, and refuses every new one until it is gone.
        String rejected = "BROWSER-BLOCKING-" + System.nanoTime();
        emulator.fault("DELETE /v1/bills/destroy/reference/{reference_code}", "\"type\":\"status\",\"status\":409,\"count\":1");
        emulator.rejectNext(1);
        assertThat(issue(rejected)).isEqualTo(422);
        assertThat(issue("BROWSER-BLOCKED-" + System.nanoTime())).as("the account is blocked").isNotIn(201, 202);

        browser.get(url("/console/documents/invoice/" + rejected));
        assertThat(browser.findElement(By.cssSelector("#rules .plain")).getText())
                .contains("dígito de verificación (DV) del NIT", "Qué corregir:");
        browser.findElement(By.id("confirmed")).click();
        checkAndPhotograph("document-rejected-explained");
        browser.findElement(By.id("delete")).click();
        assertThat(awaitOutcome()).isEqualTo("Documento eliminado en Factus. Estado: Eliminado.");
        assertThat(browser.findElement(By.id("document-status")).getText()).isEqualTo("Eliminado");
        assertThat(browser.findElements(By.id("delete"))).isEmpty();
        checkAndPhotograph("document-cleared");
        assertThat(issue("BROWSER-AFTER-" + System.nanoTime())).as("the account issues again").isEqualTo(201);
    }

    @Test
    void anAdminCreatesAUserAndAWebhookEndpointInTheSettings() throws IOException {
        browser.get(url("/console/sign-in"));
        signIn("admin", ApiClient.ADMIN_PASSWORD);
        awaitHeading("Hoy, ");
        browser.findElement(By.linkText("Ajustes")).click();
        awaitHeading("Ajustes");
        checkAndPhotograph("settings");

        String username = "browser-user-" + System.nanoTime();
        browser.findElement(By.linkText("Usuarios")).click();
        awaitHeading("Usuarios");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("browser-password-123");
        new Select(browser.findElement(By.id("role"))).selectByValue("user");
        browser.findElement(By.id("create")).click();
        assertThat(awaitOutcome()).isEqualTo("Usuario creado:");
        assertThat(browser.findElement(By.xpath("//tr[@data-username='" + username + "']")).getText())
                .contains("Usuario (emite y consulta)");
        checkAndPhotograph("users");
        assertThat(api.asUser(username, "browser-password-123").get("/api/v1/invoices").statusCode()).isEqualTo(200);

        browser.get(url("/console/webhooks"));
        awaitHeading("Webhooks");
        browser.findElement(By.id("url")).sendKeys("http://127.0.0.1:9/browser-hooks");
        browser.findElement(By.id("description")).sendKeys("ERP");
        browser.findElement(By.id("event-0")).click();
        checkAndPhotograph("webhooks");
        browser.findElement(By.id("create")).click();
        String secret = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("secret"))).getText();
        assertThat(secret).startsWith("whsec_");
        browser.findElement(By.id("send-test")).click();
        assertThat(awaitOutcome()).isEqualTo("Evento de prueba en cola.");
        assertThat(browser.findElements(By.id("secret"))).as("the secret is shown once").isEmpty();
        checkAndPhotograph("webhook-endpoint");
        assertThat(api.asAdmin().get("/api/v1/webhook-endpoints").body()).contains("http://127.0.0.1:9/browser-hooks");

        browser.get(url("/console/company"));
        awaitHeading("Perfil de la empresa");
        checkAndPhotograph("company");
        browser.get(url("/console/tenants"));
        awaitHeading("Empresas");
        checkAndPhotograph("tenants");
    }

    /** What an idle time-out does: the server forgets the sessions, the browser still holds its cookie. */
    private void expireEverySession() {
        jdbc.update("DELETE FROM console_session_attributes");
        jdbc.update("DELETE FROM console_session");
    }

    private int issue(String reference) {
        return api.postJson("/api/v1/invoices", InvoiceJson.body(reference, "1137624282", "CC", null)).statusCode();
    }

    /** The flash message an action leaves on the page it leads to. */
    private String awaitOutcome() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outcome p"))).getText();
    }

    /** Waits for the page a click leads to: its heading, not the one of the page clicked on. */
    private void awaitHeading(String start) {
        // A page being replaced may also answer "node does not belong to the document": the next poll sees the new one.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(driver -> driver.findElement(By.tagName("h1")).getText().startsWith(start));
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    /** A fetch from the page, as a script of an attacker's page could not do (SameSite=Strict) and ours does. */
    private long postFromThePage(String path, String body, boolean withToken) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                const body = arguments[1] + (arguments[2] ? '&_csrf=' + encodeURIComponent(token) : '');
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'follow',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'}}).then(r => done(r.status));
                """, path, body, withToken);
        return (Long) status;
    }

    private String pdfAsTheBrowserGetsIt(String src) {
        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                    const head = new Uint8Array(await r.arrayBuffer()).slice(0, 4);
                    done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode(...head));
                });
                """, src);
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Chromium's PDF viewer draws the page a moment after the frame loaded; only the picture waits for it. */
    private static void pauseForThePicture() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void photograph(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** axe-core on the page (WCAG 2.1 A and AA); the screenshot is taken whether or not it passes. */
    private void checkAndPhotograph(String name, String... excluded) throws IOException {
        photograph(name);
        AxeBuilder axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .disableIframeTesting();
        if (excluded.length > 0) {
            axe.exclude(List.of(excluded));
        }
        List<Rule> blocking = axe.analyze(browser).getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        assertThat(blocking).as("serious or critical accessibility violations on " + name + ": "
                + blocking.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
