package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.catalog.NumberingRanges;
import co.factusapi.emulator.creditnotes.CreditNote;
import co.factusapi.emulator.creditnotes.CreditNoteDraft;
import co.factusapi.emulator.document.Cufe;
import co.factusapi.emulator.document.Customer;
import co.factusapi.emulator.document.DianVerdict;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.Issuance;
import co.factusapi.emulator.document.Item;
import co.factusapi.emulator.document.Money;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/** Realistic bills and notes for the PDF tests and the sample image in the docs, built without HTTP. */
final class SampleDocuments {
    static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 3, 14, 10, 42, 5, 0, BOGOTA);
    static final String COMPANY_CUSTOMER = "Distribuidora Andina de Café S.A.S.";
    private static final int BOGOTA_ID = 170;
    private static final Company ISSUER = Company.seed("http://127.0.0.1:9080");

    private SampleDocuments() {
    }

    /** A company customer on credit, five items: 5 % and 19 % IVA, a discount, an hourly service, an excluded book. */
    static Bill invoice() {
        return bill(companyCustomer(COMPANY_CUSTOMER), items());
    }

    static Bill bill(Customer customer, List<Item> items) {
        BillDraft draft = new BillDraft(8, "01", "OC-2026-0314", "Entrega en la bodega principal, muelle 3.", "2",
                ISSUED.toLocalDate().plusDays(30), "47", "10", false, null, null, null, customer, items, List.of());
        DocumentTotals totals = DocumentTotals.of(items, List.of());
        NumberingRange range = ranges().get(8);
        String number = "SETP990000042";
        String cufe = Cufe.compute(number, ISSUED.toLocalDate().toString(), "10:42:05-05:00",
                Money.text(totals.gross()), Money.text(totals.iva()), Money.text(totals.inc()),
                Money.text(totals.ica()), Money.text(totals.total()), ISSUER.nit(), customer.identification(),
                Objects.toString(range.technicalKey(), ""), Cufe.TEST_ENVIRONMENT);
        Issuance issuance = new Issuance(42, number, range, ISSUER, ISSUED, cufe,
                DocumentKind.INVOICE.fileName(ISSUER.nit(), 2026, 42), DianVerdict.accepted());
        return new Bill(issuance, draft, totals, "http://127.0.0.1:9080/documents/bills/42");
    }

    /** Two of the invoice's cups returned. */
    static CreditNote creditNote(Bill bill) {
        List<Item> returned = List.of(item("TAZ-350", "Taza de cerámica esmaltada 350 ml", 2, "10",
                "23800", "19", 70, false));
        CreditNoteDraft draft = new CreditNoteDraft(9, "DEV-0001", "1", "20", bill.id(), "Devolución de dos tazas.",
                "47", false, null, null, bill.customer(), returned, List.of());
        DocumentTotals totals = DocumentTotals.of(returned, List.of());
        String cude = Cufe.sha384Hex("NC7" + bill.cufe());
        Issuance issuance = new Issuance(7, "NC7", ranges().get(9), ISSUER, ISSUED.plusDays(3), cude,
                DocumentKind.CREDIT_NOTE.fileName(ISSUER.nit(), 2026, 7), DianVerdict.accepted());
        return new CreditNote(issuance, draft, totals, bill);
    }

    static Customer companyCustomer(String name) {
        return new Customer(Catalog.NIT, "900456789", null, name, "Andina Café", null,
                "Carrera 7 # 71-21, oficina 502", "compras@andinacafe.com.co", "6017654321", 1, 18, BOGOTA_ID);
    }

    static Customer personCustomer(String names) {
        return new Customer(3, "1098765432", null, null, null, names, "Calle 10 # 4-15", null, null, 2,
                21, 980);
    }

    static List<Item> items() {
        return List.of(
                item("CAF-500", "Café de origen Huila, tostión media, bolsa 500 g", 12, "0", "28500", "5", 70, false),
                item("TAZ-350", "Taza de cerámica esmaltada 350 ml", 6, "10", "23800", "19", 70, false),
                item("MOL-02", "Molino manual de café con muela cónica de acero inoxidable y ajuste de molienda en "
                        + "18 posiciones", 1, "0", "189900", "19", 70, false),
                item("SRV-CATA", "Taller de cata y preparación para baristas", 4, "0", "95000", "19", 433, false),
                item("LIB-07", "Libro «El oficio del tostador», 2.ª edición", 2, "0", "64000", "0", 70, true));
    }

    static Item item(String code, String name, int quantity, String discountRate, String price,
            String taxRate, int unit, boolean excluded) {
        return new Item(code, name, quantity, new BigDecimal(discountRate), new BigDecimal(price),
                new BigDecimal(taxRate), unit, 1, excluded, Catalog.IVA, null, null, List.of());
    }

    /** A small PNG mark drawn with shapes only, so it needs no installed fonts. */
    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fill(new RoundRectangle2D.Float(0, 0, 120, 120, 28, 28));
        g.setColor(Color.WHITE);
        g.fillRect(34, 26, 16, 70);
        g.fillRect(34, 26, 54, 15);
        g.fillRect(34, 54, 40, 14);
        g.setColor(new Color(0xE0, 0x8A, 0x1E));
        g.fill(new Ellipse2D.Float(140, 30, 60, 60));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static NumberingRanges ranges() {
        return new NumberingRanges(Clock.fixed(ISSUED.toInstant(), BOGOTA));
    }
}
