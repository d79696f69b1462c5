package co.factusapi.adapter.out.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.error.InvalidRequestException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF guard with a scripted DNS: names are judged by the addresses they resolve to, every one of them. */
class WebhookAddressPolicyTest {
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.tienda.co", new String[] {"93.184.216.34"},
            "rebind.example", new String[] {"93.184.216.34", "10.0.0.5"},
            "metadata.example", new String[] {"169.254.169.254"},
            "cgnat.example", new String[] {"100.64.1.1"},
            "erp.internal", new String[] {"10.20.30.40"},
            "v6.example", new String[] {"2001:db8::1"},
            "ula.example", new String[] {"fd12:3456::1"});

    private final WebhookAddressPolicy policy = new WebhookAddressPolicy(List.of("10.20.0.0/16", "partner.local"),
            WebhookAddressPolicyTest::resolve);

    @Test
    void publicHttpsIsAllowed() {
        assertAllowed("https://hooks.tienda.co/factus");
        assertAllowed("https://93.184.216.34:8443/factus");
    }

    @Test
    void plainHttpAndNonPublicAddressesAreRefused() {
        assertRefused("http://hooks.tienda.co/factus");
        assertRefused("https://rebind.example/hooks");
        assertRefused("https://metadata.example/latest");
        assertRefused("https://cgnat.example/hooks");
        assertRefused("https://ula.example/hooks");
        assertRefused("https://unknown.example/hooks");
        assertRefused("https://127.0.0.1/hooks");
        assertRefused("https://[::ffff:127.0.0.1]/hooks");
    }

    @Test
    void theAllowListLiftsBothRulesForTheHostsItNames() {
        assertAllowed("http://erp.internal/hooks");
        assertAllowed("http://10.20.1.1/hooks");
        assertAllowed("http://partner.local/hooks");
        assertRefused("http://10.21.1.1/hooks");
    }

    private void assertAllowed(String url) {
        assertThatCode(() -> policy.check(URI.create(url))).as(url).doesNotThrowAnyException();
    }

    private void assertRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).as(url).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidRequestException) e).violations()
                        .getFirst().field()).isEqualTo("url"));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            // Address literals resolve to themselves, without DNS.
            if (host.contains(":") || host.matches("[0-9.]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(addresses[i]).getAddress());
        }
        return resolved;
    }
}
