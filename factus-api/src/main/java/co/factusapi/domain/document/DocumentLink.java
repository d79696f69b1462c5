package co.factusapi.domain.document;

import java.util.Objects;
import java.util.UUID;

/** The ledger entry a note corrects. */
public record DocumentLink(UUID id, String number) {
    public DocumentLink {
        Objects.requireNonNull(id, "id");
    }
}
