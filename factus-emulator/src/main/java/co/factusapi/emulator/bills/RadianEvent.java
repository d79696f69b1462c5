package co.factusapi.emulator.bills;

import co.factusapi.emulator.http.Json;
import java.util.Map;

/** A RADIAN event on a bill, shaped as in docs/factus-upstream.md §3.13. */
public record RadianEvent(String number, String cude, String eventCode, String eventName, String effectiveDate,
        String effectiveTime) {

    public Map<String, Object> toJson() {
        return Json.obj("number", number, "cude", cude, "event_code", eventCode, "event_name", eventName,
                "effective_date", effectiveDate, "effective_time", effectiveTime);
    }
}
