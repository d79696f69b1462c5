package co.factusapi.adapter.in.web.auth;

/** JSON login body: {@code {"username": "...", "password": "..."}}. */
public record LoginRequest(String username, String password) {
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
