package co.factusapi.emulator.bills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.factusapi.emulator.creditnotes.CreditNote;
import co.factusapi.emulator.document.DocumentPdf;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Item;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The graphic representation: rendered, read back as text, and its QR code scanned off the rendered page. */
class DocumentPdfTest {

    @Test
    void scannedQrCodeIsTheDianSearchUrlWithTheCufe() throws Exception {
        Bill bill = SampleDocuments.invoice();

        String scanned = PdfPages.scanQr(DocumentPdf.render(bill), 0);

        assertThat(scanned).isEqualTo(bill.qrUrl()).endsWith("documentkey=" + bill.cufe());
    }

    @Test
    void sampleImageInTheDocsIsLegibleEnoughToScan() throws Exception {
        Bill bill = SampleDocuments.invoice();

        BufferedImage image = SampleInvoiceImage.render();

        assertThat(image.getWidth()).isCloseTo(850, within(1));
        assertThat(PdfPages.scanQr(image)).contains(bill.cufe());
    }

    @Test
    void invoiceTextCarriesNumberIssuerCustomerLinesAndTotals() throws Exception {
        Bill bill = SampleDocuments.invoice();

        String text = PdfPages.text(DocumentPdf.render(bill));

        assertThat(bill.totals().total()).isEqualByComparingTo("1168420.00");
        assertThat(text).contains("FACTURA ELECTRÓNICA DE VENTA", "SETP990000042", "Fecha de emisión",
                "14/03/2026 10:42:05", "FACTUS S.A.S.", "NIT 901724254-1", "San Gil, Santander",
                "Resolución DIAN No. 18760000001 del 19/01/2019", "prefijo SETP del 990000000 al 995000000",
                "CLIENTE", SampleDocuments.COMPANY_CUSTOMER, "NIT 900456789-", "Bogotá, D.C.",
                "Forma de pago", "Pago a crédito", "Vencimiento", "13/04/2026", "Medio de pago", "Transferencia",
                "Café de origen Huila", "Taza de cerámica esmaltada 350 ml", "$ 23.800,00", "$ 14.280,00",
                "IVA 19 %", "IVA 5 %", "Excluido", "hora",
                "Subtotal", "TOTAL A PAGAR", "$ 1.168.420,00",
                "Observaciones: Entrega en la bodega principal, muelle 3.", "CUFE", bill.cufe());
    }

    @Test
    void taxBreakdownAddsUpToTheTotal() throws Exception {
        Bill bill = SampleDocuments.invoice();
        DocumentTotals totals = bill.totals();

        String text = PdfPages.text(DocumentPdf.render(bill));

        assertThat(totals.gross().add(totals.tax())).isEqualByComparingTo(totals.total());
        assertThat(text).contains("Subtotal $ 1.040.621,85", "IVA $ 127.798,15", "TOTAL A PAGAR $ 1.168.420,00",
                "IVA $ 325.714,29 5 % $ 16.285,71", "IVA $ 586.907,56 19 % $ 111.512,44",
                "IVA $ 128.000,00 Excluido $ 0,00");
    }

    @Test
    void creditNoteUsesTheSameLayoutWithItsCudeAndTheInvoiceItCorrects() throws Exception {
        Bill bill = SampleDocuments.invoice();
        CreditNote note = SampleDocuments.creditNote(bill);

        byte[] pdf = DocumentPdf.render(note);

        assertThat(PdfPages.text(pdf)).contains("NOTA CRÉDITO ELECTRÓNICA", "NC7", "CUDE", note.cude(),
                "Factura referenciada", "SETP990000042", bill.cufe(), SampleDocuments.COMPANY_CUSTOMER,
                "TOTAL A PAGAR", "$ 42.840,00");
        assertThat(PdfPages.scanQr(pdf, 0)).isEqualTo(note.qrUrl()).contains(note.cude());
    }

    @Test
    void accentsRenderAndNamesOutsideWinAnsiDegradeInsteadOfFailing() throws Exception {
        String name = "Peñalosa Ñúñez José 😀 東京 Łódź Ørsted Cafe\u0301\u0000\t";
        Bill bill = SampleDocuments.bill(SampleDocuments.personCustomer(name), SampleDocuments.items());

        byte[] pdf = DocumentPdf.render(bill);

        assertThat(PdfPages.text(pdf)).contains("Peñalosa Ñúñez José ? ?? ?ódz Ørsted Café",
                "Cédula de ciudadanía 1098765432");
        assertThat(PdfPages.scanQr(pdf, 0)).contains(bill.cufe());
    }

    @Test
    void uploadedPngLogoIsDrawnAndAnUnreadableOneIsLeftOut() throws Exception {
        Bill bill = SampleDocuments.invoice();
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

        assertThat(imageSizes(DocumentPdf.render(bill, SampleDocuments.logoPng()))).containsExactly("240x120");
        assertThat(imageSizes(DocumentPdf.render(bill, svg))).isEmpty();
        assertThat(imageSizes(DocumentPdf.render(bill, new byte[] {(byte) 0x89, 'P', 'N', 'G'}))).isEmpty();
        assertThat(PdfPages.text(DocumentPdf.render(bill, svg))).contains("SETP990000042");
    }

    @Test
    void longItemListsContinueOnNumberedPagesWithTheQrOnTheLast() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            items.add(SampleDocuments.item("REF-" + i, "Artículo número " + i, i, "0", "1190", "19", 70, false));
        }
        Bill bill = SampleDocuments.bill(SampleDocuments.companyCustomer("Cliente Mayorista S.A."), items);

        byte[] pdf = DocumentPdf.render(bill);

        int pages = PdfPages.pageCount(pdf);
        String text = PdfPages.text(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Página 1 de " + pages, "Página " + pages + " de " + pages, "(continuación)",
                "REF-1 ", "REF-70 ", "Artículo número 70");
        assertThat(PdfPages.scanQr(pdf, pages - 1)).contains(bill.cufe());
    }

    private static List<String> imageSizes(byte[] pdf) throws Exception {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return sizes;
    }
}
