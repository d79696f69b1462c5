package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.error.StorageFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The console's 503 page when the database is away before any page runs: the session (kept in the database) is read
 * by filters, where a failure would otherwise end as the servlet container's bare 500, since its error page needs
 * the session too. Sits outside the session filter; renders the page ConsoleErrors renders for the same failure
 * inside a controller. Any other failure goes on as before.
 */
public final class ConsoleOutageFilter extends OncePerRequestFilter {
    private final ViewResolver views;
    private final LocaleResolver locales;

    public ConsoleOutageFilter(ViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/console") && !path.startsWith("/console/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!StorageFailures.isStorageUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            render(ConsoleErrors.storageUnavailable(e, response), request, response);
        }
    }

    private void render(ModelAndView page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        response.setStatus(page.getStatus().value());
        try {
            View view = views.resolveViewName(page.getViewName(), locales.resolveLocale(request));
            view.render(page.getModel(), request, response);
        } catch (Exception e) {
            throw new ServletException("The console's outage page could not be rendered", e);
        }
    }
}
