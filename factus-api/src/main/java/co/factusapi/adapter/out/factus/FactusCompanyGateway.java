package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.company.LogoImage;
import co.factusapi.domain.error.UpstreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** {@code /v1/company} (docs/factus-upstream.md §8): the profile shape has no Factus ids, only DIAN codes. */
public final class FactusCompanyGateway implements CompanyGateway {
    private final FactusClient client;

    public FactusCompanyGateway(FactusClient client) {
        this.client = client;
    }

    @Override
    public CompanyProfile get() {
        return profile(client.get("company.get", "/v1/company", Map.of()));
    }

    /** Only the changed fields are sent: Factus keeps the others. */
    @Override
    public CompanyProfile update(CompanyUpdate update) {
        return profile(client.send("company.update", HttpMethod.PUT, "/v1/company", update.changes()));
    }

    /** The answer's field really is {@code url_log}, not {@code url_logo} (docs/factus-upstream.md §8). */
    @Override
    public String uploadLogo(LogoImage logo) {
        FactusResponse response = client.upload("company.logo", "/v1/company/logo", "image", logo.fileName(),
                MediaType.parseMediaType(logo.type().mediaType()), logo.content());
        JsonNode data = ok(response).body().path("data");
        String url = FactusValues.text(data, "url_log");
        return url != null ? url : FactusValues.text(data, "url_logo");
    }

    private static CompanyProfile profile(FactusResponse response) {
        JsonNode data = ok(response).body().path("data");
        if (!data.isObject()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a company profile without data.", null);
        }
        return new CompanyProfile(text(data, "nit"), text(data, "dv"), text(data, "company"),
                text(data, "trade_name"), text(data, "names"), text(data, "surnames"),
                text(data, "graphic_representation_name"), text(data, "registration_code"),
                text(data, "economic_activity"), text(data, "phone"), text(data, "email"), text(data, "address"),
                text(data, "url_logo"), codeName(data.path("tribute")), codeName(data.path("legal_organization")),
                municipality(data.path("municipality")), responsibilities(data.path("responsibilities")));
    }

    private static Municipality municipality(JsonNode municipality) {
        if (!municipality.isObject()) {
            return null;
        }
        return new Municipality(text(municipality, "code"), text(municipality, "name"),
                FactusReferenceData.department(municipality.path("department")));
    }

    private static List<CodeName> responsibilities(JsonNode responsibilities) {
        List<CodeName> list = new ArrayList<>();
        if (responsibilities.isArray()) {
            responsibilities.forEach(r -> list.add(codeName(r)));
        }
        list.removeIf(Objects::isNull);
        return list;
    }

    private static CodeName codeName(JsonNode node) {
        return node.isObject() ? new CodeName(text(node, "code"), text(node, "name")) : null;
    }

    private static String text(JsonNode node, String field) {
        return FactusValues.text(node, field);
    }

    private static FactusResponse ok(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return response;
    }
}
