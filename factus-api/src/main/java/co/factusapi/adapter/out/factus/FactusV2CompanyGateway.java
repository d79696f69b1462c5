package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.CompanyGateway;
import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.company.LogoImage;
import co.factusapi.domain.error.UpstreamException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The company of a v2 account (contract §10.2): {@code GET|PUT /v2/companies} (plural, v1 {@code /v1/company}) and
 * {@code POST /v2/companies/logo}.
 * <ul>
 * <li>GET: v2 documents no answer; SDK2 reuses v1's (grade D), so {@link FactusCompanyGateway#profile(JsonNode)} reads
 * it, also accepting bare codes.</li>
 * <li>PUT: the v1 field names, {@code responsibilities} one code string (§14 Q18). v2 marks
 * {@code legal_organization_code} and {@code municipality_code} required, {@code company} when the organization is 1,
 * {@code names} + {@code surnames} when 2: ours is a partial change, so a required field the change leaves out is
 * copied from the current profile (one GET first, only then). Nothing else is sent, so no other field is touched. The
 * answer is undocumented (§14 Q9): a profile in {@code data} is read, otherwise the profile is read again.</li>
 * <li>Logo: multipart field {@code image} (FIND #13: not JSON); the answer is undocumented: {@code url_logo},
 * {@code url_log} (v1's spelling) or {@code url}, else the URL of the profile read again.</li>
 * </ul>
 */
final class FactusV2CompanyGateway implements CompanyGateway {
    static final String PATH = "/v2/companies";
    static final String LOGO_PATH = "/v2/companies/logo";
    private static final String LEGAL_PERSON = "1";
    private static final String NATURAL_PERSON = "2";
    private final FactusClient client;

    FactusV2CompanyGateway(FactusClient client) {
        this.client = client;
    }

    @Override
    public CompanyProfile get() {
        JsonNode data = FactusCompanyGateway.ok(client.get("company.get", PATH, Map.of())).body().path("data");
        if (!data.isObject()) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a company profile without data.", null);
        }
        return FactusCompanyGateway.profile(data);
    }

    @Override
    public CompanyProfile update(CompanyUpdate update) {
        Map<String, String> body = body(update, needsCurrent(update) ? get() : null);
        JsonNode data = FactusCompanyGateway.ok(client.send("company.update", HttpMethod.PUT, PATH, body)).body()
                .path("data");
        return isProfile(data) ? FactusCompanyGateway.profile(data) : get();
    }

    @Override
    public String uploadLogo(LogoImage logo) {
        FactusResponse response = client.upload("company.logo", LOGO_PATH, "image", logo.fileName(),
                MediaType.parseMediaType(logo.type().mediaType()), logo.content());
        String url = logoUrl(FactusCompanyGateway.ok(response).body().path("data"));
        return url != null ? url : get().logoUrl();
    }

    /** The URL in a logo answer's {@code data}, or null. */
    static String logoUrl(JsonNode data) {
        for (String field : new String[] {"url_logo", "url_log", "url"}) {
            String url = FactusValues.text(data, field);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** Whether the change leaves out a field v2 requires. */
    static boolean needsCurrent(CompanyUpdate update) {
        return !complete(update.changes());
    }

    /**
     * The PUT body: the change, plus each required field it leaves out taken from {@code current} (null: none known;
     * a field the current profile lacks too stays out and Factus answers 422).
     */
    static Map<String, String> body(CompanyUpdate update, CompanyProfile current) {
        Map<String, String> body = new LinkedHashMap<>(update.changes());
        if (current != null) {
            body.putIfAbsent("legal_organization_code", code(current.legalOrganization()));
            body.putIfAbsent("municipality_code",
                    current.municipality() == null ? null : current.municipality().code());
            String organization = body.get("legal_organization_code");
            if (LEGAL_PERSON.equals(organization)) {
                body.putIfAbsent("company", current.company());
            } else if (NATURAL_PERSON.equals(organization)) {
                body.putIfAbsent("names", current.names());
                body.putIfAbsent("surnames", current.surnames());
            }
            body.values().removeIf(value -> value == null || value.isBlank());
        }
        return body;
    }

    private static boolean complete(Map<String, String> body) {
        String organization = body.get("legal_organization_code");
        return organization != null && body.containsKey("municipality_code")
                && (LEGAL_PERSON.equals(organization) ? body.containsKey("company")
                : body.containsKey("names") && body.containsKey("surnames"));
    }

    private static boolean isProfile(JsonNode data) {
        return data.isObject() && (data.has("nit") || data.has("company") || data.has("names"));
    }

    private static String code(CodeName codeName) {
        return codeName == null ? null : codeName.code();
    }
}
