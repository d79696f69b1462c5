package co.factusapi.adapter.in.web.idempotency;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.error.Problems;
import co.factusapi.adapter.in.web.protection.CachedBodyRequest;
import co.factusapi.application.port.in.IdempotentRequestsUseCase.Decision;
import co.factusapi.application.port.in.IdempotentRequestsUseCase;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.idempotency.IdempotencyKeys;
import co.factusapi.domain.idempotency.StoredResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} contract (docs/reliability.md) for every POST that creates something. Runs after
 * Spring Security: keys are scoped to the acting tenant and the authenticated caller. A repeat of a finished request is answered from
 * the store with {@code Idempotent-Replayed: true}; a repeat while the first still runs gets 409 with Retry-After;
 * the same key with another request gets 422.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String DESCRIPTION = "Optional, 1-255 visible ASCII characters (a UUID). A repeat with the "
            + "same key and body gets the stored answer with Idempotent-Replayed: true and nothing is created twice; "
            + "another body with the same key is 422 idempotency-key-reused; a repeat while the first still runs is 409 "
            + "idempotency-in-flight with Retry-After. Keys are per caller and kept 24 hours. See docs/reliability.md.";

    private final IdempotentRequestsUseCase idempotency;
    private final Set<String> paths;
    private final RequestFingerprint fingerprint;
    private final ProblemWriter problems;

    public IdempotencyFilter(IdempotentRequestsUseCase idempotency, Set<String> paths, JsonMapper jsonMapper,
                             ProblemWriter problems) {
        this.idempotency = idempotency;
        this.paths = Set.copyOf(paths);
        this.fingerprint = new RequestFingerprint(jsonMapper);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !paths.contains(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String key;
        try {
            key = IdempotencyKeys.requireValid(request.getHeader(HEADER));
        } catch (InvalidRequestException e) {
            problems.write(request, response, Problems.withViolations(HttpStatus.UNPROCESSABLE_CONTENT, "validation-error",
                    "The Idempotency-Key header is not valid.", e.violations()));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = ActingTenant.current().map(tenant -> tenant + "/").orElse("") + caller.getName();
        Decision decision = idempotency.begin(scope, key, fingerprint.of(request.getMethod(), path(request), body));
        switch (decision) {
            case IdempotentRequestsUseCase.Proceed ignored -> run(new CachedBodyRequest(request, body), response, chain, scope, key);
            case IdempotentRequestsUseCase.Replay replay -> replay(response, replay.response());
            case IdempotentRequestsUseCase.InFlight ignored -> inFlight(request, response);
            case IdempotentRequestsUseCase.KeyReused ignored -> problems.write(request, response, Problems.withViolations(
                    HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "This Idempotency-Key was already used "
                            + "for a different request. Use a new key for a new request.",
                    List.of(new FieldViolation(HEADER, "was used with another request body or path"))));
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, captured);
            answered = true;
        } finally {
            if (answered) {
                idempotency.finish(scope, key, stored(captured));
            } else {
                idempotency.abandon(scope, key);
            }
        }
        captured.copyBodyToResponse();
    }

    private static StoredResponse stored(ContentCachingResponseWrapper response) {
        return new StoredResponse(response.getStatus(), response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION), new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void inFlight(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-in-flight", "A request with this "
                + "Idempotency-Key is still being processed. Retry after the time in Retry-After."));
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
