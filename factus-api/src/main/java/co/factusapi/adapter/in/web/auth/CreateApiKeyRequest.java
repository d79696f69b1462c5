package co.factusapi.adapter.in.web.auth;

public record CreateApiKeyRequest(String name) {
}
