package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Issue a credit note for this invoice": a form with what remains creditable (the invoice's total minus its issued
 * credit notes, as {@code POST /api/v1/credit-notes} counts it), then the issue use case, then the new note's page.
 * A refusal (more than remains, a DIAN rejection) comes back on the form with the values as typed.
 */
@Controller
public class ConsoleCreditNoteController {
    private static final String VIEW = "console/credit-note";
    private static final String ADDRESS = "/console/documents/invoice/{reference}/credit-note";

    private final FindDocumentsUseCase documents;
    private final IssueDocumentUseCase issuer;

    public ConsoleCreditNoteController(FindDocumentsUseCase documents, IssueDocumentUseCase issuer) {
        this.documents = documents;
        this.issuer = issuer;
    }

    /** One invoice line as the form lists it, with the quantity that may be given back. */
    record CreditLine(int index, String name, int quantity, String unitPrice, String amount) {
    }

    /** The concepts a credit of some lines may give; the cancellation is the "whole remaining amount" choice. */
    @ModelAttribute("concepts")
    List<String> concepts() {
        return Arrays.stream(CreditNoteConcept.values()).filter(concept -> concept != CreditNoteConcept.CANCELLATION)
                .map(CreditNoteConcept::code).toList();
    }

    @GetMapping(ADDRESS)
    String form(@PathVariable String reference, Model model, Locale locale) {
        LedgerEntry<?> invoice = issuedInvoice(reference);
        Corrections corrections = documents.corrections(invoice, DocumentKind.CREDIT_NOTE);
        return show(model, invoice, corrections, CreditNoteForm.initial(invoice.number(), corrections.notes().size()),
                locale);
    }

    @PostMapping(ADDRESS)
    String issue(@PathVariable String reference, @ModelAttribute("form") CreditNoteForm form,
                 @AuthenticationPrincipal Caller caller, Model model, Locale locale, RedirectAttributes next) {
        LedgerEntry<?> invoice = issuedInvoice(reference);
        try {
            LedgerEntry<?> note = issuer.issue(form.toRequest(invoice.number(), lines(invoice)), caller.name(),
                    form.idempotencyKey()).entry();
            next.addFlashAttribute(ActionOutcome.FLASH, ActionOutcome.done("credit-note.issued", note.status()));
            // A reference code is letters, digits, '.', '_' and '-' (DocumentRules): safe in a path as it is.
            return "redirect:/console/documents/credit-note/" + note.referenceCode();
        } catch (InvalidRequestException refused) {
            model.addAttribute("errors", refused.violations().stream().map(FormError::of).toList());
        } catch (UpstreamException failed) {
            refusedUpstream(failed, model);
        } catch (ConflictException conflict) {
            model.addAttribute("problem", conflict.getMessage());
        }
        return show(model, invoice, documents.corrections(invoice, DocumentKind.CREDIT_NOTE), form, locale);
    }

    /** DIAN's rules go to the rules list (with their plain words); the provider's own field errors to the fields. */
    private static void refusedUpstream(UpstreamException failed, Model model) {
        List<FieldViolation> reasons = failed.violations();
        if (failed.kind() == UpstreamException.Kind.DIAN_REJECTED) {
            model.addAttribute("rules", reasons);
        } else if (failed.kind() == UpstreamException.Kind.REJECTED && !reasons.isEmpty()) {
            model.addAttribute("errors", reasons.stream().map(FormError::of).toList());
        }
        model.addAttribute("problem", failed.getMessage());
    }

    private String show(Model model, LedgerEntry<?> invoice, Corrections corrections, CreditNoteForm form,
                        Locale locale) {
        List<DocumentLine> lines = lines(invoice);
        model.addAttribute("invoice", DocumentRow.of(invoice, locale));
        model.addAttribute("remaining", ConsoleFormat.money(corrections.remaining(), locale));
        model.addAttribute("creditable", corrections.remaining().compareTo(BigDecimal.ZERO) > 0);
        model.addAttribute("lines", IntStream.range(0, lines.size()).mapToObj(i -> new CreditLine(i,
                lines.get(i).name(), lines.get(i).quantity(), ConsoleFormat.money(lines.get(i).price(), locale),
                ConsoleFormat.money(lines.get(i).price().multiply(BigDecimal.valueOf(lines.get(i).quantity())), locale)))
                .toList());
        model.addAttribute("form", form);
        return VIEW;
    }

    /** Only an invoice DIAN validated is corrected with a note; anything else is refused with the API's words. */
    private LedgerEntry<?> issuedInvoice(String reference) {
        LedgerEntry<?> invoice = ConsoleLookup.byReference(documents, DocumentKind.INVOICE.slug(), reference);
        if (invoice.status() != DocumentStatus.ISSUED || invoice.totals() == null) {
            throw new ConflictException("invoice-not-issued", "Invoice " + reference + " is " + invoice.status()
                    + "; only invoices validated by DIAN (ISSUED) can be corrected with a credit note.");
        }
        return invoice;
    }

    private static List<DocumentLine> lines(LedgerEntry<?> invoice) {
        return invoice.as(InvoiceRequest.class).request().items();
    }
}
