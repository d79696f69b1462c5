package co.factusapi.adapter.in.web.company;

import co.factusapi.adapter.in.web.company.CompanyBodies.CompanyResponse;
import co.factusapi.adapter.in.web.company.CompanyBodies.CompanyUpdateRequest;
import co.factusapi.adapter.in.web.company.CompanyBodies.LogoResponse;
import co.factusapi.application.port.in.CompanyProfileUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(value = "/api/v1/company", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Company", description = "The issuer profile and logo of the e-invoicing account")
public class CompanyController {
    private final CompanyProfileUseCase company;

    public CompanyController(CompanyProfileUseCase company) {
        this.company = company;
    }

    @GetMapping
    @Operation(summary = "The company profile")
    public CompanyResponse get() {
        return CompanyResponse.of(company.get());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the company profile", description = "Only the fields sent change.")
    public CompanyResponse update(@RequestBody CompanyUpdateRequest body) {
        return CompanyResponse.of(company.update(body.toDomain()));
    }

    @PostMapping(value = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the logo printed on invoices", description = "Multipart part 'image': a PNG, JPEG "
            + "or SVG of at most 2 MB (413 beyond). The type is read from the file's bytes (422 when it is none of "
            + "those), not from its name.")
    public LogoResponse uploadLogo(@RequestPart("image") MultipartFile image) {
        try {
            return new LogoResponse(company.uploadLogo(image.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
