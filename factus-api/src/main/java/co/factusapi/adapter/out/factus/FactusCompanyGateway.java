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
        return profile(data);
    }

    /**
     * The profile in a company answer's {@code data}. Besides v1's {@code {code, name}} objects it accepts bare codes
     * ({@code tribute_code}, {@code legal_organization_code}, {@code municipality_code}) and {@code responsibilities}
     * as one code string or a list of strings: v2 does not document its answer (contract §10.2, §14 Q9).
     */
    static CompanyProfile profile(JsonNode data) {
        return new CompanyProfile(text(data, "nit"), text(data, "dv"), text(data, "company"),
                text(data, "trade_name"), text(data, "names"), text(data, "surnames"),
                text(data, "graphic_representation_name"), text(data, "registration_code"),
                text(data, "economic_activity"), text(data, "phone"), text(data, "email"), text(data, "address"),
                text(data, "url_logo"), codeName(data, "tribute"), codeName(data, "legal_organization"),
                municipality(data), responsibilities(data.path("responsibilities")));
    }

    private static Municipality municipality(JsonNode data) {
        JsonNode municipality = data.path("municipality");
        if (!municipality.isObject()) {
            String code = text(data, "municipality_code");
            return code == null ? null : new Municipality(code, municipality.isString() ? text(data, "municipality")
                    : null, null);
        }
        return new Municipality(text(municipality, "code"), text(municipality, "name"),
                FactusReferenceData.department(municipality.path("department")));
    }

    private static List<CodeName> responsibilities(JsonNode responsibilities) {
        List<CodeName> list = new ArrayList<>();
        if (responsibilities.isArray()) {
            responsibilities.forEach(r -> list.add(r.isString() ? code(r.asString()) : codeName(r)));
        } else if (responsibilities.isString()) {
            list.add(code(responsibilities.asString()));
        }
        list.removeIf(Objects::isNull);
        return list;
    }

    /** {@code field} as {@code {code, name}}, else a bare {@code field_code}. */
    private static CodeName codeName(JsonNode data, String field) {
        CodeName codeName = codeName(data.path(field));
        return codeName != null ? codeName : code(text(data, field + "_code"));
    }

    private static CodeName code(String code) {
        return code == null || code.isBlank() ? null : new CodeName(code.trim(), null);
    }

    private static CodeName codeName(JsonNode node) {
        return node.isObject() ? new CodeName(text(node, "code"), text(node, "name")) : null;
    }

    private static String text(JsonNode node, String field) {
        return FactusValues.text(node, field);
    }

    static FactusResponse ok(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return response;
    }
}
