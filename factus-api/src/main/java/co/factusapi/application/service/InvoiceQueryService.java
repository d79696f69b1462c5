package co.factusapi.application.service;

import co.factusapi.application.port.in.FindInvoicesUseCase;
import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.util.UUID;

public final class InvoiceQueryService implements FindInvoicesUseCase {
    private final InvoiceRepository invoices;
    private final UUID accountId;

    public InvoiceQueryService(InvoiceRepository invoices, UUID accountId) {
        this.invoices = invoices;
        this.accountId = accountId;
    }

    @Override
    public Page<Invoice> find(InvoiceQuery query) {
        return invoices.search(accountId, query);
    }

    @Override
    public Invoice byNumber(String number) {
        return invoices.findByNumber(accountId, number)
                .orElseThrow(() -> new NotFoundException("There is no invoice numbered " + number + " in this account."));
    }
}
