package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.util.Map;

/** A Factus code-table row: its own id, the DIAN code and the Spanish name. */
public record CodeEntry(int id, String code, String name) {

    public Map<String, Object> toJson() {
        return Json.obj("id", id, "code", code, "name", name);
    }

    public Map<String, Object> codeAndName() {
        return Json.obj("code", code, "name", name);
    }
}
