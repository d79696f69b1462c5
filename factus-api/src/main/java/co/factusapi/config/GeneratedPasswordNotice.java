package co.factusapi.config;

/**
 * Shows a generated admin password once, on the console. Deliberately not a log call: log lines are often shipped
 * to central systems where a password must never end up.
 */
final class GeneratedPasswordNotice {
    private GeneratedPasswordNotice() {
    }

    static void print(String password) {
        System.out.println("""

                ======================================================================
                 Factus API: no users existed, so the user "admin" was created with
                 this generated password (shown only this once):

                     %s

                 Log in with it and keep it safe. To choose the password yourself,
                 set FACTUS_API_ADMIN_PASSWORD before the first start.
                ======================================================================
                """.formatted(password));
    }
}
