package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.ConsoleClient;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Console sessions on PostgreSQL (V20__console_sessions.sql): kept in the database, where every instance behind the
 * load balancer finds them, and over once idle for factus-api.console.idle-timeout (shortened here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "factus-api.console.idle-timeout=3s")
class ConsoleOnPostgresEndToEndTest extends PostgresEndToEndTest {
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aSessionLivesInTheDatabaseAndEndsWhenIdle() throws InterruptedException {
        ConsoleClient console = new ConsoleClient(port);
        console.signIn("admin", ApiClient.ADMIN_PASSWORD);
        assertThat(console.get("/console").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM console_session WHERE principal_name = 'user:admin'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM console_session_attributes").query(Long.class).single()).isPositive();

        Thread.sleep(4_000);

        HttpResponse<String> idle = console.get("/console/documents");
        assertThat(idle.statusCode()).isEqualTo(302);
        assertThat(idle.headers().firstValue("Location").orElseThrow()).endsWith("/console/sign-in?expired");
    }
}
