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

    static <E extends Enum<E> & CodeTable> Optional<E> parse(Class<E> table, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(table.getEnumConstants()).filter(e -> e.code().equals(code.trim())).findFirst();
    }

    static <E extends Enum<E> & CodeTable> List<String> codes(Class<E> table) {
        return Arrays.stream(table.getEnumConstants()).map(CodeTable::code).toList();
    }
}
