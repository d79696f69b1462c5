package co.factusapi.emulator.control;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Armed faults, checked on every upstream request. */
public final class Faults {
    private final List<Fault> armed = new CopyOnWriteArrayList<>();

    public void arm(Fault fault) {
        armed.add(fault);
    }

    public void clear() {
        armed.clear();
    }

    /** The fault that fires for this request, if any; a fault with a count disarms once used up. */
    public Fault trigger(String endpointKey) {
        if (armed.isEmpty()) {
            return null;
        }
        for (Fault fault : armed) {
            if (fault.fires(endpointKey)) {
                if (fault.exhausted()) {
                    armed.remove(fault);
                }
                return fault;
            }
        }
        return null;
    }
}
