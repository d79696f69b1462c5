package co.factusapi.application.port.out;

import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.User;

/** Signs the bearer token a logged-in user presents on later requests. */
public interface AccessTokenIssuer {
    AccessToken issueFor(User user);
}
