package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.in.VerifyArchiveUseCase;
import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal archive's progress and integrity check for operators (platform:manage, enforced in SecurityConfig for
 * /api/v1/admin/**).
 */
@RestController
@Tag(name = "Legal archive", description = "Every issued document's XML and PDF kept write-once with its SHA-256 "
        + "(docs/archive.md); downloads are served from it")
public class ArchiveController {
    private final VerifyArchiveUseCase verify;
    private final ArchiveDocumentsUseCase archiver;

    public ArchiveController(VerifyArchiveUseCase verify, ArchiveDocumentsUseCase archiver) {
        this.verify = verify;
        this.archiver = archiver;
    }

    @GetMapping("/api/v1/admin/archive")
    @Operation(summary = "How far the archiver (and a back-fill) has got: ISSUED documents, archived (XML and PDF), "
            + "pending, failing (retried after a backoff) and lagging, in total and per tenant; read-only")
    public ArchiveProgressResponse progress() {
        List<ArchiveProgress> tenants = archiver.progress();
        return ArchiveProgressResponse.of(ArchiveProgress.total(tenants), tenants);
    }

    @PostMapping("/api/v1/admin/archive/verify")
    @Operation(summary = "Re-hash every archived file (of one tenant with tenant_id) and report the ones that do not "
            + "match their SHA-256 or are missing; a missing file the provider still serves unchanged is archived again")
    public VerificationResponse verify(
            @Parameter(description = "Only this tenant's files") @RequestParam(name = "tenant_id", required = false)
            UUID tenantId, @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return VerificationResponse.of(verify.verify(tenantId, caller.name()));
    }

    /** The deployment's figures, then each tenant's (tenants with ISSUED documents only, by tenant id). */
    public record ArchiveProgressResponse(long issued, long archived, long pending, long failing,
                                          long failedAttempts, long lagging,
                                          List<TenantArchiveProgressResponse> tenants) {
        static ArchiveProgressResponse of(ArchiveProgress total, List<ArchiveProgress> tenants) {
            return new ArchiveProgressResponse(total.issued(), total.archived(), total.pending(), total.failing(),
                    total.failedAttempts(), total.lagging(),
                    tenants.stream().map(TenantArchiveProgressResponse::of).toList());
        }
    }

    public record TenantArchiveProgressResponse(UUID tenantId, long issued, long archived, long pending,
                                                long failing, long failedAttempts, long lagging) {
        static TenantArchiveProgressResponse of(ArchiveProgress progress) {
            return new TenantArchiveProgressResponse(progress.tenantId(), progress.issued(), progress.archived(),
                    progress.pending(), progress.failing(), progress.failedAttempts(), progress.lagging());
        }
    }

    /** Counts of files checked; each file that was not intact, by tenant, kind, number and format (no personal data). */
    public record VerificationResponse(long checked, long intact, long mismatched, long missing, long refetched,
                                       List<FindingResponse> findings, boolean findingsTruncated) {
        static VerificationResponse of(VerifyArchiveUseCase.Verification verification) {
            return new VerificationResponse(verification.checked(), verification.intact(), verification.mismatched(),
                    verification.missing(), verification.refetched(),
                    verification.findings().stream().map(FindingResponse::of).toList(),
                    verification.findingsTruncated());
        }
    }

    public record FindingResponse(UUID tenantId, String kind, String number, String format, String problem) {
        static FindingResponse of(VerifyArchiveUseCase.Finding finding) {
            return new FindingResponse(finding.tenantId(), finding.kind().slug(), finding.number(),
                    finding.format().name().toLowerCase(Locale.ROOT), finding.problem().name().toLowerCase(Locale.ROOT));
        }
    }
}
