package co.factusapi.application.port.in;

import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import java.util.List;

/** Manage the DIAN numbering ranges (authorised consecutive blocks) documents are numbered from. */
public interface NumberingRangesUseCase {

    List<NumberingRange> list(RangeFilter filter);

    List<SoftwareRange> software();

    NumberingRange get(long id);

    NumberingRange create(NewNumberingRange range);

    NumberingRange updateCurrent(long id, long current);

    NumberingRange setActive(long id, boolean active);

    void delete(long id);
}
