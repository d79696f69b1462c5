package co.factusapi.emulator.bills;

import co.factusapi.emulator.document.DocumentStore;

/** All bills of the account, with the "pending bill blocks the account" rule (docs/factus-upstream.md §3.5). */
public final class BillStore extends DocumentStore<Bill> {

    public BillStore() {
        super("No se encontró la factura con número ");
    }
}
