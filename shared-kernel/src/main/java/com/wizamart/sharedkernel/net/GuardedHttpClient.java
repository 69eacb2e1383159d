package com.wizamart.sharedkernel.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.util.Timeout;

import com.wizamart.sharedkernel.net.RefusedRequestException.Reason;

/**
 * An HTTP client (Apache HttpClient 5) for URLs someone else gave us, which cannot be made to reach inside our
 * network: every connection goes to addresses an {@link OutboundAddressPolicy} resolved and checked (no second
 * lookup to rebind the name), redirects are followed here, a bounded number of times, each hop checked again before
 * it is requested, and connecting, waiting for the answer and each read have a time limit. No cookies, no proxy from
 * system properties.
 * <p>
 * A read timeout does not bound a whole download (each byte that arrives resets it): callers that must finish in
 * time cancel the exchange ({@link HttpGet#cancel()}, from another thread) or count the time as they read.
 */
public final class GuardedHttpClient implements Closeable {

    private final OutboundAddressPolicy policy;
    private final int maxRedirects;
    private final CloseableHttpClient client;

    private GuardedHttpClient(Builder builder) {
        this.policy = builder.policy;
        this.maxRedirects = builder.maxRedirects;
        DnsResolver resolver = new CheckingResolver(policy);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(builder.connectTimeout))
                                .setSocketTimeout(Timeout.of(builder.readTimeout)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(builder.readTimeout)).build())
                .disableCookieManagement()
                .setUserAgent(builder.userAgent)
                .build();
    }

    /**
     * @param policy which addresses may be reached; must not be {@literal null}.
     */
    public static Builder builder(OutboundAddressPolicy policy) {
        return new Builder(policy);
    }

    /** The policy's check of a URL before anything is sent; see {@link OutboundAddressPolicy#check(String)}. */
    public URI check(String url) throws RefusedRequestException {
        return policy.check(url);
    }

    /**
     * Sends a GET to {@code uri} (checked by {@link #check(String)}) and follows redirects (3xx but 304, with a
     * {@code Location}), checking each hop again, until an answer that is no redirect.
     *
     * @param preparing called with each hop's request before it is sent (headers, or a hand-over of the request so
     *                  that another thread can cancel it); must not be {@literal null}.
     * @return the answer, whatever its status; the caller closes it ({@link Exchange#abort()} when it does not read
     *         the body to its end).
     * @throws RefusedRequestException when a hop is refused, or there are more redirects than allowed.
     * @throws ExchangeFailedException when a hop could not be connected to or answered (timeouts among them).
     */
    public Exchange open(URI uri, Consumer<HttpGet> preparing) throws RefusedRequestException, ExchangeFailedException {
        URI current = uri;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            HttpGet request = new HttpGet(current);
            preparing.accept(request);
            ClassicHttpResponse response;
            try {
                response = client.executeOpen(null, request, null);
            } catch (RefusedAddressException e) {
                throw new RefusedRequestException(Reason.ADDRESS_NOT_ALLOWED, e.host());
            } catch (IOException e) {
                if (e.getCause() instanceof RefusedAddressException refused) {
                    throw new RefusedRequestException(Reason.ADDRESS_NOT_ALLOWED, refused.host());
                }
                throw new ExchangeFailedException(current, e);
            }
            Exchange exchange = new Exchange(current, request, response);
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            if (status < 300 || status >= 400 || status == HttpStatus.SC_NOT_MODIFIED || location == null) {
                return exchange;
            }
            exchange.abort();
            URI next;
            try {
                next = current.resolve(location.getValue().strip());
            } catch (IllegalArgumentException e) {
                throw new RefusedRequestException(Reason.INVALID_URL, null);
            }
            current = check(next.toString());
        }
        throw new RefusedRequestException(Reason.TOO_MANY_REDIRECTS, null);
    }

    /** How many redirects {@link #open(URI, Consumer)} follows. */
    public int maxRedirects() {
        return maxRedirects;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /**
     * One answer: the URL that gave it (after redirects), the request and the response.
     *
     * @param uri      the URL of the last hop.
     * @param request  its request; {@link HttpGet#cancel()} aborts a read blocked on the server, from any thread.
     * @param response the answer; its body is streamed.
     */
    public record Exchange(URI uri, HttpGet request, ClassicHttpResponse response) implements Closeable {

        /**
         * Ends the exchange without reading the rest of the body (closing alone would drain it, which a trickling or
         * huge body turns into a long wait): the connection is dropped, not reused.
         */
        public void abort() {
            request.cancel();
            try {
                response.close();
            } catch (IOException ignored) {
                // dropped anyway
            }
        }

        /** Closes the response: the connection goes back to the pool when the body was read to its end. */
        @Override
        public void close() throws IOException {
            response.close();
        }
    }

    /**
     * A hop could not be connected to or gave no answer in time. The message is the underlying failure's, which names
     * no more than the host.
     */
    public static final class ExchangeFailedException extends IOException {

        private final URI uri;

        ExchangeFailedException(URI uri, IOException cause) {
            super(cause.getMessage(), cause);
            this.uri = uri;
        }

        /** The URL of the hop that failed. */
        public URI uri() {
            return uri;
        }

        /** What failed (a timeout is a {@link java.net.SocketTimeoutException}). */
        public IOException failure() {
            return (IOException) getCause();
        }
    }

    /** Settings of a {@link GuardedHttpClient}. */
    public static final class Builder {

        private final OutboundAddressPolicy policy;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private int maxRedirects = 3;
        private String userAgent = "Wizamart/1.0";

        private Builder(OutboundAddressPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /** Longest wait for a connection to be made (default 10 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Longest wait for the answer's head and for each read of its body (default 60 s). */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /** Redirects followed, each hop checked again (default 3; 0 follows none). */
        public Builder maxRedirects(int maxRedirects) {
            if (maxRedirects < 0) {
                throw new IllegalArgumentException("maxRedirects must not be negative");
            }
            this.maxRedirects = maxRedirects;
            return this;
        }

        /** The {@code User-Agent} sent. */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        public GuardedHttpClient build() {
            return new GuardedHttpClient(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }

    /** The client's resolver: the policy's, so a connection is only made to addresses it checked. */
    private record CheckingResolver(OutboundAddressPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
