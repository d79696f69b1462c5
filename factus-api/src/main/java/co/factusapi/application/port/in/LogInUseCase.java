package co.factusapi.application.port.in;

import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.Caller;

/** A person exchanges username and password for a bearer token (the OAuth2 password grant of our own API). */
public interface LogInUseCase {
    AccessToken logIn(String username, String password);

    /**
     * The same check without a token, for the operations console's session: who signed in, their tenant and the
     * scopes of their role. An AuthenticationFailedException on a wrong name or password.
     */
    Caller signIn(String username, String password);
}
