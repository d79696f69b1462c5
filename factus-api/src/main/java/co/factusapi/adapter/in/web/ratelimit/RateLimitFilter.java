package co.factusapi.adapter.in.web.ratelimit;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each authenticated caller ({@code api-key:<id>} or {@code user:<name>}) to its own bucket. Runs after the
 * security filters, so the principal is known and unauthenticated calls were already refused. Every limited answer,
 * granted or not, carries the RateLimit headers; a refused one is 429 problem+json with Retry-After.
 */
public class RateLimitFilter extends OncePerRequestFilter {
    private final RequestBuckets buckets;
    private final ProblemWriter problems;

    public RateLimitFilter(RequestBuckets buckets, ProblemWriter problems) {
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        Quota quota = buckets.take(caller.getName());
        quota.writeHeaders(response);
        if (!quota.granted()) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests for this caller; retry after the time in Retry-After.");
            return;
        }
        chain.doFilter(request, response);
    }
}
