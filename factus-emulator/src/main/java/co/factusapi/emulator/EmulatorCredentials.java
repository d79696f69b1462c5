package co.factusapi.emulator;

/** The fake OAuth client and user the emulator accepts. */
public record EmulatorCredentials(String clientId, String clientSecret, String username, String password) {

    public static EmulatorCredentials defaults() {
        return new EmulatorCredentials("factus-emulator-client", "factus-emulator-secret",
                "sandbox@factus-emulator.local", "emulator-password");
    }
}
