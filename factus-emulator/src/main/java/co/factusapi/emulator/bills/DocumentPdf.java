package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.pdf.DocumentPdfRenderer;
import co.factusapi.emulator.pdf.DocumentView;
import co.factusapi.emulator.pdf.Formats;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The graphic representation of a bill or note, rendered only when downloaded: maps it onto a {@link DocumentView}. */
public final class DocumentPdf {
    private static final Locale SPANISH = Locale.forLanguageTag("es-CO");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentPdf() {
    }

    public static byte[] render(IssuedDocument document) {
        return render(document, new byte[0]);
    }

    /** With the account's uploaded logo (PNG or JPEG; anything else is left out). */
    public static byte[] render(IssuedDocument document, byte[] logo) {
        return DocumentPdfRenderer.render(view(document, logo));
    }

    static DocumentView view(IssuedDocument document, byte[] logo) {
        List<DocumentView.Line> lines = lines(document);
        return new DocumentView(document.kind().title().toUpperCase(SPANISH), document.number(),
                document.createdAt(), issuer(document.company()), logo, resolution(document.range()),
                customer(document), details(document), lines, totals(document.totals(), lines),
                new DocumentView.Validation(document.kind().uuidName(), document.uuid(), document.qrUrl()),
                notes(document));
    }

    private static DocumentView.Party issuer(Company company) {
        return new DocumentView.Party("Emisor", company.displayName(), "NIT " + company.nit() + "-" + company.dv(),
                company.address(), city(company.municipality()), company.phone(), company.email());
    }

