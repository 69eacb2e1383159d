package com.wizamart.marketplace.adapter.out.fetch;

import java.io.FilterInputStream;
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
import java.util.concurrent.ScheduledFuture;
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

import com.wizamart.marketplace.application.ImportChecks;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.config.MarketplaceProperties;

/**
 * Fetches vendor feed URLs without letting a vendor make us reach inside our network (SSRF). Only http/https; the
 * host is resolved by our own resolver, which refuses loopback, private, link-local (incl. 169.254.169.254), CGNAT,
 * unique-local, multicast, unspecified, and the IPv6 forms that carry such an IPv4 address (mapped, compatible,
 * translated, NAT64, 6to4, Teredo) or go to a NAT64 local-use translator; the connection is made to the
 * addresses that resolver checked (no second lookup to rebind). Redirects are followed by hand, a few times, each
 * hop checked again. Timeouts on connect and read; the size limit is enforced by the storage that consumes the body.
 * A download has a deadline and a minimum rate ({@link Transfer}), checked every second, so a server that trickles the
 * feed (each byte resetting the read timeout) is cut off; a cancel aborts the exchange wherever it is.
 */
@Component
class GuardedFeedFetcher implements FeedFetcher {

    private final MarketplaceProperties.Fetch settings;
    private final Set<String> allowedHosts;
    private final CloseableHttpClient client;
    private final ImportChecks checks;

    GuardedFeedFetcher(MarketplaceProperties properties, ImportChecks checks) {
        this.settings = properties.fetch();
        this.checks = checks;
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
    public InputStream fetch(String url, Cancellation cancellation) throws FetchException {
        URI uri = check(url);
        Transfer transfer = new Transfer(settings);
        cancellation.onCancel(transfer::cancel);
        ScheduledFuture<?> checking = checks.every(Transfer.CHECK_INTERVAL, transfer::check);
        try {
            InputStream body = open(uri, transfer, checking);
            checking = null; // the body stops the checks when it is closed
            return body;
        } finally {
            if (checking != null) {
                checking.cancel(false);
            }
        }
    }

    private InputStream open(URI uri, Transfer transfer, ScheduledFuture<?> checking) throws FetchException {
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            HttpGet request = new HttpGet(uri);
            transfer.requesting(request);
            ClassicHttpResponse response;
            try {
                response = client.executeOpen(null, request, null);
            } catch (RefusedAddressException e) {
                throw new FetchException(e.getMessage());
            } catch (IOException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RefusedAddressException refused) {
                    throw new FetchException(refused.getMessage());
                }
                transfer.failIfBeyondLimitsStarting(e);
                throw new FetchException("The feed URL could not be reached (" + uri.getHost() + "): " + e.getMessage(), e);
            }
            int status = response.getCode();
            if (status >= 300 && status < 400 && response.getFirstHeader("Location") != null) {
                Header location = response.getFirstHeader("Location");
                abort(request, response);
                uri = check(uri.resolve(location.getValue().strip()).toString());
                continue;
            }
            if (status != 200) {
                abort(request, response);
                throw new FetchException("The feed URL answered HTTP " + status + ".");
            }
            try {
                if (response.getEntity() == null) {
                    checking.cancel(false);
                    response.close();
                    return InputStream.nullInputStream();
                }
                transfer.bodyStarts();
                return new Body(response.getEntity().getContent(), request, response, transfer, checking);
            } catch (IOException e) {
                abort(request, response);
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
            // the URL may carry credentials, and the message is shown to everyone who may see the job
            throw new FetchException("The feed URL is not a valid URL.");
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

    /**
     * Ends the exchange without reading the rest of the body (closing alone would drain it, which a trickling or huge
     * body turns into a long wait): the connection is dropped, not reused.
     */
    private static void abort(HttpGet request, ClassicHttpResponse response) {
        request.cancel();
        try {
            response.close();
        } catch (IOException ignored) {
            // dropped anyway
        }
    }

    /** The refusal, carried through the HTTP client as an {@link UnknownHostException}. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    /**
     * The body: counts what arrives for the limits, turns a read that failed because a limit was reached into
     * {@link TooSlowException}, and on close stops the checks and ends the exchange (aborted unless read to its end).
     */
    private static final class Body extends FilterInputStream {

        private final HttpGet request;
        private final ClassicHttpResponse response;
        private final Transfer transfer;
        private final ScheduledFuture<?> checking;
        private boolean ended;

        Body(InputStream in, HttpGet request, ClassicHttpResponse response, Transfer transfer,
             ScheduledFuture<?> checking) {
            super(in);
            this.request = request;
            this.response = response;
            this.transfer = transfer;
            this.checking = checking;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            transfer.failIfBeyondLimits(null);
            int n;
            try {
                n = super.read(buffer, off, len);
            } catch (IOException e) {
                transfer.failIfBeyondLimits(e);
                throw e;
            }
            if (n < 0) {
                ended = true;
            } else {
                transfer.received(n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            checking.cancel(false);
            if (!ended) {
                abort(request, response);
                return;
            }
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }
}
