package co.factusapi.config;

import co.factusapi.adapter.in.console.ConsoleOutageFilter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The operations console (docs/console.md): its session cookie and idle time-out (the sessions themselves live in
 * the database, Spring Session JDBC, table {@code console_session}), and its language. Its security chain is in
 * {@link SecurityConfig}; its pages in {@code adapter.in.console}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleConfig {
    static final String PATH = "/console";
    static final String SESSION_COOKIE = "FACTUS_CONSOLE";
    static final String LANGUAGE_COOKIE = "FACTUS_CONSOLE_LANG";
    static final String LANGUAGE_PARAMETER = "lang";
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> LANGUAGES = List.of(SPANISH, Locale.ENGLISH);

    /** After Spring Boot's own customizer, which would set the time-out from spring.session.timeout. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> consoleIdleTimeout(ConsoleProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
    }

    /** Only the console's pages get the cookie; the API never sees it (and never creates a session). */
    @Bean
    DefaultCookieSerializerCustomizer consoleSessionCookie(ConsoleProperties properties) {
        return cookie -> {
            cookie.setCookieName(SESSION_COOKIE);
            cookie.setCookiePath(PATH);
            cookie.setUseHttpOnlyCookie(true);
            cookie.setSameSite("Strict");
            cookie.setUseSecureCookie(properties.secureCookie());
        };
    }

    /**
     * Spanish unless the person chose English ({@code ?lang=en}, remembered in a cookie for a year) or their browser
     * prefers it; any other language gets Spanish.
     */
    @Bean
    LocaleResolver localeResolver(ConsoleProperties properties) {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setCookiePath(PATH);
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSecure(properties.secureCookie());
        resolver.setCookieSameSite("Strict");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> supported(request.getHeader("Accept-Language")));
        return resolver;
    }

    /** The best of our languages for an Accept-Language header or a {@code lang} value; Spanish when none fits. */
    static Locale supported(String wanted) {
        try {
            Locale best = wanted == null ? null : Locale.lookup(Locale.LanguageRange.parse(wanted), LANGUAGES);
            return best == null ? SPANISH : best;
        } catch (IllegalArgumentException malformed) {
            return SPANISH;
        }
    }

    @Bean
    FilterRegistrationBean<ConsoleOutageFilter> consoleOutageFilter(
            @Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales) {
        FilterRegistrationBean<ConsoleOutageFilter> registration =
                new FilterRegistrationBean<>(new ConsoleOutageFilter(views, locales));
        registration.setOrder(WebFilterConfig.CONSOLE_OUTAGE);
        return registration;
    }

    @Bean
    WebMvcConfigurer consoleLanguageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
                    @Override
                    protected Locale parseLocaleValue(String value) {
                        return supported(value);
                    }
                };
                change.setParamName(LANGUAGE_PARAMETER);
                change.setIgnoreInvalidLocale(true);
                registry.addInterceptor(change).addPathPatterns(PATH, PATH + "/**");
            }
        };
    }
}
