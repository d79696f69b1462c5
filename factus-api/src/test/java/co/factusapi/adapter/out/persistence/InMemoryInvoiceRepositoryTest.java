package co.factusapi.adapter.out.persistence;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.testsupport.InMemoryInvoiceRepository;
import java.util.UUID;

class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {
    @Override
    protected InvoiceRepository create() {
        return new InMemoryInvoiceRepository();
    }

    @Override
    protected UUID newAccount() {
        return UUID.randomUUID();
    }
}
