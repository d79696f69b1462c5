package co.factusapi.config;

import co.factusapi.adapter.in.web.lookup.LookupsCachePolicy;
import co.factusapi.adapter.out.factus.FactusAccounts;
import co.factusapi.adapter.out.factus.FactusAdapterFactory;
import co.factusapi.adapter.out.factus.FactusQuotaGauges;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.service.CompanyProfileService;
import co.factusapi.application.service.LookupsService;
import co.factusapi.application.service.NumberingRangesService;
import co.factusapi.application.service.TenantOverviewService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Company profile, numbering ranges, lookups and the acting tenant's overview (with its quota): plain use cases over the acting tenant's Factus adapter. */
@Configuration(proxyBeanMethods = false)
public class AccountConfig {

    @Bean
    CompanyGateway companyGateway(FactusAccounts factus) {
        return factus.route(CompanyGateway.class, FactusAdapterFactory::company);
    }

    @Bean
    NumberingRangeGateway numberingRangeGateway(FactusAccounts factus) {
        return factus.route(NumberingRangeGateway.class, FactusAdapterFactory::numberingRanges);
    }

    @Bean
    ReferenceDataGateway referenceDataGateway(FactusAccounts factus) {
        return factus.route(ReferenceDataGateway.class, FactusAdapterFactory::referenceData);
    }

    /** The acting tenant's quota (v2 only), remembered for the factus.quota.* gauges. */
    @Bean
    ProviderQuota providerQuota(FactusAccounts factus, MeterRegistry meters, Clock clock) {
        return new FactusQuotaGauges(factus.route(ProviderQuota.class, FactusAdapterFactory::quota), meters, clock);
    }

    @Bean
    TenantOverviewService tenantOverviewService(TenantRepository tenants, ProviderQuota quota) {
        return new TenantOverviewService(tenants, quota);
    }

    @Bean
    CompanyProfileService companyProfileService(CompanyGateway company) {
        return new CompanyProfileService(company);
    }

    @Bean
    NumberingRangesService numberingRangesService(NumberingRangeGateway ranges) {
        return new NumberingRangesService(ranges);
    }

    @Bean
    LookupsService lookupsService(ReferenceDataGateway catalogues) {
        return new LookupsService(catalogues);
    }

    /** Front ends may keep a catalogue as long as this service does (factus.catalog-cache-ttl). */
    @Bean
    LookupsCachePolicy lookupsCachePolicy(FactusSettings settings) {
        return new LookupsCachePolicy(settings.catalogTtl());
    }
}
