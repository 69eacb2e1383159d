package com.wizamart.media.adapter.out.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerBuilder;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.stereotype.Component;

import com.wizamart.media.application.port.out.ImageFetcher;
import com.wizamart.media.config.MediaFetchProperties;
import com.wizamart.media.domain.MediaFetchException;
import com.wizamart.sharedkernel.io.BoundedInputStream;
import com.wizamart.sharedkernel.net.GuardedHttpClient;
import com.wizamart.sharedkernel.net.RefusedRequestException;

/**
 * Fetches feed images through the shared kernel's SSRF guard ({@link GuardedHttpClient}: resolved addresses checked,
 * each redirect hop checked again, connect and read timeouts). On top of it: a conditional request when the link's
 * {@code ETag} is known, a size limit counted on the bytes as they arrive (the download is aborted beyond, whatever
 * {@code Content-Length} said), and a deadline for the whole download, enforced by a timer that aborts the exchange
 * wherever it is, so a server that trickles bytes (each one resetting the read timeout) is cut off in time.
 * <p>
 * The timer runs on Spring's scheduler built by Spring Boot's builder (one timer thread, the aborts on threads of
 * their own); it serves these deadlines alone and ends with this component.
 */
@Component
class GuardedImageFetcher implements ImageFetcher, DisposableBean {

    /** The formats media accepts; a server that negotiates the format gives one of them. */
    private static final String ACCEPT = "image/webp, image/jpeg, image/png, image/gif";

    private final MediaFetchProperties settings;
    private final GuardedHttpClient client;
    private final SimpleAsyncTaskScheduler deadlines;

    GuardedImageFetcher(MediaFetchProperties settings, SimpleAsyncTaskSchedulerBuilder schedulers) {
        this.settings = settings;
        this.client = GuardedHttpClient.builder(settings.addressPolicy())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .maxRedirects(settings.maxRedirects())
                .userAgent("Wizamart-Media-Fetcher/1.0")
                .build();
        this.deadlines = schedulers.threadNamePrefix("media-fetch-deadline-").build();
    }

    @Override
    public Result fetch(String url, String previousEtag) {
        Instant end = Instant.now().plus(settings.deadline());
        URI checked = checkedInTime(url, end);
        Download download = new Download(checked, previousEtag);
        ScheduledFuture<?> deadline = deadlines.schedule(download::timeUp, end);
        try {
            return fetch(checked, download);
        } finally {
            deadline.cancel(false);
        }
    }

