package co.factusapi.emulator.pdf;

import java.util.List;
import java.util.function.Function;

/** The items table; it continues on the next page, header repeated, when the items do not fit. */
final class LinesTable {
    private static final float HEAD_HEIGHT = 18;
    private static final float PADDING = 4;
    private static final int DESCRIPTION_MAX_LINES = 3;

    /** A column: its heading, width in points, whether numbers align right, and how a line fills it. */
    private record Column(String heading, float width, boolean right, Function<DocumentView.Line, String> cell) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Código", 50, false, DocumentView.Line::code),
            new Column("Descripción", 0, false, DocumentView.Line::description),
            new Column("Cant.", 32, true, line -> Formats.quantity(line.quantity())),
            new Column("Unidad", 46, false, DocumentView.Line::unit),
            new Column("Precio unit.", 70, true, line -> Formats.money(line.unitPrice())),
            new Column("Descuento", 62, true, line -> Formats.money(line.discount())),
            new Column("Impuesto", 52, true, LinesTable::tax),
            new Column("Total", 74, true, line -> Formats.money(line.lineTotal())));
    /** The description takes whatever width the other columns leave. */
    private static final float DESCRIPTION_WIDTH = PdfCanvas.WIDTH
            - (float) COLUMNS.stream().mapToDouble(Column::width).sum();

    private LinesTable() {
    }

    static void draw(Layout layout) {
        layout.ensureRoom(HEAD_HEIGHT + 30);
        drawHead(layout);
        List<DocumentView.Line> lines = layout.view.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<String> description = PdfText.wrap(lines.get(i).description(), layout.styles.body,
                    DESCRIPTION_WIDTH - 2 * PADDING, DESCRIPTION_MAX_LINES);
            float height = Math.max(1, description.size()) * layout.styles.body.leading() + 2 * PADDING;
            if (layout.ensureRoom(height)) {
                drawHead(layout);
            }
            drawRow(layout, lines.get(i), description, height, i % 2 == 1);
        }
        layout.canvas.horizontalLine(PdfCanvas.LEFT, layout.canvas.y(), PdfCanvas.WIDTH, Styles.ACCENT);
        layout.canvas.moveDown(12);
    }

    private static void drawHead(Layout layout) {
        PdfCanvas canvas = layout.canvas;
        float top = canvas.y();
        canvas.fill(PdfCanvas.LEFT, top - HEAD_HEIGHT, PdfCanvas.WIDTH, HEAD_HEIGHT, Styles.ACCENT);
        float x = PdfCanvas.LEFT;
        float baseline = Styles.centredBaseline(top, HEAD_HEIGHT, layout.styles.tableHead);
        for (Column column : COLUMNS) {
            float width = widthOf(column);
            String heading = PdfText.safe(column.heading());
            if (column.right()) {
                canvas.textRight(heading, x + width - PADDING, baseline, layout.styles.tableHead);
            } else {
                canvas.text(heading, x + PADDING, baseline, layout.styles.tableHead);
            }
            x += width;
        }
        canvas.moveDown(HEAD_HEIGHT);
    }

    private static void drawRow(Layout layout, DocumentView.Line line, List<String> description, float height,
            boolean shaded) {
        PdfCanvas canvas = layout.canvas;
        TextStyle style = layout.styles.body;
        float top = canvas.y();
        if (shaded) {
            canvas.fill(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, height, Styles.TINT);
        }
        float baseline = top - PADDING - style.size();
        float x = PdfCanvas.LEFT;
        for (Column column : COLUMNS) {
            float width = widthOf(column);
            if (column.width() == 0) {
                drawDescription(canvas, description, x + PADDING, baseline, style);
            } else if (column.right()) {
                // Numbers shrink rather than lose digits.
                String number = PdfText.safe(column.cell().apply(line));
                canvas.textRight(number, x + width - PADDING, baseline, style.shrunkToFit(number, width - 2 * PADDING));
            } else {
                canvas.text(PdfText.fit(column.cell().apply(line), style, width - 2 * PADDING), x + PADDING,
                        baseline, style);
            }
            x += width;
        }
        canvas.horizontalLine(PdfCanvas.LEFT, top - height, PdfCanvas.WIDTH, Styles.RULE);
        canvas.moveDown(height);
    }

    private static void drawDescription(PdfCanvas canvas, List<String> description, float x, float baseline,
            TextStyle style) {
        float lineBaseline = baseline;
        for (String text : description) {
            canvas.text(text, x, lineBaseline, style);
            lineBaseline -= style.leading();
        }
    }

    private static float widthOf(Column column) {
        return column.width() == 0 ? DESCRIPTION_WIDTH : column.width();
    }

    private static String tax(DocumentView.Line line) {
        return line.taxRate() == null ? "Excluido" : line.taxName() + " " + Formats.percent(line.taxRate());
    }
}
