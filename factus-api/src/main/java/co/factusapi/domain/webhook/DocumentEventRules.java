package co.factusapi.domain.webhook;

import co.factusapi.domain.document.DocumentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Which events a ledger state change emits (docs/webhooks.md "Events"). {@code unknownAnnounced}: a
 * {@code document.unknown} of this document is not yet followed by its {@code document.settled}; it makes the settling
 * change emit {@code document.settled} exactly once, whoever settles it (a client retry or the reconciler), and keeps
 * a resend that ends UNKNOWN again from announcing it twice.
 */
public final class DocumentEventRules {
    private DocumentEventRules() {
    }

    public static List<WebhookEventType> emitted(DocumentStatus before, DocumentStatus after, boolean unknownAnnounced) {
        return emitted(before, after, () -> unknownAnnounced);
    }

    /**
     * The same, asking {@code unknownAnnounced} only when its answer can change the events: not for a change to
     * PENDING (a new attempt) nor for one that keeps a settled status.
     */
    public static List<WebhookEventType> emitted(DocumentStatus before, DocumentStatus after,
                                                 BooleanSupplier announcement) {
        List<WebhookEventType> types = new ArrayList<>();
        if ((before == after && after != DocumentStatus.UNKNOWN) || after == DocumentStatus.PENDING) {
            return types;
        }
        boolean unknownAnnounced = announcement.getAsBoolean();
        switch (after) {
            case ISSUED -> types.add(WebhookEventType.DOCUMENT_ISSUED);
            case REJECTED -> types.add(WebhookEventType.DOCUMENT_REJECTED);
            case DELETED -> types.add(WebhookEventType.DOCUMENT_DELETED);
            case UNKNOWN -> {
                if (!unknownAnnounced) {
                    types.add(WebhookEventType.DOCUMENT_UNKNOWN);
                }
            }
            case PENDING, FAILED -> { }
        }
        if (unknownAnnounced && after != DocumentStatus.UNKNOWN && after != DocumentStatus.PENDING) {
            types.add(WebhookEventType.DOCUMENT_SETTLED);
        }
        return types;
    }
}
