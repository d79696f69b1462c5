package co.factusapi.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A canonical, provider-neutral code (what our API accepts and the reference tables list) with its DIAN code and
 * Spanish name. Unknown codes are never replaced by a default: parsing fails and the caller gets a 422 naming the
 * accepted values.
 */
public interface CodeTable {

    /** One row of a code table: our code, the DIAN code it stands for, and its name. */
    record Entry(String code, String dianCode, String description) {
    }

    Entry entry();

    default String code() {
        return entry().code();
    }

    default String dianCode() {
        return entry().dianCode();
    }

    default String description() {
        return entry().description();
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
