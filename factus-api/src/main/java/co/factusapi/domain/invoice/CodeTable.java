package co.factusapi.domain.invoice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A canonical, provider-neutral code (what our API accepts and the reference tables list). Unknown codes are never
 * replaced by a default: parsing fails and the caller gets a 422 naming the accepted values.
 */
public interface CodeTable {
    String code();

    String description();

    /** The DIAN code behind the canonical one, when the table has one (null otherwise). */
    default String dianCode() {
        return null;
    }

    static <E extends Enum<E> & CodeTable> Optional<E> parse(Class<E> table, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(table.getEnumConstants()).filter(e -> e.code().equals(code.trim())).findFirst();
    }

    /** Accepts the canonical code or the DIAN code behind it. */
    static <E extends Enum<E> & CodeTable> Optional<E> parseCodeOrDianCode(Class<E> table, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Arrays.stream(table.getEnumConstants())
                .filter(e -> e.code().equals(trimmed) || trimmed.equals(e.dianCode())).findFirst();
    }

    static <E extends Enum<E> & CodeTable> List<String> codes(Class<E> table) {
        return Arrays.stream(table.getEnumConstants()).map(CodeTable::code).toList();
    }
}
