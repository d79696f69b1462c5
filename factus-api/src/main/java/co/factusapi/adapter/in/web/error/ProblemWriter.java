package co.factusapi.adapter.in.web.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of problem+json where no controller can return a body: servlet filters, Spring Security's entry
 * point and access-denied handler, the CORS processor, the error controller and Tomcat's error valve. The body is
 * built by {@link Problems} and serialised like the controller advice's, so a problem looks the same wherever it
 * comes from.
 */
public final class ProblemWriter {
    private final JacksonJsonHttpMessageConverter converter;

    public ProblemWriter(JsonMapper jsonMapper) {
        // Built from a builder so the converter adds the mix-in that puts correlation_id at the top level.
        this.converter = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild());
    }

    /** A problem for a bare status (401 from the entry point, 429 from a limit, ...). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        write(request, response, Problems.ofStatus(status, detail));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Problems.at(problem, request);
        response.setStatus(problem.getStatus());
        converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }
}
