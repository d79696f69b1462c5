package co.factusapi.emulator.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Drawing on letter pages with a cursor that moves down: {@code y} is where the next block starts. Coordinates are
 * PDF points from the bottom-left corner. Text passed in must already be safe (see {@link PdfText}).
 */
final class PdfCanvas implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.LETTER;
    static final float MARGIN = 36;
    static final float LEFT = MARGIN;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    /** Kept free at the bottom of every page for the page footer. */
    static final float FOOTER_HEIGHT = 28;

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
    }

    /** A canvas that draws over an existing page, e.g. to add page numbers after the layout. */
    static PdfCanvas appendingTo(PDDocument document, PDPage page) {
        PdfCanvas canvas = new PdfCanvas(document);
        try {
            canvas.content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return canvas;
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PAGE.getHeight() - MARGIN;
    }

    float y() {
        return y;
    }

    void moveDown(float height) {
        y -= height;
    }

    /** Whether a block this tall still fits above the page footer. */
    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER_HEIGHT;
    }

    void text(String safeText, float x, float baseline, TextStyle style) {
        if (safeText.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(style.font(), style.size());
            content.setNonStrokingColor(style.color());
            content.newLineAtOffset(x, baseline);
            content.showText(safeText);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(String safeText, float rightX, float baseline, TextStyle style) {
        text(safeText, rightX - style.width(safeText), baseline, style);
    }

    void fill(float x, float bottom, float width, float height, Color color) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, width, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rectangles {x, bottom, width, height} filled as one shape: a renderer anti-aliases the outline of the union,
     * not each rectangle's, so abutting rectangles leave no light seams between them (a QR code's rows would).
     */
    void fillAll(List<float[]> rectangles, Color color) {
        try {
            content.setNonStrokingColor(color);
            for (float[] r : rectangles) {
                content.addRect(r[0], r[1], r[2], r[3]);
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void frame(float x, float bottom, float width, float height, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(0.6f);
            content.addRect(x, bottom, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void horizontalLine(float x, float atY, float width, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(0.6f);
            content.moveTo(x, atY);
            content.lineTo(x + width, atY);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void image(PDImageXObject image, float x, float bottom, float width, float height) {
        try {
            content.drawImage(image, x, bottom, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        return document;
    }

    private void closeContent() {
        if (content == null) {
            return;
        }
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content = null;
    }

    @Override
    public void close() {
        closeContent();
    }
}
