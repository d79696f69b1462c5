package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.util.Map;

public record Country(int id, String code, String name) {

    public Map<String, Object> toJson() {
        return Json.obj("id", id, "code", code, "name", name);
    }
}
