package co.factusapi.adapter.in.web.company;

import static co.factusapi.testsupport.Responses.ok;
import static co.factusapi.testsupport.Responses.problem;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.EndToEndTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The company profile and logo over HTTP against the embedded emulator. */
class CompanyEndToEndTest extends EndToEndTest {
    private static final String LOGO = "/api/v1/company/logo";

    private ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = api.asAdmin();
    }

    @Test
    void theProfileIsOurStableShape() {
        JsonNode company = ApiClient.json(ok(api.get("/api/v1/company")));
        assertThat(company.path("nit").asString()).isEqualTo("901724254");
        assertThat(company.path("dv").asString()).isEqualTo("1");
        assertThat(company.path("municipality").path("code").asString()).isEqualTo("68679");
        assertThat(company.path("municipality").path("department").asString()).isEqualTo("Santander");
        assertThat(company.path("responsibilities").path(0).path("code").asString()).isNotBlank();
        assertThat(company.path("logo_url").asString()).startsWith("http");
        assertThat(company.has("url_logo")).isFalse();
    }

    @Test
    void anUpdateChangesOnlyTheFieldsSent() {
        JsonNode before = ApiClient.json(ok(api.get("/api/v1/company")));
        String phone = "300" + (1_000_000 + new Random().nextInt(8_000_000));
        JsonNode after = ApiClient.json(ok(admin.send("PUT", "/api/v1/company/", "{\"phone\":\"" + phone + "\"}",
                "application/json")));
        assertThat(after.path("phone").asString()).isEqualTo(phone);
        assertThat(after.path("trade_name")).isEqualTo(before.path("trade_name"));
        assertThat(after.path("company")).isEqualTo(before.path("company"));
        assertThat(after.path("municipality")).isEqualTo(before.path("municipality"));
        assertThat(ApiClient.json(ok(api.get("/api/v1/company"))).path("phone").asString()).isEqualTo(phone);
    }

    @Test
    void invalidUpdatesAreRejectedBeforeAnyUpstreamCall() {
        long puts = emulator.requests("PUT /v1/company");
        JsonNode invalid = problem(admin.send("PUT", "/api/v1/company", """
                {"email":"not-an-email","municipality_code":"ABC","legal_organization_code":"9","responsibilities":"X"}""",
                "application/json"), 422);
        assertThat(invalid.path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "municipality_code", "legal_organization_code", "responsibilities");
        problem(admin.send("PUT", "/api/v1/company", "{}", "application/json"), 422);
        JsonNode unknown = problem(admin.send("PUT", "/api/v1/company", "{\"url_logo\":\"x\"}", "application/json"), 422);
        assertThat(unknown.path("errors").path(0).path("field").asString()).isEqualTo("url_logo");
        problem(api.anonymous().get("/api/v1/company"), 401);
        assertThat(emulator.requests("PUT /v1/company")).isEqualTo(puts);
    }

    @Test
    void aMunicipalityTheProviderDoesNotKnowIsItsValidationError() {
        JsonNode rejected = problem(admin.send("PUT", "/api/v1/company", "{\"municipality_code\":\"99999\"}",
                "application/json"), 422);
        assertThat(rejected.path("errors").path(0).path("field").asString()).isEqualTo("municipality_code");
    }

    @Test
    void aRealPngReachesTheProviderByteForByte() throws IOException {
        byte[] png = png();
        HttpResponse<String> uploaded = admin.postFile(LOGO, "image", "logo.png", "image/png", png);
        JsonNode body = ApiClient.json(ok(uploaded));
        assertThat(body.path("logo_url").asString()).endsWith(".png");
        assertThat(factus.emulator().companyLogo()).isEqualTo(png);
        assertThat(ApiClient.json(ok(api.get("/api/v1/company"))).path("logo_url").asString())
                .isEqualTo(body.path("logo_url").asString());
    }

    @Test
    void jpegAndSvgAreSniffedFromTheirBytesNotTheirNames() throws IOException {
        byte[] jpeg = image("jpg");
        assertThat(ApiClient.json(ok(admin.postFile(LOGO, "image", "photo.bin", "application/octet-stream", jpeg)))
                .path("logo_url").asString()).endsWith(".jpg");
        assertThat(factus.emulator().companyLogo()).isEqualTo(jpeg);

        byte[] svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ApiClient.json(ok(admin.postFile(LOGO, "image", "logo.svg", "image/svg+xml", svg)))
                .path("logo_url").asString()).endsWith(".svg");
        assertThat(factus.emulator().companyLogo()).isEqualTo(svg);
    }

    @Test
    void wrongTypesMissingPartsAndOversizedFilesAreProblems() {
        long uploads = emulator.requests("POST /v1/company/logo");
        JsonNode text = problem(admin.postFile(LOGO, "image", "logo.png", "image/png",
                "just text, not a picture".getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(text.path("errors").path(0).path("field").asString()).isEqualTo("image");
        problem(admin.postFile(LOGO, "image", "empty.png", "image/png", new byte[0]), 422);
        problem(admin.postFile(LOGO, "picture", "logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), 400);
        problem(admin.send("POST", LOGO, "{}", "application/json"), 415);

        byte[] tooLarge = new byte[2 * 1024 * 1024 + 10];
        tooLarge[0] = (byte) 0x89;
        problem(admin.postFile(LOGO, "image", "big.png", "image/png", tooLarge), 413);
        assertThat(emulator.requests("POST /v1/company/logo")).isEqualTo(uploads);
    }

    @Test
    void anUnavailableProviderIsA503() {
        emulator.fault("GET /v1/company", "\"type\":\"status\",\"status\":503,\"count\":3");
        problem(api.get("/api/v1/company"), 503);
    }

    private static byte[] png() throws IOException {
        return image("png");
    }

    /** Random pixels: every byte value appears, so any text decoding on the way would break the file. */
    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
