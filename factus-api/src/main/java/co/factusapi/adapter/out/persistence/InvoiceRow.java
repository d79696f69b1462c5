package co.factusapi.adapter.out.persistence;

import co.factusapi.domain.invoice.Invoice;
import java.util.HashMap;
import java.util.Map;

/** The column values of a ledger row. */
final class InvoiceRow {
    private InvoiceRow() {
    }

    static Map<String, Object> params(Invoice invoice) {
        Map<String, Object> params = outcomeParams(invoice);
        params.put("request_payload", LedgerJson.write(invoice.request()));
        return params;
    }

    /** Everything but the canonical request, which is written once per attempt. */
    static Map<String, Object> outcomeParams(Invoice invoice) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", invoice.id());
        params.put("account_id", invoice.accountId());
        params.put("reference_code", invoice.referenceCode());
        params.put("status", invoice.status().name());
        params.put("prefix", invoice.prefix());
        params.put("number", invoice.number());
        params.put("cufe", invoice.cufe());
        params.put("qr_url", invoice.qrUrl());
        params.put("customer_identification", invoice.customerIdentification());
        params.put("customer_name", invoice.customerName());
        params.put("gross_value", invoice.totals() == null ? null : invoice.totals().grossValue());
        params.put("tax_amount", invoice.totals() == null ? null : invoice.totals().taxAmount());
        params.put("total", invoice.totals() == null ? null : invoice.totals().total());
        params.put("upstream_errors", invoice.errors().isEmpty() ? null : LedgerJson.write(invoice.errors()));
        params.put("created_by", invoice.createdBy());
        params.put("created_at", JdbcInvoiceRepository.timestamp(invoice.createdAt()));
        params.put("updated_at", JdbcInvoiceRepository.timestamp(invoice.updatedAt()));
        params.put("issued_at", JdbcInvoiceRepository.timestamp(invoice.issuedAt()));
        return params;
    }
}
