package co.factusapi.adapter.in.web.protection;

import co.factusapi.adapter.in.web.security.ProblemResponseWriter;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A cross-origin request from an origin that is not allowed gets 403 problem+json, like every other error. */
public class ProblemCorsProcessor extends DefaultCorsProcessor {
    private final ProblemResponseWriter problems;

    public ProblemCorsProcessor(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        problems.write(((ServletServerHttpResponse) response).getServletResponse(), HttpStatus.FORBIDDEN,
                "This origin is not allowed to call the API.");
    }
}
