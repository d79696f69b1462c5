package co.factusapi.emulator.bills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A plain graphic representation of a bill or note, rendered only when downloaded. */
public final class DocumentPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float FONT_SIZE = 10;

    private DocumentPdf() {
    }

    public static byte[] render(IssuedDocument bill) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            List<String> lines = lines(bill);
            int perPage = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(start + perPage, lines.size()))) {
                        content.setFont(line.startsWith("#") ? bold : regular, FONT_SIZE);
                        content.showText(winAnsi(line.startsWith("#") ? line.substring(1) : line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines to print; a leading '#' marks a bold heading. */
    private static List<String> lines(IssuedDocument bill) {
        BillDraft.Customer customer = bill.customer();
        BillTotals totals = bill.totals();
        List<String> lines = new ArrayList<>(List.of(
                "#" + bill.company().displayName() + " - NIT " + bill.company().nit() + "-" + bill.company().dv(),
                "#" + bill.kind().title() + " " + bill.number(),
                "Fecha de emisión: " + BillJson.timestamp(bill.createdAt()),
                bill.kind().uuidName() + ": " + bill.uuid(),
                "Cliente: " + customer.displayName(),
                "Identificación: " + customer.identification()
                        + (bill.customerDv() == null ? "" : "-" + bill.customerDv()),
                "",
                "#Código | Descripción | Cantidad | Precio | Total"));
        List<BillDraft.Item> items = bill.items();
        for (int i = 0; i < items.size(); i++) {
            BillDraft.Item item = items.get(i);
            LineAmounts line = totals.lines().get(i);
            lines.add(item.codeReference() + " | " + item.name() + " | " + item.quantity() + " | "
                    + Money.text(item.price()) + " | " + Money.text(line.lineTotal()));
        }
        lines.addAll(List.of("",
                "Subtotal: " + Money.text(totals.gross()),
                "Impuestos: " + Money.text(totals.tax()),
                "Recargos: " + Money.text(totals.surcharge()),
                "Descuentos: " + Money.text(totals.discount()),
                "#Total: " + Money.text(totals.total()),
                ""));
        if (bill.range().resolutionNumber() != null) {
            lines.add("Resolución DIAN " + bill.range().resolutionNumber() + " prefijo " + bill.range().prefix());
        }
        if (bill.correctedDocument() != null) {
            lines.add("Factura referenciada: " + bill.correctedDocument().number() + " CUFE "
                    + bill.correctedDocument().uuid());
        }
        return lines;
    }

    /** Standard 14 fonts only encode WinAnsi: keep Latin-1 text (accents included), replace anything else. */
    private static String winAnsi(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.append(c >= 0x20 && c <= 0xFF && (c < 0x7F || c >= 0xA0) ? (char) c : '?'));
        return safe.toString();
    }
}
