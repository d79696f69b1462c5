package co.factusapi.emulator.document;

import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** E-mails the emulator pretended to send, for assertions through the control plane. */
public final class Outbox {
    public record Email(String documentNumber, String to, boolean ownPdf, String sentAt) {

        public Map<String, Object> toJson() {
            return Json.obj("number", documentNumber, "email", to, "own_pdf", ownPdf, "sent_at", sentAt);
        }
    }

    private final List<Email> sent = new CopyOnWriteArrayList<>();

    public void record(Email email) {
        sent.add(email);
    }

    public List<Email> all() {
        return List.copyOf(sent);
    }

    public void reset() {
        sent.clear();
    }
}
