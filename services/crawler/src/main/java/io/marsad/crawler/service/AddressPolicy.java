package io.marsad.crawler.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SSRF guard: Marsad fetches what users name, so it must never be turned against the
 * machine it runs on or the private network behind it. Addresses that are loopback, private,
 * link-local, unique-local, multicast, unspecified, or a cloud metadata endpoint are refused,
 * unless their host is on the configured allowlist ({@code marsad.crawler.allowed-hosts}; dev and
 * test allow 127.0.0.1 and localhost for their fixture sites).
 */
@ApplicationScoped
public class AddressPolicy {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback");

    private final Set<String> allowedHosts;

    @Inject
    public AddressPolicy(CrawlerConfig config) {
        this.allowedHosts = config.allowedHosts().map(hosts -> Set.copyOf(hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())).orElse(Set.of());
    }

    AddressPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    /** A policy outside CDI (the command line, stage tests): the given hosts are exempt, nothing else. */
    public static AddressPolicy allowing(Set<String> allowedHosts) {
        return new AddressPolicy(Set.copyOf(allowedHosts));
    }

    /** Whether the host (name or address, as written in a URL) is exempt from the guard by configuration. */
    public boolean isAllowlisted(String host) {
        String bare = host.toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return allowedHosts.contains(bare);
    }

    /** Why the URL's host may not be fetched judging by its name alone (no DNS), or empty when it may. */
    public Optional<String> refusalForHost(String url) {
        String host = hostOf(url);
        if (host == null) {
            return Optional.of("has no host");
        }
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        if (LOCAL_NAMES.contains(host) || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) {
            return Optional.of("names a local host");
        }
        if (IPV4_LITERAL.matcher(host).matches() || host.contains(":")) {
            try {
                return refusalForAddress(InetAddress.getByName(host)); // a literal: no DNS query is made
            } catch (UnknownHostException e) {
                return Optional.of("is not a valid address");
            }
        }
        return Optional.empty();
    }

    /** Why a resolved address may not be connected to, or empty when it may. */
    public Optional<String> refusalForAddress(InetAddress address) {
        if (allowedHosts.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("points to this machine (loopback)");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of("is not a unicast address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("is link-local (this includes cloud metadata endpoints)");
        }
        if (address.isSiteLocalAddress() || isPrivateOrReserved(address)) {
            return Optional.of("is a private network address");
        }
        return Optional.empty();
    }

    private static boolean isPrivateOrReserved(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 10 || (first == 100 && second >= 64 && second <= 127) // CGNAT
                || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))
                || first >= 240;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7, includes AWS fd00:ec2::254
            boolean mappedV4 = isV4Mapped(b);
            if (mappedV4) {
                try {
                    return new AddressPolicy(Set.of()).refusalForAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16))).isPresent();
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return false;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
