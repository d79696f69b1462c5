package co.factusapi.emulator.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The palette and text styles of the document. Built per document because PDFBox font objects belong to the
 * document that embeds them.
 */
final class Styles {
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color TINT = new Color(0xEC, 0xF1, 0xF7);
    static final Color RULE = new Color(0xB9, 0xC7, 0xD5);
    static final Color MUTED = new Color(0x5B, 0x64, 0x6E);
    static final Color INK = new Color(0x1B, 0x1B, 0x1B);

    final TextStyle body;
    final TextStyle bodyBold;
    final TextStyle small;
    final TextStyle smallMuted;
    final TextStyle label;
    final TextStyle companyName;
    final TextStyle documentNumber;
    final TextStyle banner;
    final TextStyle tableHead;
    final TextStyle mono;

    Styles() {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        body = new TextStyle(regular, 8, INK);
        bodyBold = new TextStyle(bold, 8, INK);
        small = new TextStyle(regular, 7, INK);
        smallMuted = new TextStyle(regular, 7, MUTED);
        label = new TextStyle(bold, 7, ACCENT);
        companyName = new TextStyle(bold, 13, INK);
        documentNumber = new TextStyle(bold, 15, ACCENT);
        banner = new TextStyle(bold, 9.5f, Color.WHITE);
        tableHead = new TextStyle(bold, 7, Color.WHITE);
        mono = new TextStyle(new PDType1Font(Standard14Fonts.FontName.COURIER), 6.8f, INK);
    }

    /** Baseline that centres one line of {@code style} text in a band from {@code top} down by {@code height}. */
    static float centredBaseline(float top, float height, TextStyle style) {
        return top - height / 2 - style.size() * 0.35f;
    }
}
