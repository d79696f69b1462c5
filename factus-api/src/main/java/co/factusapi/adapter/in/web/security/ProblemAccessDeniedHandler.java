package co.factusapi.adapter.in.web.security;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as problem+json: the caller is known but its role does not allow the operation. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {
    private final ProblemWriter writer;

    public ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        writer.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this operation.");
    }
}
