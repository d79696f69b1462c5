package co.factusapi.config;

import co.factusapi.adapter.in.web.lookup.LookupsCachePolicy;
import co.factusapi.adapter.out.factus.FactusCatalog;
import co.factusapi.adapter.out.factus.FactusClient;
import co.factusapi.adapter.out.factus.FactusCompanyGateway;
import co.factusapi.adapter.out.factus.FactusNumberingRangeGateway;
import co.factusapi.adapter.out.factus.FactusReferenceData;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.port.out.ReferenceDataGateway;
import co.factusapi.application.service.CompanyProfileService;
import co.factusapi.application.service.LookupsService;
import co.factusapi.application.service.NumberingRangesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Company profile, numbering ranges and lookups: plain use cases over the Factus adapter. */
@Configuration(proxyBeanMethods = false)
public class AccountConfig {

    @Bean
    CompanyGateway companyGateway(FactusClient client) {
        return new FactusCompanyGateway(client);
    }

    @Bean
    NumberingRangeGateway numberingRangeGateway(FactusClient client, FactusCatalog catalog) {
        return new FactusNumberingRangeGateway(client, catalog);
    }

    @Bean
    ReferenceDataGateway referenceDataGateway(FactusClient client, FactusCatalog catalog) {
        return new FactusReferenceData(client, catalog);
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
