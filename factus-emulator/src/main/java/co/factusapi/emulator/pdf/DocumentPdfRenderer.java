package co.factusapi.emulator.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out the graphic representation of any electronic document (see {@link DocumentView}) on letter pages:
 * header, customer, items, totals, notes, then the DIAN block with the CUFE/CUDE and its QR code.
 */
public final class DocumentPdfRenderer {

    private DocumentPdfRenderer() {
    }

    public static byte[] render(DocumentView view) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles();
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                Layout layout = new Layout(canvas, styles, view);
                canvas.newPage();
                HeaderSection.draw(layout);
                PartySection.draw(layout);
                LinesTable.draw(layout);
                TotalsSection.draw(layout);
                ValidationSection.draw(layout);
            }
            stampFooters(document, styles, view);
            document.getDocumentInformation().setTitle(view.title() + " " + view.number());
            document.getDocumentInformation().setCreator("Factus emulator");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page numbers need the page count, so they are added once everything is laid out. */
    private static void stampFooters(PDDocument document, Styles styles, DocumentView view) {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PdfCanvas canvas = PdfCanvas.appendingTo(document, document.getPage(i))) {
                float ruleY = PdfCanvas.MARGIN + 14;
                canvas.horizontalLine(PdfCanvas.LEFT, ruleY, PdfCanvas.WIDTH, Styles.RULE);
                float baseline = PdfCanvas.MARGIN + 4;
                String left = view.title() + " " + view.number() + "  ·  " + view.issuer().name();
                canvas.text(PdfText.fit(left, styles.smallMuted, PdfCanvas.WIDTH - 80), PdfCanvas.LEFT, baseline,
                        styles.smallMuted);
                canvas.textRight(PdfText.safe("Página " + (i + 1) + " de " + pages), PdfCanvas.RIGHT, baseline,
                        styles.smallMuted);
            }
        }
    }
}
