package com.wizamart.sharedkernel.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.wizamart.sharedkernel.net.RefusedRequestException.Reason;

/**
 * Which addresses a URL given to us by someone else (a vendor's feed, a product's image link) may make us reach: the
 * guard against server-side request forgery (SSRF). Refused are loopback, private, link-local (among them the cloud
 * metadata address 169.254.169.254), CGNAT, unique-local, multicast, unspecified, reserved, documentation
 * (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), benchmarking, the old 6to4 relay anycast
 * (192.88.99.0/24), discard-only (100::/64) and ORCHID (2001:10::/28) ranges, the IPv6 forms that carry such an IPv4
 * address (mapped, compatible, translated, NAT64, 6to4, Teredo), and every address of the NAT64 local-use prefix (its
 * translator is ours, whatever it translates to). An operator adds ranges of its own network the rules cannot know
 * (a NAT64 prefix of its own, say) as {@code refusedRanges}.
 * <p>
 * The check is on the resolved addresses, not on the URL's text, so a name that resolves inside, a decimal or hex
 * literal ({@code http://2130706433/}) and an IPv6 disguise are all caught. Callers connect to the very addresses
 * {@link #resolve(String)} checked ({@link GuardedHttpClient} does), so a second lookup cannot rebind the name.
 * <p>
 * {@code allowedHosts} lets named hosts or addresses through although they are inside: empty in production; tests and
 * local demos list {@code 127.0.0.1}/{@code localhost} to reach a stand-in server on this machine. Addresses are
 * compared as addresses, not as text: {@code ::1} allows {@code 0:0:0:0:0:0:0:1}.
 */
public final class OutboundAddressPolicy {

    private final Set<String> allowedNames;
    private final Set<InetAddress> allowedAddresses;
    private final List<AddressRange> refusedRanges;

    private OutboundAddressPolicy(Collection<String> allowedHosts, Collection<String> refusedRanges) {
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        for (String host : allowedHosts) {
            String name = unbracketed(host.strip()).toLowerCase(Locale.ROOT);
            literal(name).ifPresentOrElse(addresses::add, () -> names.add(name));
        }
        this.allowedNames = Set.copyOf(names);
        this.allowedAddresses = Set.copyOf(addresses);
        this.refusedRanges = refusedRanges.stream().map(AddressRange::parse).toList();
    }

    /** The production policy: every internal address refused. */
    public static OutboundAddressPolicy refusingInternalAddresses() {
        return new OutboundAddressPolicy(List.of(), List.of());
    }

    /**
     * @param allowedHosts host names (as written in URLs) or literal addresses let through although internal; must not
     *                     be {@literal null}. Every other internal address stays refused.
     */
    public static OutboundAddressPolicy allowing(Collection<String> allowedHosts) {
        return new OutboundAddressPolicy(allowedHosts, List.of());
    }

    /**
     * @param allowedHosts  as {@link #allowing(Collection)}.
     * @param refusedRanges ranges in CIDR notation ({@link AddressRange#parse(String)}) refused on top of the internal
     *                      ones, e.g. an operator's own NAT64 prefix; must not be {@literal null}.
     * @throws IllegalArgumentException when a range is not in CIDR notation.
     */
    public static OutboundAddressPolicy allowing(Collection<String> allowedHosts, Collection<String> refusedRanges) {
        return new OutboundAddressPolicy(allowedHosts, refusedRanges);
    }

    /**
     * Resolves {@code host} and refuses it when any of its addresses is internal (and neither the name nor that
     * address is allowed).
     *
     * @param host a name or literal address, IPv6 literals with or without their brackets.
     * @return every address of the host, all of them allowed.
     * @throws RefusedAddressException when an address is refused.
     * @throws UnknownHostException    when the name does not resolve.
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = unbracketed(host);
        InetAddress[] addresses = InetAddress.getAllByName(name);
        if (literal(name).isEmpty() && allowedNames.contains(name.toLowerCase(Locale.ROOT))) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!allowedAddresses.contains(address) && refuses(address)) {
                throw new RefusedAddressException(host);
            }
        }
        return addresses;
    }

    /** Whether this policy refuses {@code address} (unless allowed by host): internal, or in a refused range. */
    public boolean refuses(InetAddress address) {
        if (isInternal(address)) {
            return true;
        }
        for (AddressRange range : refusedRanges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The address a literal stands for, parsed without any lookup; empty for a name. */
    private static Optional<InetAddress> literal(String host) {
        return AddressRange.literal(host);
    }

    /**
     * Checks a URL before anything is sent: syntax, scheme ({@code http} or {@code https} only: no {@code file:},
     * {@code ftp:}, {@code data:}, {@code jar:} ...), a host and no credentials, and the host's resolved addresses.
     *
     * @return the URL, parsed.
     * @throws RefusedRequestException with the reason; its message never quotes the URL.
     */
    public URI check(String url) throws RefusedRequestException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedRequestException(Reason.INVALID_URL, null);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedRequestException(Reason.SCHEME_NOT_ALLOWED, null);
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new RefusedRequestException(Reason.NO_HOST_OR_CREDENTIALS, uri.getHost());
        }
        try {
            resolve(uri.getHost());
        } catch (RefusedAddressException e) {
            throw new RefusedRequestException(Reason.ADDRESS_NOT_ALLOWED, uri.getHost());
        } catch (UnknownHostException e) {
            throw new RefusedRequestException(Reason.UNKNOWN_HOST, uri.getHost());
        }
        return uri;
    }

