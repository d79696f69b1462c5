package co.factusapi.application.service;

import co.factusapi.application.port.in.VerifyArchiveUseCase;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks the archive in key order a page at a time (memory stays flat whatever its size), re-hashing each file. A
 * missing file is fetched again from its tenant's provider and archived only if it is the very same bytes
 * ({@link DocumentArchive#store} never writes over a different record). Damaged files are reported, never repaired:
 * they are evidence. The run is audited as {@code archive.verify} with its counts.
 */
public final class VerifyArchiveService implements VerifyArchiveUseCase {
    private static final System.Logger LOG = System.getLogger(VerifyArchiveService.class.getName());
    private static final int PAGE = 200;

    private final LegalArchive legal;
    private final TenantRepository tenants;
    private final AuditTrail audit;

    public VerifyArchiveService(LegalArchive legal, TenantRepository tenants, AuditTrail audit) {
        this.legal = legal;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public Verification verify(UUID tenantId, String actor) {
        if (tenantId != null && tenants.find(tenantId).isEmpty()) {
            throw new NotFoundException("There is no tenant " + tenantId + ".");
        }
        DocumentArchive archive = legal.archive();
        Counts counts = new Counts();
        List<ArchivedFile> page = archive.list(tenantId, null, PAGE);
        while (!page.isEmpty()) {
            page.forEach(file -> check(archive, file, counts));
            page = page.size() < PAGE ? List.of() : archive.list(tenantId, page.getLast().key(), PAGE);
        }
        Verification verification = new Verification(counts.checked, counts.intact, counts.mismatched, counts.missing,
                counts.refetched, counts.findings);
        boolean intact = counts.mismatched == 0 && counts.missing == 0;
        audit.recordFor(tenantId, actor, "archive.verify", "archive", tenantId == null ? null : tenantId.toString(),
                null, intact ? "INTACT" : "DAMAGED", "checked=" + counts.checked + " intact=" + counts.intact
                        + " mismatched=" + counts.mismatched + " missing=" + counts.missing + " refetched="
                        + counts.refetched);
        if (!intact) {
            LOG.log(System.Logger.Level.WARNING, "Archive verify: " + counts.mismatched + " files do not match their "
                    + "SHA-256 and " + counts.missing + " are missing (of " + counts.checked + ")");
        }
        return verification;
    }

    private void check(DocumentArchive archive, ArchivedFile file, Counts counts) {
        counts.checked++;
        Optional<byte[]> content = archive.content(file);
        if (content.isPresent()) {
            if (file.matches(content.get())) {
                counts.intact++;
            } else {
                counts.mismatched++;
                counts.found(file.key(), Problem.MISMATCH);
            }
            return;
        }
        if (refetch(file)) {
            counts.refetched++;
            counts.found(file.key(), Problem.REFETCHED);
        } else {
            counts.missing++;
            counts.found(file.key(), Problem.MISSING);
        }
    }

    /** Acting for the file's tenant, so the call goes to its own provider account under its allowance. */
    private boolean refetch(ArchivedFile file) {
        ArchiveKey key = file.key();
        try {
            return ActingTenant.call(key.tenantId(), () -> legal.fetchAndKeep(key, file.issuedAt()).write())
                    == DocumentArchive.Write.RESTORED;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not fetch the missing " + key.describe() + " again: "
                    + e.getClass().getSimpleName());
            return false;
        }
    }

    private static final class Counts {
        final List<Finding> findings = new ArrayList<>();
        long checked;
        long intact;
        long mismatched;
        long missing;
        long refetched;

        void found(ArchiveKey key, Problem problem) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(new Finding(key.tenantId(), key.kind(), key.number(), key.format(), problem));
            }
        }
    }
}
