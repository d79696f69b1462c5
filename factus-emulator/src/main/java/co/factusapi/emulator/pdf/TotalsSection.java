package co.factusapi.emulator.pdf;

import java.util.List;

/** Under the items: the tax breakdown on the left, the summary and grand total on the right, then the notes. */
final class TotalsSection {
    private static final float ROW_HEIGHT = 14;
    private static final float TOTAL_HEIGHT = 22;
    private static final float TAXES_WIDTH = 290;
    private static final float SUMMARY_WIDTH = 220;
    private static final float PADDING = 6;
    private static final int NOTE_MAX_LINES = 4;

    private TotalsSection() {
    }

    static void draw(Layout layout) {
        DocumentView.Totals totals = layout.view.totals();
        float taxesHeight = (totals.taxes().size() + 1) * ROW_HEIGHT;
        float summaryHeight = totals.summary().size() * ROW_HEIGHT + TOTAL_HEIGHT;
        float height = Math.max(taxesHeight, summaryHeight);
        layout.ensureRoom(height);
        float top = layout.canvas.y();
        drawTaxes(layout, totals.taxes(), top);
        drawSummary(layout, totals, top);
        layout.canvas.moveDown(height + 12);
        drawNotes(layout);
    }

    private static void drawTaxes(Layout layout, List<DocumentView.TaxTotal> taxes, float top) {
        PdfCanvas canvas = layout.canvas;
        Styles styles = layout.styles;
        float x = PdfCanvas.LEFT;
        float[] rightEdges = {x + 120, x + 190, x + TAXES_WIDTH - PADDING};
        canvas.fill(x, top - ROW_HEIGHT, TAXES_WIDTH, ROW_HEIGHT, Styles.TINT);
        float baseline = Styles.centredBaseline(top, ROW_HEIGHT, styles.label);
        canvas.text(PdfText.safe("Impuesto"), x + PADDING, baseline, styles.label);
        canvas.textRight(PdfText.safe("Base gravable"), rightEdges[0], baseline, styles.label);
        canvas.textRight(PdfText.safe("Tarifa"), rightEdges[1], baseline, styles.label);
        canvas.textRight(PdfText.safe("Valor"), rightEdges[2], baseline, styles.label);
        float rowTop = top - ROW_HEIGHT;
        for (DocumentView.TaxTotal tax : taxes) {
            baseline = Styles.centredBaseline(rowTop, ROW_HEIGHT, styles.body);
            canvas.text(PdfText.safe(tax.taxName()), x + PADDING, baseline, styles.body);
            canvas.textRight(PdfText.safe(Formats.money(tax.base())), rightEdges[0], baseline, styles.body);
            String rate = tax.rate() == null ? "Excluido" : Formats.percent(tax.rate());
            canvas.textRight(PdfText.safe(rate), rightEdges[1], baseline, styles.body);
            canvas.textRight(PdfText.safe(Formats.money(tax.amount())), rightEdges[2], baseline, styles.body);
            rowTop -= ROW_HEIGHT;
            canvas.horizontalLine(x, rowTop, TAXES_WIDTH, Styles.RULE);
        }
    }

    private static void drawSummary(Layout layout, DocumentView.Totals totals, float top) {
        PdfCanvas canvas = layout.canvas;
        Styles styles = layout.styles;
        float x = PdfCanvas.RIGHT - SUMMARY_WIDTH;
        float rowTop = top;
        for (DocumentView.Amount amount : totals.summary()) {
            float baseline = Styles.centredBaseline(rowTop, ROW_HEIGHT, styles.body);
            canvas.text(PdfText.safe(amount.label()), x + PADDING, baseline, styles.body);
            canvas.textRight(PdfText.safe(Formats.money(amount.value())), PdfCanvas.RIGHT - PADDING, baseline,
                    styles.bodyBold);
            rowTop -= ROW_HEIGHT;
            canvas.horizontalLine(x, rowTop, SUMMARY_WIDTH, Styles.RULE);
        }
        canvas.fill(x, rowTop - TOTAL_HEIGHT, SUMMARY_WIDTH, TOTAL_HEIGHT, Styles.ACCENT);
        TextStyle total = styles.banner;
        float baseline = Styles.centredBaseline(rowTop, TOTAL_HEIGHT, total);
        canvas.text(PdfText.safe("TOTAL A PAGAR"), x + PADDING, baseline, total);
        String value = PdfText.safe(Formats.money(totals.total()));
        canvas.textRight(value, PdfCanvas.RIGHT - PADDING, baseline,
                total.withSize(11).shrunkToFit(value, SUMMARY_WIDTH - 100));
    }

    private static void drawNotes(Layout layout) {
        TextStyle style = layout.styles.body;
        for (String note : layout.view.notes()) {
            List<String> lines = PdfText.wrap(note, style, PdfCanvas.WIDTH, NOTE_MAX_LINES);
            layout.ensureRoom(lines.size() * style.leading());
            for (String line : lines) {
                layout.canvas.text(line, PdfCanvas.LEFT, layout.canvas.y() - style.size(), style);
                layout.canvas.moveDown(style.leading());
            }
            layout.canvas.moveDown(3);
        }
        layout.canvas.moveDown(6);
    }
}
