package io.marsad.guard;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves names for Apache HttpClient 5 and refuses addresses the {@link AddressPolicy} forbids,
 * at connect time: the address that is checked is the address connected to, so DNS rebinding
 * cannot slip a private address past a check made earlier.
 */
public final class GuardedDnsResolver implements DnsResolver {

    private final AddressPolicy policy;

    public GuardedDnsResolver(AddressPolicy policy) {
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

    /** A refusal, told apart from a name that does not resolve. */
    public static final class BlockedAddressException extends UnknownHostException {
        public BlockedAddressException(String message) {
            super(message);
        }
    }
}
