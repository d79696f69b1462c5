package co.factusapi.emulator.pdf;

/** What every section draws with: the canvas, the styles, the document, and page breaks that repeat a heading. */
final class Layout {
    final PdfCanvas canvas;
    final Styles styles;
    final DocumentView view;

    Layout(PdfCanvas canvas, Styles styles, DocumentView view) {
        this.canvas = canvas;
        this.styles = styles;
        this.view = view;
    }

    /** Starts a continuation page when a block this tall no longer fits; answers whether it did. */
    boolean ensureRoom(float height) {
        if (canvas.fits(height)) {
            return false;
        }
        canvas.newPage();
        String heading = PdfText.safe(view.title() + "  " + view.number() + "  (continuación)");
        TextStyle style = styles.bodyBold.withColor(Styles.ACCENT);
        canvas.text(heading, PdfCanvas.LEFT, canvas.y() - style.size(), style);
        canvas.moveDown(style.leading() + 8);
        return true;
    }
}
