package co.factusapi.emulator.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Top of the first page: logo and issuer on the left, the title box on the right, then the DIAN resolution. */
final class HeaderSection {
    private static final float BOX_WIDTH = 210;
    private static final float GAP = 14;
    private static final float LOGO_MAX_WIDTH = 96;
    private static final float LOGO_MAX_HEIGHT = 60;
    private static final float BANNER_HEIGHT = 20;
    private static final float FIELD_HEIGHT = 12;

    private HeaderSection() {
    }

    static void draw(Layout layout) {
        PdfCanvas canvas = layout.canvas;
        float top = canvas.y();
        float issuerBottom = drawIssuer(layout, top);
        float boxBottom = drawTitleBox(layout, top);
        canvas.moveDown(top - Math.min(issuerBottom, boxBottom) + 8);
        drawResolution(layout);
    }

    private static float drawIssuer(Layout layout, float top) {
        float x = PdfCanvas.LEFT;
        float bottom = top;
        PDImageXObject logo = logo(layout);
        if (logo != null) {
            float scale = Math.min(LOGO_MAX_WIDTH / logo.getWidth(), LOGO_MAX_HEIGHT / logo.getHeight());
            float width = logo.getWidth() * scale;
            float height = logo.getHeight() * scale;
            layout.canvas.image(logo, x, top - height, width, height);
            x += width + 12;
            bottom = top - height;
        }
        float width = PdfCanvas.RIGHT - BOX_WIDTH - GAP - x;
        return Math.min(bottom, drawIssuerText(layout, x, top, width));
    }

    private static float drawIssuerText(Layout layout, float x, float top, float width) {
        Styles styles = layout.styles;
        DocumentView.Party issuer = layout.view.issuer();
        float baseline = top - styles.companyName.size();
        for (String line : PdfText.wrap(issuer.name(), styles.companyName, width, 2)) {
            layout.canvas.text(line, x, baseline, styles.companyName);
            baseline -= styles.companyName.leading();
        }
        baseline -= 2;
        for (String line : issuerLines(issuer)) {
            layout.canvas.text(PdfText.fit(line, styles.body, width), x, baseline, styles.body);
            baseline -= styles.body.leading();
        }
        return baseline + styles.body.leading() - 4;
    }

    private static List<String> issuerLines(DocumentView.Party issuer) {
        List<String> lines = new ArrayList<>();
        lines.add(issuer.identification());
        addIfPresent(lines, issuer.address());
        addIfPresent(lines, issuer.city());
        addIfPresent(lines, joined(issuer.phone() == null ? null : "Tel. " + issuer.phone(), issuer.email()));
        return lines;
    }

    private static float drawTitleBox(Layout layout, float top) {
        Styles styles = layout.styles;
        PdfCanvas canvas = layout.canvas;
        float x = PdfCanvas.RIGHT - BOX_WIDTH;
        List<DocumentView.Field> fields = new ArrayList<>();
        fields.add(new DocumentView.Field("Fecha de emisión", Formats.dateTime(layout.view.issuedAt())));
        fields.addAll(layout.view.details());
        float height = BANNER_HEIGHT + 30 + fields.size() * FIELD_HEIGHT + 6;
        canvas.fill(x, top - height, BOX_WIDTH, height, Styles.TINT);
        canvas.fill(x, top - BANNER_HEIGHT, BOX_WIDTH, BANNER_HEIGHT, Styles.ACCENT);
        // Long titles (e.g. adjustment notes of support documents) get a smaller font rather than a cut.
        TextStyle banner = styles.banner.shrunkToFit(PdfText.safe(layout.view.title()), BOX_WIDTH - 16);
        canvas.text(PdfText.safe(layout.view.title()), x + 8, Styles.centredBaseline(top, BANNER_HEIGHT, banner),
                banner);
        float baseline = top - BANNER_HEIGHT - 20;
        canvas.text("No.", x + 8, baseline, styles.smallMuted);
        canvas.text(PdfText.fit(layout.view.number(), styles.documentNumber, BOX_WIDTH - 36), x + 26, baseline,
                styles.documentNumber);
        baseline -= 10;
        for (DocumentView.Field field : fields) {
            baseline -= FIELD_HEIGHT;
            canvas.text(PdfText.safe(field.label()), x + 8, baseline, styles.smallMuted);
            canvas.textRight(PdfText.fit(field.value(), styles.bodyBold, BOX_WIDTH - 100), x + BOX_WIDTH - 8,
                    baseline, styles.bodyBold);
        }
        return top - height;
    }

    private static void drawResolution(Layout layout) {
        if (layout.view.resolution() == null) {
            return;
        }
        TextStyle style = layout.styles.smallMuted;
        for (String line : PdfText.wrap(layout.view.resolution(), style, PdfCanvas.WIDTH, 3)) {
            layout.canvas.text(line, PdfCanvas.LEFT, layout.canvas.y() - style.size(), style);
            layout.canvas.moveDown(style.leading());
        }
        layout.canvas.moveDown(6);
    }

    /** Null when there is no usable logo: SVG or a damaged upload must not break the document. */
    private static PDImageXObject logo(Layout layout) {
        byte[] bytes = layout.view.logo();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return PDImageXObject.createFromByteArray(layout.canvas.document(), bytes, "logo");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text);
        }
    }

    private static String joined(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "  ·  " + second;
    }
}
