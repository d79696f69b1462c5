package co.factusapi.adapter.out.factus;

import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** A raw Factus answer: status, headers and the body read as a JSON tree (MissingNode when not JSON). */
public record FactusResponse(int status, HttpHeaders headers, JsonNode body) {
    public FactusResponse {
        body = body == null ? MissingNode.getInstance() : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** Factus lists come as {@code data: [...]} or paginated {@code data: {data: [...], pagination}}. */
    public JsonNode dataItems() {
        JsonNode data = body.path("data");
        return data.isArray() ? data : data.path("data");
    }
}
