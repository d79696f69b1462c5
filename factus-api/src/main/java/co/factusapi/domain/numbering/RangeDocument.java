package co.factusapi.domain.numbering;

import co.factusapi.domain.common.CodeTable;
import java.util.Optional;

/** The DIAN document a numbering range numbers (DIAN code in {@link #dianCode()}, docs/factus-upstream.md §9.2). */
public enum RangeDocument implements CodeTable {
    SALES_INVOICE("sales_invoice", "21", "Factura de Venta"),
    CREDIT_NOTE("credit_note", "22", "Nota Crédito"),
    DEBIT_NOTE("debit_note", "23", "Nota Débito"),
    SUPPORT_DOCUMENT("support_document", "24", "Documento Soporte"),
    SUPPORT_DOCUMENT_ADJUSTMENT("support_document_adjustment", "25", "Nota de Ajuste Documento Soporte"),
    PAYROLL("payroll", "26", "Nómina"),
    PAYROLL_ADJUSTMENT("payroll_adjustment", "27", "Nota de Ajuste Nómina"),
    PAYROLL_DELETION("payroll_deletion", "28", "Nota de eliminación de nómina"),
    PAPER_INVOICE("paper_invoice", "30", "Factura de talonario y de papel");

    private final Entry entry;

    RangeDocument(String code, String dianCode, String description) {
        this.entry = new Entry(code, dianCode, description);
    }

    /** Our code ({@code sales_invoice}) or the DIAN code ({@code 21}). */
    public static Optional<RangeDocument> parse(String value) {
        return CodeTable.parseCodeOrDianCode(RangeDocument.class, value);
    }

    @Override
    public Entry entry() {
        return entry;
    }

    /** DIAN requires a resolution for ranges of documents it authorises in advance. */
    public boolean needsResolution() {
        return this == SALES_INVOICE || this == SUPPORT_DOCUMENT || this == PAPER_INVOICE;
    }
}
