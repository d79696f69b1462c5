package co.factusapi.adapter.in.web.export;

import co.factusapi.application.port.in.ExportDocumentsUseCase;
import co.factusapi.domain.export.ExportJob;
import co.factusapi.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk export of the tenant's legal archive (tenant:manage, enforced in SecurityConfig: an export holds every
 * document and customer): a job per request, a ZIP of the XML and PDF files with an index, downloadable for a while.
 */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Legal archive")
public class ExportsController {
    private static final String BASE = "/api/v1/exports/";

    private final ExportDocumentsUseCase exports;
    private final Clock clock;

    public ExportsController(ExportDocumentsUseCase exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Queue an export of the archived XML and PDF of the documents issued in a date range, with "
            + "an index (CSV and JSON); poll the job for its progress, then download its ZIP before it expires")
    public ResponseEntity<Response> create(@RequestBody CreateRequest request,
                                           @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        ExportJob job = exports.request(request.from(), request.to(), request.kinds(), request.statuses(),
                caller.name());
        return ResponseEntity.accepted().location(URI.create(BASE + job.id())).body(Response.of(job, clock.instant()));
    }

    @GetMapping
    @Operation(summary = "List the tenant's exports, newest first (the last 100)")
    public List<Response> list() {
        Instant now = clock.instant();
        return exports.list().stream().map(job -> Response.of(job, now)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Show one export with its progress (done of total, percent, ETA) and, once done, its "
            + "download URL")
    public Response get(@PathVariable UUID id) {
        return Response.of(exports.get(id), clock.instant());
    }

    @GetMapping(path = "/{id}/download", produces = {"application/zip", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Download a finished export's ZIP (409 while it runs, 410 once expired)")
    public ResponseEntity<InputStreamResource> download(@PathVariable UUID id) {
        ExportDocumentsUseCase.Download download = exports.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName()).build().toString())
                .body(new InputStreamResource(download.content()));
    }

    @Schema(name = "CreateExportRequest", example = """
            {"from": "2026-01-01", "to": "2026-01-31", "kinds": ["invoice", "credit_note"], "statuses": ["issued"]}""")
    record CreateRequest(
            @Schema(description = "The first day (yyyy-MM-dd, Colombian time) of the range, inclusive") String from,
            @Schema(description = "The last day (yyyy-MM-dd), inclusive; at most factus-api.archive.export-max-days "
                    + "(366) days after from") String to,
            @ArraySchema(schema = @Schema(allowableValues = {"invoice", "credit_note", "debit_note",
                    "support_document", "adjustment_note"}), arraySchema = @Schema(description = "Default: every kind"))
            List<String> kinds,
            @ArraySchema(schema = @Schema(allowableValues = {"pending", "issued", "rejected", "failed", "unknown",
                    "deleted"}), arraySchema = @Schema(description = "Default: issued")) List<String> statuses) {
    }

    @Schema(name = "Export")
    record Response(UUID id, String state, LocalDate from, LocalDate to, List<String> kinds, List<String> statuses,
                    int done, int total, int percent,
                    @Schema(description = "Seconds left at the rate so far, while running") Long etaSeconds,
                    Long sizeBytes, String error, Instant createdAt, Instant startedAt, Instant finishedAt,
                    @Schema(description = "Until when the ZIP can be downloaded") Instant expiresAt,
                    @Schema(description = "Once DONE and until it expires") String downloadUrl) {
        static Response of(ExportJob job, Instant now) {
            return new Response(job.id(), job.state().name(), job.from(), job.to(), names(job.kinds()),
                    names(job.statuses()), job.done(), job.total(), job.percent(), job.etaSeconds(now),
                    job.sizeBytes(), job.error(), job.createdAt(), job.startedAt(), job.finishedAt(), job.expiresAt(),
                    job.state() == ExportJob.State.DONE && !job.expired(now) ? BASE + job.id() + "/download" : null);
        }

        private static List<String> names(java.util.Set<? extends Enum<?>> values) {
            return values.stream().map(value -> value.name().toLowerCase(Locale.ROOT)).sorted().toList();
        }
    }
}
