package com.wizamart.marketplace.adapter.out.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.MarketplaceProperties;
import com.wizamart.marketplace.application.port.out.FeedFetcher;

/**
 * Fetches vendor feed URLs without letting a vendor make us reach inside our network (SSRF). Only http/https; the
 * host is resolved by our own resolver, which refuses loopback, private, link-local (incl. 169.254.169.254), CGNAT,
 * unique-local, multicast, unspecified, and the IPv6 forms that carry such an IPv4 address (mapped, compatible,
 * translated, NAT64, 6to4, Teredo) or go to a NAT64 local-use translator; the connection is made to the
 * addresses that resolver checked (no second lookup to rebind). Redirects are followed by hand, a few times, each
 * hop checked again. Timeouts on connect and read; the size limit is enforced by the storage that consumes the body.
 */
@Component
class GuardedFeedFetcher implements FeedFetcher {

    private final MarketplaceProperties.Fetch settings;
    private final Set<String> allowedHosts;
    private final CloseableHttpClient client;

    GuardedFeedFetcher(MarketplaceProperties properties) {
        this.settings = properties.fetch();
        this.allowedHosts = settings.allowedHosts().stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        DnsResolver resolver = new CheckingResolver();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.readTimeout())).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.readTimeout())).build())
                .disableCookieManagement()
                .setUserAgent("Wizamart-Feed-Importer/1.0")
                .build();
    }

    @Override
    public InputStream fetch(String url) throws FetchException {
        URI uri = check(url);
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            ClassicHttpResponse response;
            try {
                response = client.executeOpen(null, new HttpGet(uri), null);
            } catch (RefusedAddressException e) {
                throw new FetchException(e.getMessage());
            } catch (IOException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RefusedAddressException refused) {
                    throw new FetchException(refused.getMessage());
                }
                throw new FetchException("The feed URL could not be reached (" + uri.getHost() + "): " + e.getMessage(), e);
            }
            int status = response.getCode();
            if (status >= 300 && status < 400 && response.getFirstHeader("Location") != null) {
                Header location = response.getFirstHeader("Location");
                close(response);
                uri = check(uri.resolve(location.getValue().strip()).toString());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new FetchException("The feed URL answered HTTP " + status + ".");
            }
            try {
                return response.getEntity() == null ? InputStream.nullInputStream() : new ClosingStream(
                        response.getEntity().getContent(), response);
            } catch (IOException e) {
                close(response);
                throw new FetchException("The feed could not be read: " + e.getMessage(), e);
            }
        }
        throw new FetchException("The feed URL redirected more than " + settings.maxRedirects() + " times.");
    }

    /** Scheme, syntax and (for literal addresses and names) the resolved addresses. */
    URI check(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException("Not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("Only http and https feed URLs are allowed.");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null) {
            throw new FetchException("The feed URL needs a host and must not carry credentials.");
        }
        try {
            new CheckingResolver().resolve(uri.getHost());
        } catch (RefusedAddressException e) {
            throw new FetchException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new FetchException("The feed URL's host " + uri.getHost() + " does not exist.");
        }
        return uri;
    }

    /** Resolves names and refuses any answer that points inside. */
    private final class CheckingResolver implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            InetAddress[] addresses = InetAddress.getAllByName(name);
            if (allowedHosts.contains(name.toLowerCase(Locale.ROOT))) {
                return addresses;
            }
            for (InetAddress address : addresses) {
                if (!allowedHosts.contains(address.getHostAddress()) && isInternal(address)) {
                    throw new RefusedAddressException("The feed URL points to an address that is not allowed ("
                            + host + ").");
                }
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    /**
     * Addresses a vendor's URL must never reach. An IPv6 address that carries an IPv4 address (IPv4-mapped,
     * IPv4-compatible, IPv4-translated, NAT64, 6to4, Teredo) is internal when an IPv4 address it carries is; every
     * address of the NAT64 local-use prefix is internal (its translator is ours, whatever it translates to).
     */
    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (startsWith(b, NAT64_LOCAL_USE, 6)) {
                return true;
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
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
    }

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

    private static void close(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    /** The refusal, carried through the HTTP client as an {@link UnknownHostException}. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    /** Closes the response with the body. */
    private static final class ClosingStream extends java.io.FilterInputStream {
        private final ClassicHttpResponse response;

        ClosingStream(InputStream in, ClassicHttpResponse response) {
            super(in);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }

}
