package co.factusapi.application.service;

import co.factusapi.application.port.in.NumberingRangesUseCase;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import java.util.List;

public final class NumberingRangesService implements NumberingRangesUseCase {
    private final NumberingRangeGateway ranges;

    public NumberingRangesService(NumberingRangeGateway ranges) {
        this.ranges = ranges;
    }

    @Override
    public List<NumberingRange> list(RangeFilter filter) {
        return ranges.list(filter);
    }

    @Override
    public List<SoftwareRange> software() {
        return ranges.software();
    }

    @Override
    public NumberingRange get(long id) {
        return ranges.get(id);
    }

    @Override
    public NumberingRange create(NewNumberingRange range) {
        return ranges.create(range);
    }

    /** The new consecutive must lie inside the range: DIAN rejects numbers outside the authorised block. */
    @Override
    public NumberingRange updateCurrent(long id, long current) {
        NumberingRange range = ranges.get(id);
        boolean belowStart = range.from() != null && current < range.from();
        boolean pastEnd = range.to() != null && current > range.to();
        if (current < 0 || belowStart || pastEnd) {
            throw InvalidRequestException.of("current", "must lie within the range ("
                    + range.from() + " to " + range.to() + ")");
        }
        return ranges.updateCurrent(id, current);
    }

    @Override
    public NumberingRange setActive(long id, boolean active) {
        return ranges.setActive(id, active);
    }

    @Override
    public void delete(long id) {
        ranges.delete(id);
    }
}
