package co.factusapi.adapter.out.webhook;

import co.factusapi.application.port.out.WebhookDestinations;
import co.factusapi.domain.error.InvalidRequestException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server-side request forgery guard of webhooks (OWASP API7): https only, and every address the host resolves to
 * must be public: no loopback, private (RFC 1918), carrier-grade NAT, link-local (cloud metadata at 169.254.169.254),
 * unique-local, multicast or unspecified address. An entry of {@code allow} (a host name, an address or a CIDR block)
 * lifts both rules for the hosts it names, e.g. a receiver inside the company network, or loopback in tests.
 */
public final class WebhookAddressPolicy implements WebhookDestinations {
    /** Resolves a host name to its addresses; DNS by default, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final List<Cidr> allowedNetworks;
    private final Resolver resolver;

    public WebhookAddressPolicy(List<String> allow, Resolver resolver) {
        this.allowedHosts = allow.stream().filter(entry -> !Cidr.looksLikeOne(entry))
                .map(entry -> entry.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.allowedNetworks = allow.stream().filter(Cidr::looksLikeOne).map(Cidr::parse).toList();
        this.resolver = resolver;
    }

    public WebhookAddressPolicy(List<String> allow) {
        this(allow, InetAddress::getAllByName);
    }

    @Override
    public void check(URI url) {
        String host = host(url);
        if (allowedHosts.contains(host)) {
            return;
        }
        List<InetAddress> addresses = resolve(host);
        if (addresses.stream().allMatch(this::allowed)) {
            return;
        }
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw refused("must be an absolute https URL");
        }
        if (addresses.stream().anyMatch(WebhookAddressPolicy::nonPublic)) {
            throw refused("points to a private, loopback, link-local or otherwise non-public address, which may not "
                    + "receive webhooks");
        }
    }

    private static String host(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw refused("must be an absolute https URL");
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private List<InetAddress> resolve(String host) {
        try {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                throw refused("has a host name that does not resolve");
            }
            return List.of(addresses);
        } catch (UnknownHostException e) {
            throw refused("has a host name that does not resolve");
        }
    }

    private boolean allowed(InetAddress address) {
        return allowedNetworks.stream().anyMatch(network -> network.contains(address));
    }

    static boolean nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && (second & 0xc0) == 64) // 0.0.0.0/8, 100.64.0.0/10 (carrier-grade NAT)
                || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // 192.0.0.0/24, IETF protocol assignments
                || first >= 240; // reserved and broadcast
    }

    private static InvalidRequestException refused(String message) {
        return InvalidRequestException.of("url", message);
    }

    /** An address block: an address and how many leading bits of it count. */
    record Cidr(byte[] network, int bits) {
        static boolean looksLikeOne(String entry) {
            return entry.contains("/") || entry.contains(":") || entry.chars().allMatch(c -> c == '.'
                    || Character.isDigit(c));
        }

        static Cidr parse(String entry) {
            String[] parts = entry.split("/", 2);
            try {
                byte[] address = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("factus-api.webhooks.allow: bad prefix length in " + entry);
                }
                return new Cidr(address, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("factus-api.webhooks.allow: " + entry + " is not an address or CIDR");
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
