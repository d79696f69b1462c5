package co.factusapi.application.port.in;

import co.factusapi.domain.identity.AccessToken;

/** A person exchanges username and password for a bearer token (the OAuth2 password grant of our own API). */
public interface LogInUseCase {
    AccessToken logIn(String username, String password);
}
