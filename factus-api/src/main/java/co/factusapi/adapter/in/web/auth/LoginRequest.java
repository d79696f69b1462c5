package co.factusapi.adapter.in.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** JSON login body: {@code {"username": "...", "password": "..."}}. */
@Schema(example = """
        {"username": "admin", "password": "choose-a-password"}""")
public record LoginRequest(String username, String password) {
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
