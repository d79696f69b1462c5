package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.DocumentResponses.SendEmailRequest;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.ReconcileDocumentsUseCase;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.identity.Caller;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-click actions of a document's page, each through the API's own use case and back to the page with its
 * outcome: delete an unvalidated document at the provider (what clears a DIAN rejection that blocks the account),
 * reconcile an unsettled one now, e-mail an issued one again. Only for documents:issue (the security chain).
 */
@Controller
public class ConsoleDocumentActionsController {
    private static final String BACK = "redirect:/console/documents/{kind}/{reference}";

    private final FindDocumentsUseCase documents;
    private final DocumentFilesUseCase files;
    private final ReconcileDocumentsUseCase reconciler;

    public ConsoleDocumentActionsController(FindDocumentsUseCase documents, DocumentFilesUseCase files,
                                            ReconcileDocumentsUseCase reconciler) {
        this.documents = documents;
        this.files = files;
        this.reconciler = reconciler;
    }

    /** {@code confirmed}: the form's "I understand" box, so the delete is asked for twice, with or without script. */
    @PostMapping("/console/documents/{kind}/{reference}/delete")
    String delete(@PathVariable String kind, @PathVariable String reference,
                  @RequestParam(required = false) String confirmed, @AuthenticationPrincipal Caller caller,
                  RedirectAttributes next) {
        if (confirmed == null) {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.failed("actions.delete.unconfirmed", null));
            return BACK;
        }
        return act(kind, reference, "actions.deleted", "actions.delete.failed", next,
                entry -> files.deleteUnvalidated(entry.kind(), entry.referenceCode(), caller.name()));
    }

    @PostMapping("/console/documents/{kind}/{reference}/reconcile")
    String reconcile(@PathVariable String kind, @PathVariable String reference,
                     @AuthenticationPrincipal Caller caller, RedirectAttributes next) {
        return act(kind, reference, "actions.reconciled", "actions.reconcile.failed", next,
                entry -> reconciler.reconcile(entry.kind(), entry.referenceCode(), caller.name()));
    }

    @PostMapping("/console/documents/{kind}/{reference}/send-email")
    String sendEmail(@PathVariable String kind, @PathVariable String reference,
                     @RequestParam(required = false) String email, @AuthenticationPrincipal Caller caller,
                     RedirectAttributes next) {
        next.addFlashAttribute("emailTo", email);
        return act(kind, reference, "actions.emailed", "actions.email.failed", next, entry -> {
            if (!DocumentActions.of(entry, true).email()) {
                // Factus e-mails only validated invoices and notes; anything else would only fail at the provider.
                throw new ConflictException(entry.kind().slug() + "-not-emailed", "Only an ISSUED invoice, credit "
                        + "note or debit note is sent by e-mail; this " + entry.kind().label() + " is " + entry.status() + ".");
            }
            files.sendEmail(entry.kind(), entry.number(), new SendEmailRequest(email).checkedEmail(), caller.name());
            return entry;
        });
    }

    /**
     * Runs the action on the document (a 404 page when there is none) and says how it went on its page. A refusal
     * (a conflict, the provider's answer, a bad address) is told there too, in the words of the API's error.
     */
    private String act(String kind, String reference, String done, String refused, RedirectAttributes next,
                       Function<LedgerEntry<?>, LedgerEntry<?>> action) {
        LedgerEntry<?> entry = ConsoleLookup.byReference(documents, kind, reference);
        try {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done(done, action.apply(entry).status()));
        } catch (ConflictException | UpstreamException | InvalidRequestException | NotFoundException e) {
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.failed(refused, detail(e)));
        }
        return BACK;
    }

    private static String detail(FactusApiException e) {
        return e instanceof InvalidRequestException invalid && !invalid.violations().isEmpty()
                ? invalid.violations().getFirst().message() : e.getMessage();
    }
}
