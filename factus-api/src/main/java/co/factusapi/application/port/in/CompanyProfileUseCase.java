package co.factusapi.application.port.in;

import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;

/** See and change the issuer profile and logo of the provider account. */
public interface CompanyProfileUseCase {

    CompanyProfile get();

    CompanyProfile update(CompanyUpdate update);

    /** The image bytes as uploaded; their type is sniffed, never trusted from the file name. Returns the logo URL. */
    String uploadLogo(byte[] image);
}
