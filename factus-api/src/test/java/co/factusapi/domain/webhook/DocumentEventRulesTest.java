package co.factusapi.domain.webhook;

import static co.factusapi.domain.document.DocumentStatus.DELETED;
import static co.factusapi.domain.document.DocumentStatus.FAILED;
import static co.factusapi.domain.document.DocumentStatus.ISSUED;
import static co.factusapi.domain.document.DocumentStatus.PENDING;
import static co.factusapi.domain.document.DocumentStatus.REJECTED;
import static co.factusapi.domain.document.DocumentStatus.UNKNOWN;
import static co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_DELETED;
import static co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_ISSUED;
import static co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_REJECTED;
import static co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_SETTLED;
import static co.factusapi.domain.webhook.WebhookEventType.DOCUMENT_UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DocumentEventRulesTest {

    @Test
    void outcomesOfAnAttempt() {
        assertThat(DocumentEventRules.emitted(PENDING, ISSUED, false)).containsExactly(DOCUMENT_ISSUED);
        assertThat(DocumentEventRules.emitted(PENDING, REJECTED, false)).containsExactly(DOCUMENT_REJECTED);
        assertThat(DocumentEventRules.emitted(PENDING, UNKNOWN, false)).containsExactly(DOCUMENT_UNKNOWN);
        assertThat(DocumentEventRules.emitted(PENDING, FAILED, false)).isEmpty();
        assertThat(DocumentEventRules.emitted(REJECTED, DELETED, false)).containsExactly(DOCUMENT_DELETED);
        assertThat(DocumentEventRules.emitted(REJECTED, PENDING, false)).isEmpty();
    }

    @Test
    void anAnnouncedUnknownIsSettledOnceByItsFinalOutcome() {
        assertThat(DocumentEventRules.emitted(UNKNOWN, PENDING, true)).isEmpty();
        assertThat(DocumentEventRules.emitted(PENDING, UNKNOWN, true)).as("not announced twice").isEmpty();
        assertThat(DocumentEventRules.emitted(UNKNOWN, ISSUED, true)).containsExactly(DOCUMENT_ISSUED, DOCUMENT_SETTLED);
        assertThat(DocumentEventRules.emitted(PENDING, REJECTED, true))
                .containsExactly(DOCUMENT_REJECTED, DOCUMENT_SETTLED);
        assertThat(DocumentEventRules.emitted(PENDING, FAILED, true)).containsExactly(DOCUMENT_SETTLED);
        assertThat(DocumentEventRules.emitted(ISSUED, ISSUED, false)).isEmpty();
    }

    @Test
    void whetherAnUnknownWasAnnouncedIsAskedOnlyWhenItCanChangeTheEvents() {
        BooleanSupplier unasked = () -> {
            throw new AssertionError("asked");
        };
        assertThat(DocumentEventRules.emitted(UNKNOWN, PENDING, unasked)).isEmpty();
        assertThat(DocumentEventRules.emitted(ISSUED, ISSUED, unasked)).isEmpty();
        assertThat(DocumentEventRules.emitted(PENDING, ISSUED, () -> true)).containsExactly(DOCUMENT_ISSUED,
                DOCUMENT_SETTLED);
    }
}
