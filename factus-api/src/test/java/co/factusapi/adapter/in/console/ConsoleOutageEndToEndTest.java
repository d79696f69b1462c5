package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.ConsoleClient;
import co.factusapi.testsupport.EndToEndTest;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The console while what it stands on is away: the provider unavailable is a 503 page in the console's layout, the
 * database gone (its pool closed, as when every connection is refused) a 503 page saying so, in Spanish or English,
 * never a 500 nor the API's problem+json. Its own context: the database does not come back.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOutageEndToEndTest extends EndToEndTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    private DataSource dataSource;

    @Test
    @Order(1)
    void theProviderUnavailableIsA503PageWithRetryAfter() {
        ConsoleClient console = signedIn();
        emulator.fault("GET /v1/numbering-ranges", "\"type\":\"status\",\"status\":503");

        HttpResponse<String> ranges = console.get("/console/numbering-ranges");

        assertThat(ranges.statusCode()).isEqualTo(503);
        assertThat(ranges.headers().firstValue("Retry-After")).isPresent();
        assertThat(ranges.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(ranges.body()).contains("El proveedor de facturación no está disponible", "id=\"error-hint\"",
                "href=\"#content\"");
    }

    @Test
    @Order(2)
    void theDatabaseAwayIsA503PageInTheConsoleNeverA500() throws SQLException {
        ConsoleClient console = signedIn();
        ConsoleClient english = signedIn();
        assertThat(english.get("/console?lang=en").statusCode()).isEqualTo(200);

        dataSource.unwrap(HikariDataSource.class).close();

        for (String page : new String[] {"/console", "/console/documents", "/console/api-keys"}) {
            HttpResponse<String> away = console.get(page);
            assertThat(away.statusCode()).as(page).isEqualTo(503);
            assertThat(away.headers().firstValue("Retry-After")).as(page).contains("5");
            assertThat(away.headers().firstValue("Content-Type").orElseThrow()).as(page).startsWith("text/html")
                    .doesNotStartWith(PROBLEM_JSON);
            assertThat(away.body()).as(page).contains("La base de datos no está disponible")
                    .doesNotContainIgnoringCase("hikari").doesNotContainIgnoringCase("exception");
        }
        assertThat(english.get("/console").body()).contains("The database is unavailable");
    }

    private ConsoleClient signedIn() {
        ConsoleClient console = new ConsoleClient(port);
        assertThat(console.signIn("admin", ApiClient.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(console.get("/console").statusCode()).isEqualTo(200);
        return console;
    }
}
