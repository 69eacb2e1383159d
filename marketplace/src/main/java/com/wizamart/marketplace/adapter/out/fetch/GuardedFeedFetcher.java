package com.wizamart.marketplace.adapter.out.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.ScheduledFuture;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.ImportChecks;
import com.wizamart.marketplace.application.port.out.FeedFetcher;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.sharedkernel.io.BoundedInputStream;
import com.wizamart.sharedkernel.net.GuardedHttpClient;
import com.wizamart.sharedkernel.net.OutboundAddressPolicy;
import com.wizamart.sharedkernel.net.RefusedRequestException;

/**
 * Fetches vendor feed URLs without letting a vendor make us reach inside our network (SSRF), through the shared
 * kernel's guard: only http/https, the host resolved and checked by {@link OutboundAddressPolicy} (loopback, private,
 * link-local incl. 169.254.169.254, CGNAT, the IPv6 forms carrying such addresses ... refused), the connection made to
 * the addresses it checked, redirects followed a few times, each hop checked again ({@link GuardedHttpClient}).
 * Timeouts on connect and read; the size limit is enforced by the storage that consumes the body.
 * A download has a deadline and a minimum rate ({@link Transfer}), checked every second, so a server that trickles the
 * feed (each byte resetting the read timeout) is cut off; a cancel aborts the exchange wherever it is.
 */
@Component
class GuardedFeedFetcher implements FeedFetcher, DisposableBean {

    private final MarketplaceProperties.Fetch settings;
    private final GuardedHttpClient client;
    private final ImportChecks checks;

    GuardedFeedFetcher(MarketplaceProperties properties, ImportChecks checks) {
        this.settings = properties.fetch();
        this.checks = checks;
        this.client = GuardedHttpClient.builder(settings.addressPolicy())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .maxRedirects(settings.maxRedirects())
                .userAgent("Wizamart-Feed-Importer/1.0")
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
        GuardedHttpClient.Exchange exchange;
        try {
            exchange = client.open(uri, transfer::requesting);
        } catch (RefusedRequestException e) {
            throw refused(e);
        } catch (GuardedHttpClient.ExchangeFailedException e) {
            transfer.failIfBeyondLimitsStarting(e.failure());
            throw new FetchException("The feed URL could not be reached (" + e.uri().getHost() + "): "
                    + e.failure().getMessage(), e.failure());
        }
        ClassicHttpResponse response = exchange.response();
        int status = response.getCode();
        if (status != 200) {
            exchange.abort();
            throw new FetchException("The feed URL answered HTTP " + status + ".");
        }
        try {
            if (response.getEntity() == null) {
                checking.cancel(false);
                response.close();
                return InputStream.nullInputStream();
            }
            transfer.bodyStarts();
            return new Body(response.getEntity().getContent(), exchange, transfer, checking);
        } catch (IOException e) {
            exchange.abort();
            throw new FetchException("The feed could not be read: " + e.getMessage(), e);
        }
    }

    /** Scheme, syntax and (for literal addresses and names) the resolved addresses. */
    URI check(String url) throws FetchException {
        try {
            return client.check(url);
        } catch (RefusedRequestException e) {
            throw refused(e);
        }
    }

    /** The refusal in the vendor's words; the URL itself is never quoted (it may carry credentials). */
    private FetchException refused(RefusedRequestException e) {
        return new FetchException(switch (e.reason()) {
            case INVALID_URL -> "The feed URL is not a valid URL.";
            case SCHEME_NOT_ALLOWED -> "Only http and https feed URLs are allowed.";
            case NO_HOST_OR_CREDENTIALS -> "The feed URL needs a host and must not carry credentials.";
            case ADDRESS_NOT_ALLOWED -> "The feed URL points to an address that is not allowed (" + e.host() + ").";
            case UNKNOWN_HOST -> "The feed URL's host " + e.host() + " does not exist.";
            case TOO_MANY_REDIRECTS -> "The feed URL redirected more than " + settings.maxRedirects() + " times.";
        });
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    /** One read of the body. */
    private interface Read {
        int run() throws IOException;
    }

    /**
     * The body: counts what arrives for the limits (the shared kernel's counting stream tells the transfer), turns a
     * read that failed because a limit was reached into {@link TooSlowException}, and on close stops the checks and
     * ends the exchange (aborted unless read to its end). Its size is bounded by the storage that consumes it.
     */
    private static final class Body extends FilterInputStream {

        private final BoundedInputStream counted;
        private final GuardedHttpClient.Exchange exchange;
        private final Transfer transfer;
        private final ScheduledFuture<?> checking;

        Body(InputStream in, GuardedHttpClient.Exchange exchange, Transfer transfer, ScheduledFuture<?> checking) {
            this(BoundedInputStream.atMost(in, Long.MAX_VALUE, transfer::received), exchange, transfer, checking);
        }

        private Body(BoundedInputStream counted, GuardedHttpClient.Exchange exchange, Transfer transfer,
                     ScheduledFuture<?> checking) {
            super(counted);
            this.counted = counted;
            this.exchange = exchange;
            this.transfer = transfer;
            this.checking = checking;
        }

        @Override
        public int read() throws IOException {
            return withinLimits(counted::read);
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            return withinLimits(() -> counted.read(buffer, off, len));
        }

        /** A read, refused once a limit is reached, and a failed read explained by a limit reached meanwhile. */
        private int withinLimits(Read read) throws IOException {
            transfer.failIfBeyondLimits(null);
            try {
                return read.run();
            } catch (IOException e) {
                transfer.failIfBeyondLimits(e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            checking.cancel(false);
            if (!counted.ended()) {
                exchange.abort();
                return;
            }
            try {
                super.close();
            } finally {
                exchange.close();
            }
        }
    }
}
