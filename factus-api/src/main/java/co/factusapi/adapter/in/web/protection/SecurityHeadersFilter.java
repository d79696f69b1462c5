package co.factusapi.adapter.in.web.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers Spring Security does not add by default: an API answers JSON and files, never pages, so its content policy
 * forbids every source and every framing. Swagger UI is a page and keeps the browser defaults; the operations console
 * ({@code /console}) has its own policy, written by its security chain. Spring Security adds X-Content-Type-Options,
 * X-Frame-Options DENY, Cache-Control no-store and, over TLS, HSTS.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI();
        if (!path.startsWith("/swagger-ui") && !path.equals("/console") && !path.startsWith("/console/")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        }
        chain.doFilter(request, response);
    }
}
