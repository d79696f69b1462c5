package co.factusapi.domain.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Name filters ignore case and accents: "bogota" finds "Bogotá, D.C.". */
public final class TextMatch {
    private TextMatch() {
    }

    public static boolean contains(String text, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        return text != null && fold(text).contains(fold(filter.trim()));
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
