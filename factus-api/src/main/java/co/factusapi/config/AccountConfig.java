package co.factusapi.config;

import co.factusapi.adapter.in.web.lookup.LookupsCachePolicy;
import co.factusapi.adapter.out.factus.FactusCatalog;
import co.factusapi.adapter.out.factus.FactusClient;
import co.factusapi.adapter.out.factus.FactusCompanyGateway;
import co.factusapi.adapter.out.factus.FactusNumberingRangeGateway;
import co.factusapi.adapter.out.factus.FactusReferenceData;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.application.service.CompanyProfileService;
import co.factusapi.application.service.LookupsService;
import co.factusapi.application.service.NumberingRangesService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** Company profile, numbering ranges and lookups: plain use cases over the Factus adapter. */
@Configuration(proxyBeanMethods = false)
public class AccountConfig {

    @Bean
    CompanyProfileService companyProfileService(FactusClient client) {
        return new CompanyProfileService(new FactusCompanyGateway(client));
    }

    @Bean
    NumberingRangesService numberingRangesService(FactusClient client, FactusCatalog catalog) {
        return new NumberingRangesService(new FactusNumberingRangeGateway(client, catalog));
    }

    @Bean
    LookupsService lookupsService(FactusClient client, FactusCatalog catalog) {
        return new LookupsService(new FactusReferenceData(client, catalog));
    }

    /** Front ends may keep a catalogue as long as this service does (factus.catalog-cache-ttl). */
    @Bean
    LookupsCachePolicy lookupsCachePolicy(FactusSettings settings) {
        return new LookupsCachePolicy(settings.catalogTtl());
    }

    /**
     * A strong ETag (hash of the body) on lookup answers, so {@code If-None-Match} gets a 304 without the body.
     * Ordered after the security chain: a 304 never skips authentication.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> lookupsEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/lookups/*");
        return registration;
    }
}
