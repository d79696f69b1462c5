package co.factusapi.adapter.in.web.security;

import co.factusapi.adapter.in.web.error.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from the security filters, which run before Spring MVC and its exception handler. */
public class ProblemResponseWriter {
    private final JacksonJsonHttpMessageConverter converter;

    public ProblemResponseWriter(JsonMapper jsonMapper) {
        // Built from a builder so the converter adds the mix-in that puts correlation_id at the top level.
        this.converter = new JacksonJsonHttpMessageConverter(jsonMapper.rebuild());
    }

    public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        converter.write(Problems.of(status, Problems.codeFor(status), detail), MediaType.APPLICATION_PROBLEM_JSON,
                new ServletServerHttpResponse(response));
    }
}
