package co.factusapi.adapter.in.web.invoice;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.IssueDocumentUseCase.Issued;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.ProviderDocument.DianState;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.testsupport.InvoiceJson;
import co.factusapi.testsupport.Ledgers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The invoice controller alone: request mapping, status codes and problem+json, with the use cases mocked. The
 * console's controller advice (its pages' frame) is left out: it serves no API route.
 */
@WebMvcTest(controllers = InvoiceController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "co\\.factusapi\\.adapter\\.in\\.console\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(InvoiceControllerWebMvcTest.Operations.class)
class InvoiceControllerWebMvcTest {
    private static final String PROBLEM = "application/problem+json";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private IssueDocumentUseCase issue;
    @MockitoBean
    private FindDocumentsUseCase find;
    @MockitoBean
    private DocumentFilesUseCase files;

    /** The real shared document operations over the mocked use cases. */
    @TestConfiguration
    static class Operations {
        @Bean
        DocumentOperations documentOperations(IssueDocumentUseCase issue, FindDocumentsUseCase find,
                                              DocumentFilesUseCase files) {
            return new DocumentOperations(issue, find, files);
        }
    }

    @Test
    void anIssuedInvoiceIs201WithItsLocation() throws Exception {
        given(issue.issue(any(InvoiceRequest.class), anyString(), any())).willReturn(issued(DocumentStatus.ISSUED));
        mvc.perform(post("/api/v1/invoices").principal(() -> "api-key:test").contentType(MediaType.APPLICATION_JSON)
                        .content(InvoiceJson.body("REF-1", "1137624282", "CC", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/invoices/SETP990000001"))
                .andExpect(jsonPath("$.number").value("SETP990000001"))
                .andExpect(jsonPath("$.prefix").value("SETP"))
                .andExpect(jsonPath("$.qr_url").value("https://qr"))
                .andExpect(jsonPath("$.totals.total").value(23800.00));
    }

    @Test
    void anUnknownOutcomeIs202PointingToTheLedger() throws Exception {
        given(issue.issue(any(InvoiceRequest.class), anyString(), any())).willReturn(issued(DocumentStatus.UNKNOWN));
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON)
                        .content(InvoiceJson.body("REF-1", "1137624282", "CC", null)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/invoices?reference_code=REF-1"))
                .andExpect(jsonPath("$.status").value("UNKNOWN"));
    }

    @Test
    void unknownCodesAreAllReportedBeforeAnyUseCaseRuns() throws Exception {
        String body = InvoiceJson.body("REF-1", "1137624282", "XX", null).replace("\"tribute\": \"ZZ\"", "\"tribute\": \"INC\"");
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:factus-api:problem:validation-error"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "customer.document_type", "customer.tribute")));
        verifyNoInteractions(issue);
    }

    @Test
    void aDatabaseAwayForAMomentIs503WithRetryAfterNeverA500() throws Exception {
        given(issue.issue(any(InvoiceRequest.class), anyString(), any()))
                .willThrow(new DataAccessResourceFailureException("I/O error sending to the backend"))
                .willThrow(new TransactionSystemException("JDBC rollback failed"));
        String body = InvoiceJson.body("REF-1", "1137624282", "CC", null);
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "5"))
                    .andExpect(jsonPath("$.type").value("urn:factus-api:problem:storage-unavailable"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString("backend"))));
        }
    }

    @Test
    void upstreamFailuresMapTo502503And504() throws Exception {
        given(issue.issue(any(InvoiceRequest.class), anyString(), any()))
                .willThrow(UpstreamException.unavailable("down", Duration.ofSeconds(7), null))
                .willThrow(UpstreamException.timeout("slow", null))
                .willThrow(UpstreamException.badCredentials("refused"))
                .willThrow(UpstreamException.dianRejected("DIAN rejected the invoice.",
                        List.of(new FieldViolation("FAK24", "Regla: FAK24, Rechazo: DV"))));
        String body = InvoiceJson.body("REF-1", "1137624282", "CC", null);
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.type").value("urn:factus-api:problem:upstream-unavailable"));
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isGatewayTimeout())
                .andExpect(jsonPath("$.type").value("urn:factus-api:problem:upstream-timeout"));
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.type").value("urn:factus-api:problem:upstream-credentials-refused"));
        mvc.perform(post("/api/v1/invoices").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("FAK24"));
    }

    @Test
    void anUnexpectedErrorIsA500WithoutItsText() throws Exception {
        given(find.byNumber(DocumentKind.INVOICE, "SETP1")).willThrow(new IllegalStateException("secret internals"));
        mvc.perform(get("/api/v1/invoices/SETP1"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:factus-api:problem:internal-error"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
    }

    @Test
    void listParametersAreValidated() throws Exception {
        mvc.perform(get("/api/v1/invoices").param("size", "1000").param("created_from", "yesterday"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("size", "created_from")));
        verifyNoInteractions(find);
    }

    private static Issued<InvoiceRequest> issued(DocumentStatus status) {
        Instant now = Instant.parse("2026-11-25T15:00:00Z");
        LedgerEntry<InvoiceRequest> pending = Ledgers.pendingInvoice(UUID.randomUUID(), "REF-1", now);
        DocumentTotals totals = new DocumentTotals(new BigDecimal("20000"), new BigDecimal("3800"), new BigDecimal("23800"));
        return new Issued<>(pending.settled(new ProviderDocument("SETP990000001", "SETP", "a".repeat(96), "https://qr",
                status == DocumentStatus.ISSUED ? DianState.VALIDATED : DianState.AWAITING_DIAN, totals, List.of()), now),
                false);
    }
}
