package co.factusapi.application.port.in;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import java.util.List;
import java.util.UUID;

/**
 * Re-hashes every archived file (of one tenant or of all) against the SHA-256 recorded when it was stored, and
 * re-fetches from the provider the files whose bytes are gone, when the provider still serves the very same bytes.
 */
public interface VerifyArchiveUseCase {

    /** {@code tenantId} null: every tenant. An unknown tenant is not found. */
    Verification verify(UUID tenantId, String actor);

    /** At most this many findings are listed; the counts are always complete. */
    int MAX_FINDINGS = 1000;

    enum Problem {
        /** The bytes are there but their SHA-256 is not the recorded one: altered or corrupted. */
        MISMATCH,
        /** The bytes are gone and the provider could not give the same ones back. */
        MISSING,
        /** The bytes were gone; the provider served the very same bytes again and they are archived again. */
        REFETCHED
    }

    /** One archived file that was not intact: which document and format (no personal data), and what was wrong. */
    record Finding(UUID tenantId, DocumentKind kind, String number, DocumentFile.Format format, Problem problem) {
    }

    record Verification(long checked, long intact, long mismatched, long missing, long refetched,
                        List<Finding> findings) {
        public Verification {
            findings = List.copyOf(findings);
        }

        public boolean findingsTruncated() {
            return mismatched + missing + refetched > findings.size();
        }
    }
}
