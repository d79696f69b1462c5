package co.factusapi.adapter.in.console;

import co.factusapi.domain.document.LedgerEntry;
import java.util.Locale;

/** One document as the console's lists show it; every text is data, rendered escaped. */
record DocumentRow(String kind, String reference, String number, String status, String partyName,
                   String partyIdentification, String total, String createdAt, boolean hasErrors) {

    static DocumentRow of(LedgerEntry<?> entry, Locale locale) {
        return new DocumentRow(entry.kind().slug(), entry.referenceCode(), entry.number(), entry.status().name(),
                entry.party() == null ? null : entry.party().name(),
                entry.party() == null ? null : entry.party().identification(),
                entry.totals() == null ? "" : ConsoleFormat.money(entry.totals().total(), locale),
                ConsoleFormat.time(entry.createdAt()), !entry.errors().isEmpty());
    }
}
