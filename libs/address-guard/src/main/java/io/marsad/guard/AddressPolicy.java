package io.marsad.guard;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SSRF guard: Marsad calls URLs that users name (sources, webhooks), so it must never be
 * turned against the machine it runs on or the private network behind it. Addresses that are
 * loopback, private, link-local (cloud metadata endpoints among them), unique-local, shared
 * (CGNAT), multicast, reserved or unspecified are refused, however they are spelled — dotted,
 * decimal, octal, hexadecimal, shortened, IPv4 inside IPv6 — and so are local names. Hosts on the
 * allowlist pass exactly as written (tests and local demos allow their own address); nothing
 * wider. An entry {@code host:port} lets that host through on that port only (the local demo site,
 * and not the servers beside it on other ports of the same machine); a bare {@code host} on any port.
 * <p>
 * Two checks, one policy: {@link #refusalForUrl} when a URL is accepted (no DNS), and
 * {@link #refusalForAddress} on every address a name resolves to when connecting
 * ({@link GuardedDnsResolver}), so a name that resolves to a private address, or is made to
 * later (DNS rebinding), is refused too.
 */
public final class AddressPolicy {

    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback");
    private static final Set<String> LOCAL_SUFFIXES = Set.of(".localhost", ".local", ".internal", ".localdomain", ".home.arpa");

    /** An allowlist entry naming a port: {@code host:port} or {@code [v6]:port}. */
    private static final java.util.regex.Pattern ENDPOINT = java.util.regex.Pattern.compile("^(\\[[^\\]]+\\]|[^:\\[\\]]+):(\\d{1,5})$");

    private final Set<String> allowedHosts;
    /** Entries with a port, as {@code host:port} with the host bare (lower case, no brackets). */
    private final Set<String> allowedEndpoints;

    private AddressPolicy(Set<String> allowedHosts, Set<String> allowedEndpoints) {
        this.allowedHosts = allowedHosts;
        this.allowedEndpoints = allowedEndpoints;
    }

    /** The guard with no exemption. */
    public static AddressPolicy strict() {
        return new AddressPolicy(Set.of(), Set.of());
    }

    /**
     * The guard with these hosts (names or addresses, as written in URLs) exempt, nothing else: a
     * {@code host} on any port, a {@code host:port} on that port only.
     */
    public static AddressPolicy allowing(Collection<String> allowed) {
        Set<String> hosts = new java.util.HashSet<>();
        Set<String> endpoints = new java.util.HashSet<>();
        for (String entry : allowed) {
            java.util.regex.Matcher endpoint = ENDPOINT.matcher(entry.strip());
            if (endpoint.matches()) {
                endpoints.add(bare(endpoint.group(1)) + ":" + Integer.parseInt(endpoint.group(2)));
            } else {
                hosts.add(bare(entry.strip()));
            }
        }
        return new AddressPolicy(Set.copyOf(hosts), Set.copyOf(endpoints));
    }

    /**
     * Whether the host (name or address, as written in a URL) is exempt from the guard by
     * configuration, on some port: the name may be resolved to what the allowlist says. Which port
     * is checked on the URL, before every request ({@link #refusalForUrl}).
     */
    public boolean isAllowlisted(String host) {
        String bare = bare(host);
        return allowedHosts.contains(bare) || allowedEndpoints.stream().anyMatch(endpoint -> endpoint.startsWith(bare + ":")
            && endpoint.lastIndexOf(':') == bare.length());
    }

    /** Why the URL's host may not be called, judging by what is written (no DNS), or empty when it may. */
    public Optional<String> refusalForUrl(String url) {
        String host = hostOf(url);
        if (host == null) {
            return Optional.of("has no host");
        }
        if (allowedHosts.contains(host) || allowedEndpoints.contains(host + ":" + portOf(url))) {
            return Optional.empty();
        }
        String name = host.replaceFirst("\\.+$", ""); // "localhost." is localhost
        if (name.isEmpty()) {
            return Optional.of("has no host");
        }
        if (name.contains(":")) {
            return refusalForLiteral(name);
        }
        Optional<byte[]> ipv4;
        try {
            ipv4 = Ipv4Literal.parse(name);
        } catch (Ipv4Literal.InvalidAddress e) {
            return Optional.of("is not a valid address: " + host + " " + e.getMessage());
        }
        if (ipv4.isPresent()) {
            InetAddress address = address(ipv4.get());
            return refusalForAddress(address).map(reason -> address.getHostAddress().equals(host) ? reason
                : "is " + address.getHostAddress() + " written another way, which " + reason);
        }
        if (LOCAL_NAMES.contains(name) || LOCAL_SUFFIXES.stream().anyMatch(name::endsWith)) {
            return Optional.of("names a local host");
        }
        if (!name.contains(".")) {
            return Optional.of("is a name without a domain, which only a local network resolves");
        }
        return Optional.empty();
    }

    /** Why a resolved address may not be connected to, or empty when it may. */
    public Optional<String> refusalForAddress(InetAddress address) {
        if (allowedHosts.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(address.getAddress());
            if (embedded != null) {
                return refusalForAddress(address(embedded)).map(reason -> "carries the IPv4 address " + address(embedded).getHostAddress()
                    + ", which " + reason);
            }
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("points to this machine (loopback)");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("is the unspecified address (this machine)");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("is not a unicast address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("is link-local (this includes cloud metadata endpoints)");
        }
        if (address.isSiteLocalAddress() || isPrivateOrReserved(address.getAddress())) {
            return Optional.of("is a private or reserved network address");
        }
        return Optional.empty();
    }

    private Optional<String> refusalForLiteral(String ipv6) {
        try {
            // a literal with a colon is parsed, never looked up; IPv4-mapped forms come back as IPv4
            return refusalForAddress(InetAddress.getByName(ipv6));
        } catch (UnknownHostException e) {
            return Optional.of("is not a valid address");
        }
    }

    /**
     * The IPv4 address an IPv6 address carries, where the network would deliver to it: mapped
     * ({@code ::ffff:a.b.c.d}), compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) and
     * 6to4 ({@code 2002::/16}); null for others.
     */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean firstTenZero = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
        if (firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        boolean firstTwelveZero = firstTenZero && b[10] == 0 && b[11] == 0;
        boolean loopbackOrUnspecified = firstTwelveZero && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] == 0 || b[15] == 1);
        if (firstTwelveZero && !loopbackOrUnspecified) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
            && Arrays.equals(b, 4, 12, new byte[8], 0, 8);
        if (nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }

    private static boolean isPrivateOrReserved(byte[] b) {
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || first == 127
                || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
                || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 240; // reserved and broadcast
        }
        int first = b[0] & 0xff;
        return (first & 0xfe) == 0xfc; // unique-local fc00::/7, which includes AWS's fd00:ec2::254
    }

    private static InetAddress address(byte[] ipv4) {
        try {
            return Inet4Address.getByAddress(ipv4);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The URL's host, lower case, without IPv6 brackets; null when it has none. {@link URI} leaves
     * the host out when it is not a well-formed name ({@code 127.1}, {@code 127.0.0.1.}), though
     * resolvers and HTTP clients still reach it, so the host is then read from the authority.
     */
    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String host = uri.getHost();
            if (host == null && uri.getRawAuthority() != null) {
                String authority = uri.getRawAuthority();
                authority = authority.substring(authority.lastIndexOf('@') + 1);
                int port = authority.lastIndexOf(':');
                host = port > authority.lastIndexOf(']') ? authority.substring(0, port) : authority;
            }
            return host == null || host.isEmpty() ? null : bare(host);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The port a URL connects to: its own, else its scheme's (80 for http, 443 for https); -1 when neither says. */
    private static int portOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getPort() >= 0) {
                return uri.getPort();
            }
            String authority = uri.getRawAuthority();
            if (authority != null) {
                authority = authority.substring(authority.lastIndexOf('@') + 1);
                int colon = authority.lastIndexOf(':');
                if (colon > authority.lastIndexOf(']') && colon + 1 < authority.length()) {
                    return Integer.parseInt(authority.substring(colon + 1));
                }
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
