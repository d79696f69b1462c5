package co.factusapi.testsupport;

import co.factusapi.application.port.out.PasswordHasher;
import java.util.ArrayList;
import java.util.List;

/** Reversible on purpose (tests only); remembers which hashes were checked. */
public class FakePasswordHasher implements PasswordHasher {
    private final List<String> checkedHashes = new ArrayList<>();

    @Override
    public String hash(String rawPassword) {
        return "hashed:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        checkedHashes.add(hash);
        return hash.equals(hash(rawPassword));
    }

    public List<String> checkedHashes() {
        return checkedHashes;
    }
}
