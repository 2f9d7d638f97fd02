package io.marsad.guard;

import java.util.Optional;

/**
 * Reads a URL host the way resolvers and browsers read IPv4 addresses, not only as dotted quads:
 * {@code inet_aton} (which the system resolver uses) and the WHATWG URL standard also take one to
 * four parts, each decimal, octal (leading {@code 0}) or hexadecimal ({@code 0x}), the last part
 * filling the remaining bytes — so {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1} and
 * {@code 127.1} are all 127.0.0.1. A host whose last label is a number is an address and nothing
 * else; if it is not a valid one, it is invalid rather than a name.
 */
final class Ipv4Literal {

    /** The host is not a valid address although it is written as one. */
    static final class InvalidAddress extends Exception {
        InvalidAddress(String message) {
            super(message);
        }
    }

    private Ipv4Literal() {}

    /**
     * The four bytes the host stands for, or empty when it is a name (its last label is not a
     * number). The host is lower case, without brackets or trailing dots.
     */
    static Optional<byte[]> parse(String host) throws InvalidAddress {
        String[] parts = host.split("\\.", -1);
        if (!isNumber(parts[parts.length - 1])) {
            return Optional.empty();
        }
        if (parts.length > 4) {
            throw new InvalidAddress("has more than four parts for an address");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!isNumber(parts[i])) {
                throw new InvalidAddress("mixes a name with numbers: " + parts[i]);
            }
            values[i] = value(parts[i]);
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                throw new InvalidAddress("has a part above 255");
            }
            address = (address << 8) | values[i];
        }
        int remainingBytes = 5 - values.length;
        long last = values[values.length - 1];
        if (last >= 1L << (8 * remainingBytes)) {
            throw new InvalidAddress("has a last part too large for an address");
        }
        address = (address << (8 * remainingBytes)) | last;
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    private static boolean isNumber(String part) {
        if (part.startsWith("0x")) {
            return part.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A part's value; anything above 32 bits is reported as too large (never overflows). */
    private static long value(String part) throws InvalidAddress {
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        digits = digits.replaceFirst("^0+(?=.)", "");
        if (digits.isEmpty()) {
            return 0; // "0x" alone is zero, as browsers read it
        }
        if (digits.length() > 11) {
            throw new InvalidAddress("has a number too large for an address");
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            throw new InvalidAddress("has a part that is not a number in base " + radix + ": " + part);
        }
    }
}
