package co.factusapi.application.service;

import co.factusapi.application.port.in.CompanyProfileUseCase;
import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.company.LogoImage;

public final class CompanyProfileService implements CompanyProfileUseCase {
    private final CompanyGateway company;

    public CompanyProfileService(CompanyGateway company) {
        this.company = company;
    }

    @Override
    public CompanyProfile get() {
        return company.get();
    }

    @Override
    public CompanyProfile update(CompanyUpdate update) {
        return company.update(update);
    }

    @Override
    public String uploadLogo(byte[] image) {
        return company.uploadLogo(LogoImage.sniff(image));
    }
}
