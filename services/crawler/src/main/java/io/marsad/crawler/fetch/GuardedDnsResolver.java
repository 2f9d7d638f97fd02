package io.marsad.crawler.fetch;

import io.marsad.crawler.service.AddressPolicy;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves names and refuses addresses the SSRF guard forbids, at connect time: the address that
 * is checked is the address connected to, so DNS rebinding cannot slip a private address past a
 * check made earlier.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final AddressPolicy policy;

    GuardedDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        if (policy.isAllowlisted(host)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusalForAddress(address);
            if (refusal.isPresent()) {
                throw new BlockedAddressException(host + " (" + address.getHostAddress() + ") " + refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** Marks a refusal apart from a name that does not resolve. */
    static final class BlockedAddressException extends UnknownHostException {
        BlockedAddressException(String message) {
            super(message);
        }
    }
}
