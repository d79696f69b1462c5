package co.factusapi.adapter.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised in a filter (the rate limit, the acting tenant, idempotency: each reads the database) reach the error
 * controller: a database that is away is a 503 with Retry-After there too, anything else a 500 without details.
 */
class ProblemErrorControllerTest {
    private final ProblemErrorController controller = new ProblemErrorController(
            new ProblemWriter(JsonMapper.builder().build()));

    @Test
    void aFilterThatLostTheDatabaseAnswers503WithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("wrapped",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")));
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("urn:factus-api:problem:storage-unavailable")
                .doesNotContain("JDBC");
    }

    @Test
    void anyOtherFailureStaysAnInternalErrorWithoutDetails() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug with a secret"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.error(request, response);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("internal-error").doesNotContain("secret");
    }
}
