package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides DIAN's answer for a new document: rejections and slowness armed by the control plane apply to every
 * family (bills, credit notes, support documents, adjustment and debit notes), in the order documents arrive; bills
 * alone also get the FAK24 rule on a customer NIT with a wrong DV (docs/factus-upstream.md §3.2).
 */
public final class DianSimulator {
    private final AtomicInteger rejectsLeft = new AtomicInteger();
    private final AtomicInteger slowLeft = new AtomicInteger();
    private volatile String rejectRule = "FAK24";
    private volatile String rejectMessage = "";

    public void rejectNext(int count, String rule, String message) {
        rejectRule = rule;
        rejectMessage = message;
        rejectsLeft.set(count);
    }

    public void slowNext(int count) {
        slowLeft.set(count);
    }

    public void reset() {
        rejectsLeft.set(0);
        slowLeft.set(0);
    }

    /** A bill: the customer's NIT check digit first, then the armed modes. */
    public DianVerdict judge(Customer customer) {
        if (customer.identificationDocumentId() == Catalog.NIT && customer.dv() != null
                && !customer.dv().trim().equals(String.valueOf(DianCheckDigit.of(customer.identification())))) {
            return rejected("FAK24", "El DV del NIT no corresponde al calculado por la DIAN");
        }
        return judge();
    }

    /** Any document: a rejection armed by the control plane, else slowness, else accepted. */
    public DianVerdict judge() {
        if (takeOne(rejectsLeft)) {
            return rejected(rejectRule, rejectMessage);
        }
        if (takeOne(slowLeft)) {
            return new DianVerdict(false, false, Map.of("DIAN",
                    "Regla: DIAN, Notificación: La DIAN no respondió a tiempo; reenvíe el documento para consultar su estado"));
        }
        return DianVerdict.accepted();
    }

    private static DianVerdict rejected(String rule, String message) {
        return new DianVerdict(false, true, Map.of(rule, "Regla: " + rule + ", Rechazo: " + message));
    }

    private static boolean takeOne(AtomicInteger left) {
        return left.get() > 0 && left.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
    }
}
