package com.wizamart.media.adapter.out.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
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
    private static final int BUFFER = 16 * 1024;

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
        Download download = new Download();
        ScheduledFuture<?> deadline = deadlines.schedule(download::timeUp, Instant.now().plus(settings.deadline()));
        try {
            return fetch(url, previousEtag, download);
        } finally {
            deadline.cancel(false);
        }
    }

    private Result fetch(String url, String previousEtag, Download download) {
        GuardedHttpClient.Exchange exchange;
        try {
            exchange = client.open(client.check(url), request -> {
                request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
                if (previousEtag != null) {
                    request.setHeader(HttpHeaders.IF_NONE_MATCH, previousEtag);
                }
                download.requesting(request);
            });
        } catch (RefusedRequestException e) {
            throw refused(e);
        } catch (GuardedHttpClient.ExchangeFailedException e) {
            throw unreachable(e.failure(), e.uri().getHost(), download);
        }
        boolean complete = false;
        try {
            Result result = read(exchange, previousEtag, download);
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

    private Result read(GuardedHttpClient.Exchange exchange, String previousEtag, Download download) {
        ClassicHttpResponse response = exchange.response();
        String finalUrl = exchange.uri().toString();
        String etag = header(response, HttpHeaders.ETAG);
        int status = response.getCode();
        if (status == HttpStatus.SC_NOT_MODIFIED && previousEtag != null) {
            return new NotModified(etag != null ? etag : previousEtag, finalUrl);
        }
        if (status != HttpStatus.SC_OK) {
            throw MediaFetchException.status(status);
        }
        byte[] bytes = body(response.getEntity(), exchange.uri().getHost(), download);
        return new Fetched(bytes, etag, header(response, HttpHeaders.CONTENT_TYPE), finalUrl);
    }

    /**
     * The body, counted as it arrives: given up as soon as it is larger than allowed. The stream is closed here only
     * once read to its end; on any failure the caller aborts the exchange (closing would drain the rest first).
     */
    private byte[] body(HttpEntity entity, String host, Download download) {
        if (entity == null) {
            return new byte[0];
        }
        long max = settings.maxSize().toBytes();
        if (entity.getContentLength() > max) {
            throw MediaFetchException.tooLarge(max);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(
                (int) Math.min(max, entity.getContentLength() >= 0 ? entity.getContentLength() : BUFFER));
        byte[] buffer = new byte[BUFFER];
        try {
            InputStream in = entity.getContent();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (bytes.size() + (long) n > max) {
                    throw MediaFetchException.tooLarge(max);
                }
                bytes.write(buffer, 0, n);
            }
            in.close();
        } catch (IOException e) {
            throw unreachable(e, host, download);
        }
        return bytes.toByteArray();
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

    /** One fetch's exchange (one per redirect hop) and whether its deadline has passed; the timer aborts it. */
    private static final class Download {

        private final AtomicReference<HttpGet> request = new AtomicReference<>();
        private volatile boolean timeUp;

        void requesting(HttpGet exchange) {
            request.set(exchange);
            if (timeUp) {
                exchange.cancel();
            }
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
