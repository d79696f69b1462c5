package co.factusapi.application.port.out;

import java.util.UUID;

/** Factus accounts known to the service; every invoice belongs to one. */
public interface AccountRepository {

    /** The id of the account with this name, created on first use. */
    UUID ensure(String name, String baseUrl);
}
