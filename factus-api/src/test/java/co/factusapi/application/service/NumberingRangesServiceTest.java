package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingRangesServiceTest {
    private final FakeRanges gateway = new FakeRanges();
    private final NumberingRangesService service = new NumberingRangesService(gateway);

    @Test
    void theCurrentConsecutiveMustLieWithinTheRange() {
        assertThat(service.updateCurrent(8, 150).current()).isEqualTo(150);
        assertThatThrownBy(() -> service.updateCurrent(8, 99)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.updateCurrent(8, 201)).isInstanceOf(InvalidRequestException.class);
        assertThat(gateway.updates).containsExactly(150L);
    }

    @Test
    void aNewRangeIsCheckedBeforeItReachesTheProvider() {
        assertThatThrownBy(() -> new NewNumberingRange(RangeDocument.SALES_INVOICE, "SETP", 1L, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(new NewNumberingRange(RangeDocument.CREDIT_NOTE, "nc", 1L, null).prefix()).isEqualTo("NC");
    }

    private static final class FakeRanges implements NumberingRangeGateway {
        private final List<Long> updates = new ArrayList<>();

        @Override
        public List<NumberingRange> list(RangeFilter filter) {
            return List.of(get(8));
        }

        @Override
        public List<SoftwareRange> software() {
            return List.of();
        }

        @Override
        public NumberingRange get(long id) {
            return range(id, 120);
        }

        @Override
        public NumberingRange create(NewNumberingRange range) {
            return get(9);
        }

        @Override
        public NumberingRange updateCurrent(long id, long current) {
            updates.add(current);
            return range(id, current);
        }

        @Override
        public NumberingRange setActive(long id, boolean active) {
            return get(id);
        }

        @Override
        public void delete(long id) {
        }

        private static NumberingRange range(long id, long current) {
            return new NumberingRange(id, RangeDocument.SALES_INVOICE, "SETP", 100L, 200L, current, "1", null, null,
                    null, true, false);
        }
    }
}
