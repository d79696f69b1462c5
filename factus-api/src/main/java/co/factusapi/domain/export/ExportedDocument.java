package co.factusapi.domain.export;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One ledger document as an export lists it: what the index says of it (its customer or supplier is the party).
 * {@code uniqueCode} is the CUFE, CUDE or CUDS.
 */
public record ExportedDocument(UUID id, UUID tenantId, DocumentKind kind, String number, DocumentStatus status,
                               Instant issuedAt, String partyIdentification, String partyName, BigDecimal grossValue,
                               BigDecimal taxAmount, BigDecimal total, String uniqueCode) {
}
