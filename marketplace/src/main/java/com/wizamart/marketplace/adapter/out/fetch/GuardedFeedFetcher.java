package com.wizamart.marketplace.adapter.out.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
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
 * unique-local, multicast, unspecified and IPv4-mapped/compatible IPv6 forms of those; the connection is made to the
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

    /** Addresses a vendor's URL must never reach. */
    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isV4Embedded(b)) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return v6.isLoopbackAddress() || v6.isAnyLocalAddress() || v6.isLinkLocalAddress()
                    || v6.isSiteLocalAddress() || v6.isMulticastAddress()
                    || (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        byte[] b = ((Inet4Address) address).getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || first == 0 || first >= 240                     // "this network", reserved, broadcast
                || (first == 100 && second >= 64 && second < 128) // CGNAT 100.64.0.0/10
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) forms. */
    private static boolean isV4Embedded(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        return mapped || compatible || nat64;
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
