package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.CompanyProfileUseCase;
import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import java.io.IOException;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The issuer profile and logo of the acting tenant's provider account, as {@code /api/v1/company}: every reader sees
 * it, tenant admins change it. Only the fields the form changed are sent, as the API's partial update; the provider's
 * refusals and failures come back to the page as a message.
 */
@Controller
public class ConsoleCompanyController {
    private static final String BACK = "redirect:/console/company";

    private final CompanyProfileUseCase company;

    public ConsoleCompanyController(CompanyProfileUseCase company) {
        this.company = company;
    }

    /** The editable fields, as the form sends them (names as the API's request) and shows them. */
    record CompanyForm(String legalOrganizationCode, String company, String tradeName, String names, String surnames,
                       String registrationCode, String economicActivity, String phone, String email, String address,
                       String tributeCode, String municipalityCode, String responsibilities) {
        static CompanyForm of(CompanyProfile p) {
            return new CompanyForm(code(p.legalOrganization()), p.company(), p.tradeName(), p.names(), p.surnames(),
                    p.registrationCode(), p.economicActivity(), p.phone(), p.email(), p.address(), code(p.tribute()),
                    p.municipality() == null ? null : p.municipality().code(),
                    p.responsibilities().isEmpty() ? null : p.responsibilities().getFirst().code());
        }

        /** Only what differs from {@code now}; a field left blank stays as it is. */
        CompanyUpdate changesFrom(CompanyForm now) {
            return new CompanyUpdate(changed(legalOrganizationCode, now.legalOrganizationCode),
                    changed(company, now.company), changed(tradeName, now.tradeName), changed(names, now.names),
                    changed(surnames, now.surnames), changed(registrationCode, now.registrationCode),
                    changed(economicActivity, now.economicActivity), changed(phone, now.phone),
                    changed(email, now.email), changed(address, now.address), changed(tributeCode, now.tributeCode),
                    changed(municipalityCode, now.municipalityCode), changed(responsibilities, now.responsibilities));
        }

        private static String changed(String value, String now) {
            return value == null || value.isBlank() || Objects.equals(value.strip(), now) ? null : value.strip();
        }

        private static String code(CodeName value) {
            return value == null ? null : value.code();
        }
    }

    @GetMapping("/console/company")
    String show(Model model) {
        CompanyProfile profile = company.get();
        model.addAttribute("profile", profile);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CompanyForm.of(profile));
        }
        return "console/company";
    }

    @PostMapping("/console/company")
    String update(@ModelAttribute("form") CompanyForm form, Model model, RedirectAttributes next) {
        try {
            company.update(form.changesFrom(CompanyForm.of(company.get())));
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("company.updated", null));
            return BACK;
        } catch (InvalidRequestException invalid) {
            model.addAttribute("errors", invalid.violations().stream().map(FormError::of).toList());
        } catch (UpstreamException upstream) {
            // The provider names the refused field (an unknown municipality, say): shown like our own refusals.
            if (upstream.violations().isEmpty()) {
                model.addAttribute(ActionOutcome.FLASH, failed(upstream));
            } else {
                model.addAttribute("errors", upstream.violations().stream().map(FormError::of).toList());
            }
        }
        return show(model);
    }

    @PostMapping("/console/company/logo")
    String uploadLogo(@RequestParam(required = false) MultipartFile image, RedirectAttributes next) throws IOException {
        try {
            company.uploadLogo(image == null ? new byte[0] : image.getBytes());
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("company.logo-uploaded", null));
        } catch (InvalidRequestException refused) {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.failed("company.logo-refused",
                    refused.violations().getFirst().message()));
        } catch (UpstreamException upstream) {
            next.addFlashAttribute(ActionOutcome.FLASH, failed(upstream));
        }
        return BACK;
    }

    private static ActionOutcome failed(UpstreamException upstream) {
        return ActionOutcome.failed("company.upstream", upstream.getMessage());
    }
}
