package co.factusapi.adapter.in.console;

import java.io.Serializable;

/**
 * What an action on a document did, shown once on the page it leads to (a flash attribute, so it is kept in the
 * session between the POST and the redirect: hence serializable, for the JDBC session store).
 *
 * @param message the message key; {@code status} its argument (a document state), {@code detail} the refusal's text
 */
record ActionOutcome(String message, String status, String detail, boolean failed) implements Serializable {
    static final String FLASH = "outcome";

    static ActionOutcome done(String message, Enum<?> status) {
        return new ActionOutcome(message, status == null ? null : status.name(), null, false);
    }

    static ActionOutcome failed(String message, String detail) {
        return new ActionOutcome(message, null, detail, true);
    }
}
