package com.wizamart.sharedkernel.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of IPv4 or IPv6 addresses in CIDR notation ({@code 198.51.100.0/24}, {@code 64:ff9b:abcd::/96}), parsed
 * without any name lookup: the form in which an operator names a range of its own network (a NAT64 prefix) that the
 * {@link OutboundAddressPolicy} is to refuse too.
 */
public final class AddressRange {

    private final byte[] prefix;
    private final int length;
    private final String text;

    private AddressRange(byte[] prefix, int length) {
        this.prefix = prefix;
        this.length = length;
        this.text = text(prefix) + "/" + length;
    }

    /**
     * @param cidr an address literal, a slash and a prefix length (0 to 32 for IPv4, 0 to 128 for IPv6); the bits after
     *             the prefix are ignored.
     * @throws IllegalArgumentException when it is not such a range.
     */
    public static AddressRange parse(String cidr) {
        Objects.requireNonNull(cidr, "cidr");
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Not an address range (address/prefix length): " + cidr);
        }
        Optional<InetAddress> address = literal(cidr.substring(0, slash).strip());
        int length;
        try {
            length = Integer.parseInt(cidr.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an address range (address/prefix length): " + cidr, e);
        }
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Not an address range (address/prefix length): " + cidr);
        }
        byte[] bytes = address.get().getAddress();
        if (length < 0 || length > bytes.length * 8) {
            throw new IllegalArgumentException("The prefix length of " + cidr + " is out of range");
        }
        return new AddressRange(bytes, length);
    }

    private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /**
     * The address an IPv4 (dotted quad) or IPv6 literal stands for, parsed without any name lookup; empty for anything
     * else (a name, a legacy numeric form such as {@code 2130706433}).
     */
    static Optional<InetAddress> literal(String text) {
        try {
            Matcher quad = DOTTED_QUAD.matcher(text);
            if (quad.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(quad.group(i + 1));
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            // the JDK parses a text with a colon as an IPv6 literal, never looking it up; no zone ids here
            return IPV6.matcher(text).matches() ? Optional.of(InetAddress.getByName(text)) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} lies in this range; an IPv4 address is never in an IPv6 range nor the other way. */
    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != prefix.length) {
            return false;
        }
        int whole = length / 8;
        if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
            return false;
        }
        int rest = length % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[whole] & mask) == (prefix[whole] & mask);
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The range as given, in canonical form, e.g. {@code 64:ff9b:abcd:0:0:0:0:0/96}. */
    @Override
    public String toString() {
        return text;
    }
}
