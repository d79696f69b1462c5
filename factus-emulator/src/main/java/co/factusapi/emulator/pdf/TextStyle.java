package co.factusapi.emulator.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, size and colour for one kind of text on the page. */
record TextStyle(PDFont font, float size, Color color) {

    TextStyle withSize(float newSize) {
        return new TextStyle(font, newSize, color);
    }

    TextStyle withColor(Color newColor) {
        return new TextStyle(font, size, newColor);
    }

    /** Width in points of text already made safe with {@link PdfText#safe}. */
    float width(String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This style, smaller if needed so the text fits: for amounts and titles, which must never be cut. */
    TextStyle shrunkToFit(String safeText, float maxWidth) {
        float textWidth = width(safeText);
        return textWidth <= maxWidth ? this : withSize(size * maxWidth / textWidth);
    }

    /** Distance from one baseline to the next. */
    float leading() {
        return size * 1.25f;
    }
}