    /**
     * The link checked, its host resolved, within the deadline: a name lookup cannot be cancelled, so it runs on a
     * thread of its own and is waited for only until the deadline (a slow resolver is left to finish on its own). The
     * lookups of the connection and of redirect hops are mostly answered from the JVM's cache; one that is not may
     * overrun the deadline by its own duration, after which the exchange, already cancelled, fails at once.
     */
    private URI checkedInTime(String url, Instant end) {
        Future<URI> checking = deadlines.submit(() -> client.check(url));
        try {
            return checking.get(Math.max(0, Duration.between(Instant.now(), end).toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            checking.cancel(true);
            throw MediaFetchException.timeout("took longer than " + text(settings.deadline()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            checking.cancel(true);
            throw MediaFetchException.failed("it was interrupted.", true);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RefusedRequestException refused) {
                throw refused(refused);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Result fetch(URI checked, Download download) {
        GuardedHttpClient.Exchange exchange;
        try {
            exchange = client.open(checked, request -> {
                request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
                download.requesting(request);
            });
        } catch (RefusedRequestException e) {
            throw refused(e);
        } catch (GuardedHttpClient.ExchangeFailedException e) {
            throw unreachable(e.failure(), e.uri().getHost(), download);
        }
        boolean complete = false;
        try {
            Result result = read(exchange, download);
            complete = true;
            return result;
        } finally {
            if (complete) {
                closeQuietly(exchange);
            } else {
                exchange.abort();
            }
        }
    }

    private Result read(GuardedHttpClient.Exchange exchange, Download download) {
        ClassicHttpResponse response = exchange.response();
        String finalUrl = exchange.uri().toString();
        String etag = header(response, HttpHeaders.ETAG);
        int status = response.getCode();
        if (status == HttpStatus.SC_NOT_MODIFIED && download.askedIfChanged()) {
            return new NotModified(etag != null ? etag : download.previousEtag(), finalUrl);
        }
        if (status != HttpStatus.SC_OK) {
            throw MediaFetchException.status(status);
        }
        byte[] bytes = body(response.getEntity(), exchange.uri().getHost(), download);
        return new Fetched(bytes, etag, header(response, HttpHeaders.CONTENT_TYPE), finalUrl);
    }

    /**
     * The body, counted as it arrives: given up as soon as it is larger than allowed. Its buffer grows with what
     * arrives, never with what {@code Content-Length} announces (a server may announce 20 MB and send nothing). The
     * stream is closed here only once read to its end; on any failure the caller aborts the exchange (closing would
     * drain the rest first).
     */
    private byte[] body(HttpEntity entity, String host, Download download) {
        if (entity == null) {
            return new byte[0];
        }
        long max = settings.maxSize().toBytes();
        if (entity.getContentLength() > max) {
            throw MediaFetchException.tooLarge(max);
        }
        try {
            BoundedInputStream in = BoundedInputStream.atMost(entity.getContent(), max);
            byte[] bytes = in.readAllBytes();
            in.close();
            return bytes;
        } catch (BoundedInputStream.LengthViolation e) {
            throw MediaFetchException.tooLarge(max);
        } catch (IOException e) {
            throw unreachable(e, host, download);
        }
    }

    private MediaFetchException refused(RefusedRequestException e) {
        return switch (e.reason()) {
            case INVALID_URL -> MediaFetchException.urlRefused("it is not a valid URL.");
            case SCHEME_NOT_ALLOWED -> MediaFetchException.urlRefused("only http and https links are fetched.");
            case NO_HOST_OR_CREDENTIALS -> MediaFetchException.urlRefused(
                    "it needs a host and must not carry credentials.");
            case ADDRESS_NOT_ALLOWED -> MediaFetchException.addressRefused(e.host());
            case UNKNOWN_HOST -> MediaFetchException.failed("the host " + e.host() + " does not exist.", false);
            case TOO_MANY_REDIRECTS -> MediaFetchException.failed(
                    "the link redirected more than " + settings.maxRedirects() + " times.", false);
        };
    }

    /** A connection, an answer or a read that failed: because the deadline aborted it, timed out, or broke. */
    private MediaFetchException unreachable(IOException failure, String host, Download download) {
        if (download.isTimeUp()) {
            return MediaFetchException.timeout("took longer than " + text(settings.deadline()));
        }
        if (failure instanceof ConnectTimeoutException) {
            return MediaFetchException.timeout("could not connect within " + text(settings.connectTimeout()));
        }
        if (failure instanceof InterruptedIOException) {
            return MediaFetchException.timeout("received nothing for " + text(settings.readTimeout()));
        }
        if (failure instanceof UnknownHostException) {
            return MediaFetchException.failed("the host " + host + " could not be resolved.", true);
        }
        return MediaFetchException.failed("the server " + host + " could not be reached or broke off.", true);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    private static void closeQuietly(GuardedHttpClient.Exchange exchange) {
        try {
            exchange.close();
        } catch (IOException ignored) {
            // the body was read to its end; nothing is lost
        }
    }

    private static String text(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void destroy() throws IOException {
        deadlines.close();
        client.close();
    }

    /**
     * One fetch's exchange (one per redirect hop) and whether its deadline has passed; the timer aborts it. Each hop's
     * request is prepared here: the {@code ETag} is asked about only where it came from (the link's own origin: a
     * redirect elsewhere learns nothing of what we fetched before), and a link that began on https never continues on
     * plain http.
     */
    static final class Download {

        private final URI link;
        private final String previousEtag;
        private final AtomicReference<HttpGet> request = new AtomicReference<>();
        private volatile boolean timeUp;
        private boolean askedIfChanged;

        /**
         * @param link         the link as checked.
         * @param previousEtag the {@code ETag} it answered last time, or {@literal null}.
         */
        Download(URI link, String previousEtag) {
            this.link = link;
            this.previousEtag = previousEtag;
        }

        /** Prepares a hop's request and hands it to the timer. */
        void requesting(HttpGet exchange) {
            URI hop = uriOf(exchange);
            if ("https".equalsIgnoreCase(link.getScheme()) && !"https".equalsIgnoreCase(hop.getScheme())) {
                throw MediaFetchException.urlRefused("it redirects from https to plain http.");
            }
            askedIfChanged = previousEtag != null && sameOrigin(link, hop);
            if (askedIfChanged) {
                exchange.setHeader(HttpHeaders.IF_NONE_MATCH, previousEtag);
            }
            request.set(exchange);
            if (timeUp) {
                exchange.cancel();
            }
        }

        /** Whether the last hop's request carried {@code If-None-Match}: only then is a 304 an answer to it. */
        boolean askedIfChanged() {
            return askedIfChanged;
        }

        String previousEtag() {
            return previousEtag;
        }

        private static URI uriOf(HttpGet exchange) {
            try {
                return exchange.getUri();
            } catch (URISyntaxException e) {
                throw MediaFetchException.urlRefused("it is not a valid URL.");
            }
        }

        private static boolean sameOrigin(URI a, URI b) {
            return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b);
        }

        private static int port(URI uri) {
            return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }

        void timeUp() {
            timeUp = true;
            HttpGet exchange = request.get();
            if (exchange != null) {
                exchange.cancel();
            }
        }

        boolean isTimeUp() {
            return timeUp;
        }
    }
}
