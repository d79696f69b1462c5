package co.factusapi.application.port.out;

import co.factusapi.domain.numbering.NewNumberingRange;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.numbering.SoftwareRange;
import java.util.List;

/**
 * The account's DIAN numbering ranges at the provider. Every change also refreshes the ranges the invoice flow
 * resolves prefixes against. An unknown id is a NotFoundException.
 */
public interface NumberingRangeGateway {

    /** All matching ranges, every page of the provider's list. */
    List<NumberingRange> list(RangeFilter filter);

    /** The ranges DIAN associates with the invoicing software. */
    List<SoftwareRange> software();

    NumberingRange get(long id);

    NumberingRange create(NewNumberingRange range);

    NumberingRange updateCurrent(long id, long current);

    /**
     * Activates or deactivates the range (an inactive range numbers nothing); nothing changes when it already is so.
     * A provider that cannot do this is an InvalidRequestException naming {@code active}.
     */
    NumberingRange setActive(long id, boolean active);

    void delete(long id);
}
