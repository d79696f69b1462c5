package co.factusapi.application.port.out;

import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.company.LogoImage;

/** The issuer profile the provider account holds (what invoices print as the seller). */
public interface CompanyGateway {

    CompanyProfile get();

    CompanyProfile update(CompanyUpdate update);

    /** Stores the logo printed on the invoice PDF; returns its public URL. */
    String uploadLogo(LogoImage logo);
}
