package co.factusapi.adapter.in.web.auth;

import co.factusapi.domain.identity.AccessToken;

/** The OAuth2 token response (RFC 6749 section 5.1): {@code access_token}, {@code token_type}, {@code expires_in}. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
    static TokenResponse from(AccessToken token) {
        return new TokenResponse(token.value(), "Bearer", token.validFor().toSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
