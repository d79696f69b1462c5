package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.Company;
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

/** The graphic representation of any document, rendered only when downloaded: maps it onto a {@link DocumentView}. */
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
        List<DocumentView.Line> lines = document.lines().stream().map(DocumentPdf::line).toList();
        return new DocumentView(document.kind().title().toUpperCase(SPANISH), document.number(),
                document.createdAt(), issuer(document.company()), logo, resolution(document.range()),
                counterpart(document.counterpart()), details(document), lines,
                totals(document.totals(), document.lines()),
                new DocumentView.Validation(document.kind().uuidName(), document.uuid(), document.qrUrl()),
                notes(document));
    }

    private static DocumentView.Party issuer(Company company) {
        return new DocumentView.Party("Emisor", company.displayName(), "NIT " + company.nit() + "-" + company.dv(),
                company.address(), Party.city(company.municipality()), company.phone(), company.email());
    }

    private static DocumentView.Party counterpart(Party party) {
        return new DocumentView.Party(party.role(), party.name(), party.identificationText(), party.address(),
                party.city(), party.phone(), party.email());
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
        String form = document.paymentFormCode();
        addIfKnown(fields, "Forma de pago", form == null ? null : Catalog.PAYMENT_FORMS.get(form));
        if (document.paymentDueDate() != null) {
            fields.add(new DocumentView.Field("Vencimiento", document.paymentDueDate().format(DAY)));
        }
        String method = document.paymentMethodCode();
        addIfKnown(fields, "Medio de pago", method == null ? null : Catalog.PAYMENT_METHODS.get(method));
        IssuedDocument corrected = document.correctedDocument();
        if (corrected != null) {
            String label = corrected.kind() == DocumentKind.INVOICE ? "Factura referenciada"
                    : "Documento referenciado";
            fields.add(new DocumentView.Field(label, corrected.number()));
        }
        return fields;
    }

    private static void addIfKnown(List<DocumentView.Field> fields, String label, String value) {
        if (value != null) {
            fields.add(new DocumentView.Field(label, value));
        }
    }

    private static DocumentView.Line line(DocumentLine line) {
        List<DocumentLine.LineTax> taxes = line.taxes();
        DocumentLine.LineTax first = taxes.isEmpty() ? null : taxes.getFirst();
        // Several taxes on one v2 line print as "IVA+INC" with the first rate; the breakdown below has each one.
        String name = taxes.stream().map(DocumentLine.LineTax::name).distinct().collect(Collectors.joining("+"));
        return new DocumentView.Line(line.code(), line.description(), line.quantity(), line.unitName(),
                line.unitPrice(), line.discount(), name.isEmpty() ? "Impuesto" : name,
                first == null ? null : first.rate(), line.lineTotal());
    }

    private static DocumentView.Totals totals(DocumentTotals totals, List<DocumentLine> lines) {
        List<DocumentView.TaxTotal> taxes = taxTotals(lines);
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
    private static List<DocumentView.TaxTotal> taxTotals(List<DocumentLine> lines) {
        Map<TaxKey, DocumentView.TaxTotal> byTaxAndRate = new LinkedHashMap<>();
        for (DocumentLine line : lines) {
            for (DocumentLine.LineTax tax : line.taxes()) {
                BigDecimal rate = tax.rate() == null ? null : Money.round(tax.rate());
                DocumentView.TaxTotal row = new DocumentView.TaxTotal(tax.name(), rate, tax.base(), tax.amount());
                byTaxAndRate.merge(new TaxKey(tax.name(), rate), row, (a, b) -> new DocumentView.TaxTotal(
                        a.taxName(), a.rate(), a.base().add(b.base()), a.amount().add(b.amount())));
            }
        }
        return List.copyOf(byTaxAndRate.values());
    }

    private static List<String> notes(IssuedDocument document) {
        List<String> notes = new ArrayList<>();
        if (document.observation() != null && !document.observation().isBlank()) {
            notes.add("Observaciones: " + document.observation());
        }
        if (document.kind() == DocumentKind.SUPPORT_DOCUMENT) {
            notes.add("Documento soporte en adquisiciones efectuadas a sujetos no obligados a expedir factura de venta "
                    + "o documento equivalente.");
        }
        IssuedDocument corrected = document.correctedDocument();
        if (corrected != null) {
            notes.add("Corrige " + corrected.kind().article() + " " + corrected.kind().title().toLowerCase(SPANISH)
                    + " " + corrected.number() + ", " + corrected.kind().uuidName() + " " + corrected.uuid() + ".");
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
