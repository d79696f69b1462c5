package co.factusapi.adapter.in.web.ratelimit;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.protection.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code POST /api/v1/auth/login} before the login controller: a strict bucket per client address and user
 * name, and a lock-out of the user name after repeated failures. Both answer 429 problem+json with Retry-After; during
 * a lock-out even the right password is refused. The answer is the same for existing and unknown names.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {
    static final String LOGIN_PATH = "/api/v1/auth/login";
    private final RequestBuckets buckets;
    private final LoginLockout lockout;
    private final JsonMapper json;
    private final ProblemWriter problems;

    public LoginThrottleFilter(RequestBuckets buckets, LoginLockout lockout, JsonMapper json,
                               ProblemWriter problems) {
        this.buckets = buckets;
        this.lockout = lockout;
        this.json = json;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !HttpMethod.POST.matches(request.getMethod())
                || !(path.equals(LOGIN_PATH) || path.equals(LOGIN_PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest readable = jsonBody(request)
                ? new CachedBodyRequest(request, request.getInputStream().readAllBytes()) : request;
        String username = username(readable);
        Duration locked = lockout.remainingLock(username);
        if (!locked.isZero()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, Quota.seconds(locked))));
            refuse(request, response);
            return;
        }
        Quota quota = buckets.take(attemptKey(request.getRemoteAddr(), username));
        quota.writeHeaders(response);
        if (!quota.granted()) {
            refuse(request, response);
            return;
        }
        chain.doFilter(readable, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            lockout.failed(username);
        } else if (response.getStatus() == HttpStatus.OK.value()) {
            lockout.succeeded(username);
        }
    }

    /** The bucket of one client address trying one user name; the console's sign-in form takes from the same. */
    public static String attemptKey(String address, String username) {
        return address + "|" + LoginLockout.key(username);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many login attempts; retry after the time in Retry-After.");
    }

    /** Lower-cased and trimmed; empty when the body has none (the controller then refuses the request). */
    private String username(HttpServletRequest request) {
        String name = request instanceof CachedBodyRequest cached ? fromJson(cached.body()) : request.getParameter("username");
        return LoginLockout.key(name);
    }

    private String fromJson(byte[] body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree == null ? "" : tree.path("username").asString("");
        } catch (JacksonException e) {
            return "";
        }
    }

    private static boolean jsonBody(HttpServletRequest request) {
        try {
            String type = request.getContentType();
            return type != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
