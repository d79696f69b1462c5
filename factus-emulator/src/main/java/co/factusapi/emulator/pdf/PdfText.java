package co.factusapi.emulator.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text as the standard 14 fonts can draw it. They only encode WinAnsi (Latin-1 plus a few signs), so accents and ñ
 * are kept, letters with other diacritics lose them, control characters go, and anything else (emoji, CJK, Ł)
 * becomes '?': a customer name must never make the PDF endpoint fail.
 */
final class PdfText {
    private static final String ELLIPSIS = "…";

    private PdfText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> safe.append(drawable(c)));
        return safe.toString();
    }

    private static String drawable(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (Character.isISOControl(codePoint)) {
            return "";
        }
        if (encodable(codePoint)) {
            return Character.toString(codePoint);
        }
        String base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && base.codePoints().allMatch(PdfText::encodable) ? base : "?";
    }

    private static boolean encodable(int codePoint) {
        return WinAnsiEncoding.INSTANCE.contains(GlyphList.getAdobeGlyphList().codePointToName(codePoint));
    }

    /** The safe text, cut with an ellipsis when it is wider than {@code width}. */
    static String fit(String text, TextStyle style, float width) {
        String safe = safe(text);
        if (style.width(safe) <= width) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && style.width(safe.substring(0, end) + ELLIPSIS) > width) {
            end--;
        }
        return safe.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Word-wrapped safe lines no wider than {@code width}; words too long for a line are split. */
    static List<String> wrap(String text, TextStyle style, float width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (style.width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(splitLongWord(word, style, width, lines));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return limit(lines, style, width, maxLines);
    }

    /** Moves full-width pieces of {@code word} to {@code lines}; returns the rest. */
    private static String splitLongWord(String word, TextStyle style, float width, List<String> lines) {
        String rest = word;
        while (style.width(rest) > width) {
            int end = rest.length() - 1;
            while (end > 1 && style.width(rest.substring(0, end)) > width) {
                end--;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }

    private static List<String> limit(List<String> lines, TextStyle style, float width, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + ELLIPSIS, style, width));
        return kept;
    }
}