    private static DocumentView.Party customer(IssuedDocument document) {
        BillDraft.Customer customer = document.customer();
        CodeEntry type = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, customer.identificationDocumentId());
        String identification = (type == null ? "" : type.name() + " ") + customer.identification()
                + (document.customerDv() == null ? "" : "-" + document.customerDv());
        Municipality municipality = customer.municipalityId() == null ? null
                : Catalog.municipality(customer.municipalityId());
        return new DocumentView.Party("Cliente", customer.displayName(), identification, customer.address(),
                city(municipality), customer.phone(), customer.email());
    }

    /** "San Gil, Santander", but just "Bogotá, D.C." where the name already says the department. */
    private static String city(Municipality municipality) {
        if (municipality == null) {
            return null;
        }
        return municipality.name().startsWith(municipality.department()) ? municipality.name()
                : municipality.name() + ", " + municipality.department();
    }

    private static String resolution(NumberingRange range) {
        if (range.resolutionNumber() == null) {
            return null;
        }
        return "Resolución DIAN No. " + range.resolutionNumber() + " del " + range.startDate().format(DAY)
                + ", vigente hasta el " + range.endDate().format(DAY) + ": numeración autorizada con prefijo "
                + range.prefix() + " del " + range.from() + " al " + range.to() + ".";
    }

    private static List<DocumentView.Field> details(IssuedDocument document) {
        List<DocumentView.Field> fields = new ArrayList<>();
        if (document instanceof Bill bill) {
            addIfKnown(fields, "Forma de pago", Catalog.PAYMENT_FORMS.get(bill.draft().paymentForm()));
            if (bill.draft().paymentDueDate() != null) {
                fields.add(new DocumentView.Field("Vencimiento", bill.draft().paymentDueDate().format(DAY)));
            }
        }
        String method = document.paymentMethodCode();
        addIfKnown(fields, "Medio de pago", method == null ? null : Catalog.PAYMENT_METHODS.get(method));
        if (document.correctedDocument() != null) {
            fields.add(new DocumentView.Field("Factura referenciada", document.correctedDocument().number()));
        }
        return fields;
    }

    private static void addIfKnown(List<DocumentView.Field> fields, String label, String value) {
        if (value != null) {
            fields.add(new DocumentView.Field(label, value));
        }
    }

    private static List<DocumentView.Line> lines(IssuedDocument document) {
        List<DocumentView.Line> lines = new ArrayList<>();
        List<BillDraft.Item> items = document.items();
        for (int i = 0; i < items.size(); i++) {
            lines.add(line(items.get(i), document.totals().lines().get(i)));
        }
        return lines;
    }

    private static DocumentView.Line line(BillDraft.Item item, LineAmounts amounts) {
        BigDecimal quantity = BigDecimal.valueOf(item.quantity());
        // Factus prices include the tax, so the discount shown is the tax-inclusive one: the row adds up.
        BigDecimal discount = Money.round(item.price().multiply(quantity)).subtract(amounts.lineTotal());
        CodeEntry unit = Catalog.byId(Catalog.MEASUREMENT_UNITS, item.unitMeasureId());
        return new DocumentView.Line(item.codeReference(), item.name(), quantity,
                unit == null ? String.valueOf(item.unitMeasureId()) : unit.name(), Money.round(item.price()),
                discount, taxName(item), item.excluded() ? null : item.taxRate(), amounts.lineTotal());
    }

    private static String taxName(BillDraft.Item item) {
        CodeEntry tribute = Catalog.byId(Catalog.PRODUCT_TRIBUTES, item.tributeId());
        return tribute == null ? "Impuesto" : tribute.name();
    }

    private static DocumentView.Totals totals(BillTotals totals, List<DocumentView.Line> lines) {
        List<DocumentView.TaxTotal> taxes = taxTotals(lines, totals.lines());
        List<DocumentView.Amount> summary = new ArrayList<>();
        summary.add(new DocumentView.Amount("Subtotal", totals.gross()));
        if (totals.discount().signum() != 0) {
            summary.add(new DocumentView.Amount("Descuentos", totals.discount().negate()));
        }
        if (totals.surcharge().signum() != 0) {
            summary.add(new DocumentView.Amount("Recargos", totals.surcharge()));
        }
        taxes.stream().collect(Collectors.groupingBy(DocumentView.TaxTotal::taxName, LinkedHashMap::new,
                        Collectors.reducing(Money.ZERO, DocumentView.TaxTotal::amount, BigDecimal::add)))
                .forEach((name, amount) -> summary.add(new DocumentView.Amount(name, amount)));
        return new DocumentView.Totals(taxes, summary, totals.total());
    }

    /** Rate null means excluded; rates come rounded to cents so 19 and 19.00 group together. */
    private record TaxKey(String taxName, BigDecimal rate) {
    }

    /** One row per tax name and rate, in the order the items first use them. */
    private static List<DocumentView.TaxTotal> taxTotals(List<DocumentView.Line> lines, List<LineAmounts> amounts) {
        Map<TaxKey, DocumentView.TaxTotal> byTaxAndRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            DocumentView.Line line = lines.get(i);
            BigDecimal rate = line.taxRate() == null ? null : Money.round(line.taxRate());
            DocumentView.TaxTotal row = new DocumentView.TaxTotal(line.taxName(), rate, amounts.get(i).taxable(),
                    amounts.get(i).tax());
            byTaxAndRate.merge(new TaxKey(line.taxName(), rate), row, (a, b) -> new DocumentView.TaxTotal(
                    a.taxName(), a.rate(), a.base().add(b.base()), a.amount().add(b.amount())));
        }
        return List.copyOf(byTaxAndRate.values());
    }

    private static List<String> notes(IssuedDocument document) {
        List<String> notes = new ArrayList<>();
        if (document.observation() != null && !document.observation().isBlank()) {
            notes.add("Observaciones: " + document.observation());
        }
        IssuedDocument corrected = document.correctedDocument();
        if (corrected != null) {
            notes.add("Corrige la " + corrected.kind().title().toLowerCase(SPANISH) + " " + corrected.number() + ", "
                    + corrected.kind().uuidName() + " " + corrected.uuid() + ".");
        }
        Map<String, BigDecimal> withholdings = document.totals().withholdings();
        if (!withholdings.isEmpty()) {
            notes.add("Retenciones informadas (no restan del total): " + withholdings.entrySet().stream()
                    .map(w -> Catalog.WITHHOLDING_TAXES.getOrDefault(w.getKey(), w.getKey()) + " "
                            + Formats.money(w.getValue()))
                    .collect(Collectors.joining("; ")) + ".");
        }
        return notes;
    }
}
