package co.factusapi.adapter.in.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * A request that arrives with an expired session goes to the sign-in page, and after signing in the person is back on
 * the page they were on: the page asked for, or for a form sent after the time-out (nothing of it was done) the form's
 * page when the browser names it in {@code Referer}; otherwise the console's script takes them back there and puts
 * back what they had typed (console.js). Only a console path of this origin is ever a destination, so the redirect
 * cannot be pointed elsewhere.
 */
public final class ConsoleReturnTo implements InvalidSessionStrategy, AuthenticationSuccessHandler {
    static final String SESSION_ATTRIBUTE = ConsoleReturnTo.class.getName() + ".page";
    private static final String CONSOLE = "/console";

    private final String expiredUrl;
    private final SavedRequestAwareAuthenticationSuccessHandler otherwise =
            new SavedRequestAwareAuthenticationSuccessHandler();

    public ConsoleReturnTo(String expiredUrl) {
        this.expiredUrl = expiredUrl;
        otherwise.setDefaultTargetUrl(CONSOLE);
    }

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = "GET".equals(request.getMethod()) ? pathWithQuery(request) : sameOriginPage(request);
        HttpSession session = request.getSession(true);
        if (page != null) {
            session.setAttribute(SESSION_ATTRIBUTE, page);
        }
        response.sendRedirect(request.getContextPath() + expiredUrl);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object page = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (page instanceof String path && isConsolePath(path)) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            response.sendRedirect(request.getContextPath() + path);
            return;
        }
        otherwise.onAuthenticationSuccess(request, response, authentication);
    }

    private static String pathWithQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String page = query == null ? path : path + "?" + query;
        return isConsolePath(page) ? page : null;
    }

    /** The page a form was sent from, when the browser says it and it is a console page of this very origin. */
    private static String sameOriginPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            boolean sameOrigin = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? defaultPort(uri) : uri.getPort());
            String path = uri.getRawPath();
            if (!sameOrigin || path == null || !path.startsWith(request.getContextPath())) {
                return null;
            }
            path = path.substring(request.getContextPath().length());
            String page = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            return isConsolePath(page) ? page : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isConsolePath(String page) {
        return (page.equals(CONSOLE) || page.startsWith(CONSOLE + "/") || page.startsWith(CONSOLE + "?"))
                && !page.startsWith(CONSOLE + "/sign-") && !page.startsWith(CONSOLE + "/assets/")
                && !page.contains("//") && !page.contains("\\");
    }
}
