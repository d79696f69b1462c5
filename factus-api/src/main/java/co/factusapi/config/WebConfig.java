package co.factusapi.config;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.UrlHandlerFilter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
public class WebConfig {

    /** Every problem+json written outside a controller goes through this one writer. */
    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    /** The original service answered routes with and without a trailing slash; so do we, without redirects. */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
