package co.factusapi.adapter.in.web.document;

import co.factusapi.testsupport.DocumentFixture;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same pipeline contract with the default tenant's account on Factus v2 (FACTUS_API_VERSION=v2): invoices go
 * through {@code /v2/bills}, credit notes, support documents and adjustment notes through their {@code /v2} routes,
 * with net prices and taxes, and every reliability property holds as on v1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"factus.validate-timeout=1s", "factus.api-version=v2"})
class DocumentPipelineContractOnFactusV2Test extends DocumentPipelineContractTest {

    @Override
    protected String validateEndpoint(DocumentFixture kind) {
        return kind.validateEndpoint().replace("/v1/", "/v2/");
    }
}
