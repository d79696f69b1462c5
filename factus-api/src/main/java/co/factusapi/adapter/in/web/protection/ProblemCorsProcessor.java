package co.factusapi.adapter.in.web.protection;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A cross-origin request from an origin that is not allowed gets 403 problem+json, like every other error. */
public class ProblemCorsProcessor extends DefaultCorsProcessor {
    private final ProblemWriter problems;

    public ProblemCorsProcessor(ProblemWriter problems) {
        this.problems = problems;
    }

    /** The base class answers false exactly when it rejected the request. */
    @Override
    public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        if (super.processRequest(config, request, response)) {
            return true;
        }
        problems.write(request, response, HttpStatus.FORBIDDEN, "This origin is not allowed to call the API.");
        return false;
    }

    /** Nothing here: the problem needs the request, which only {@link #processRequest} has. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
    }
}