    /**
     * Whether {@code address} lies inside our network (or is otherwise no place a foreign URL may take us), whatever
     * hosts are allowed. An IPv6 address that carries an IPv4 address (IPv4-mapped, IPv4-compatible,
     * IPv4-translated, NAT64, 6to4, Teredo) is internal when an IPv4 address it carries is; every address of the
     * NAT64 local-use prefix is internal.
     */
    public static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (startsWith(b, NAT64_LOCAL_USE, 6)) {
                return true;
            }
            for (AddressRange special : SPECIAL_V6) {
                if (special.contains(b)) {
                    return true;
                }
            }
            List<byte[]> carried = carriedV4(b);
            if (!carried.isEmpty()) {
                for (byte[] v4 : carried) {
                    if (isInternalV4(v4)) {
                        return true;
                    }
                }
                return false;
            }
            return v6.isLoopbackAddress() || v6.isAnyLocalAddress() || v6.isLinkLocalAddress()
                    || v6.isSiteLocalAddress() || v6.isMulticastAddress()
                    || (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        return isInternalV4(address.getAddress());
    }

    private static boolean isInternalV4(byte[] b) {
        InetAddress address;
        try {
            address = InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || first == 0 || first >= 240                     // "this network", reserved, broadcast
                || (first == 100 && second >= 64 && second < 128) // CGNAT 100.64.0.0/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || isIn(b, SPECIAL_V4);
    }

    private static boolean isIn(byte[] address, List<AddressRange> ranges) {
        for (AddressRange range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Documentation (RFC 5737) and the deprecated 6to4 relay anycast (RFC 7526): never a server of a feed. */
    private static final List<AddressRange> SPECIAL_V4 = Stream.of("192.0.2.0/24", "198.51.100.0/24",
            "203.0.113.0/24", "192.88.99.0/24").map(AddressRange::parse).toList();
    /** Documentation (RFC 3849), discard-only (RFC 6666), benchmarking (RFC 5180) and ORCHID (RFC 4843). */
    private static final List<AddressRange> SPECIAL_V6 = Stream.of("2001:db8::/32", "100::/64", "2001:2::/48",
            "2001:10::/28").map(AddressRange::parse).toList();

    /** 64:ff9b:1::/48, NAT64 local use (RFC 8215). */
    private static final byte[] NAT64_LOCAL_USE = {0x00, 0x64, (byte) 0xff, (byte) 0x9b, 0x00, 0x01};
    /** 64:ff9b::/32, the NAT64 well-known prefix's first 32 bits (RFC 6052); the /96 carries the IPv4 last. */
    private static final byte[] NAT64 = {0x00, 0x64, (byte) 0xff, (byte) 0x9b};
    /** 2002::/16, 6to4 (RFC 3056): the IPv4 address in bits 16-47. */
    private static final byte[] SIX_TO_FOUR = {0x20, 0x02};
    /** 2001::/32, Teredo (RFC 4380): the server's IPv4 in bits 32-63, the client's inverted in bits 96-127. */
    private static final byte[] TEREDO = {0x20, 0x01, 0x00, 0x00};

    /** The IPv4 addresses an IPv6 address carries by one of the transition forms; empty for any other address. */
    private static List<byte[]> carriedV4(byte[] b) {
        byte[] last = Arrays.copyOfRange(b, 12, 16);
        boolean zeroTo8 = isZero(b, 0, 8);
        if (zeroTo8 && isZero(b, 8, 10) && ((b[10] == 0 && b[11] == 0)                     // ::a.b.c.d compatible
                || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff))) {                 // ::ffff:a.b.c.d mapped
            return List.of(last);
        }
        if (zeroTo8 && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return List.of(last);                                       // ::ffff:0:a.b.c.d translated (RFC 2765)
        }
        if (startsWith(b, NAT64, 4)) {
            return List.of(last);
        }
        if (startsWith(b, SIX_TO_FOUR, 2)) {
            return List.of(Arrays.copyOfRange(b, 2, 6));
        }
        if (startsWith(b, TEREDO, 4)) {
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~last[i];
            }
            return List.of(Arrays.copyOfRange(b, 4, 8), client);
        }
        return List.of();
    }

    private static boolean startsWith(byte[] b, byte[] prefix, int length) {
        return Arrays.equals(b, 0, length, prefix, 0, length);
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
