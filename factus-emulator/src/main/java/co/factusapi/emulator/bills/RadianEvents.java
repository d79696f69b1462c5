package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.Cufe;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Imitated RADIAN events: the real CUDE needs Factus's Software-PIN (docs/factus-upstream.md §12.1), so it is only look-alike. */
public final class RadianEvents {
    private final Clock clock;
    private final AtomicInteger sequence = new AtomicInteger();

    public RadianEvents(Clock clock) {
        this.clock = clock;
    }

    public RadianEvent add(Bill bill, String eventCode) {
        ZonedDateTime now = ColombiaTime.now(clock);
        String number = "AP" + sequence.incrementAndGet();
        String time = now.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        RadianEvent event = new RadianEvent(number, Cufe.sha384Hex(bill.cufe() + eventCode + number + now),
                eventCode, Catalog.RADIAN_EVENTS.getOrDefault(eventCode, "Evento " + eventCode),
                now.toLocalDate().toString(), time);
        bill.addEvent(event);
        return event;
    }

    public void reset() {
        sequence.set(0);
    }
}
