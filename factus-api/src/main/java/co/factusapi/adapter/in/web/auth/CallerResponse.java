package co.factusapi.adapter.in.web.auth;

import java.util.List;

/** Who the server takes the caller to be: {@code user:<username>} or {@code api-key:<public id>}, and its roles. */
public record CallerResponse(String name, List<String> roles) {
}
