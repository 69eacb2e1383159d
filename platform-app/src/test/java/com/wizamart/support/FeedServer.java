package com.wizamart.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server serving feeds, redirects, errors, stalling and trickling responses, for URL import tests. */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "feed-server");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer serve(String path, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/tab-separated-values; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    public FeedServer status(String path, int status) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        return this;
    }

    public FeedServer redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    /** Sends the headers and a first line, then hangs until {@link #close()}. */
    public FeedServer stall(String path, byte[] start) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(start);
            out.flush();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        });
        return this;
    }

    /**
     * Sends the headers and {@code start}, then {@code bytes} more bytes every {@code every}, without end (until the
     * client goes away or {@link #close()}): a server trickling a feed, each byte resetting the client's read timeout.
     */
    public FeedServer trickle(String path, byte[] start, int bytes, java.time.Duration every) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/tab-separated-values; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] piece = new byte[bytes];
            java.util.Arrays.fill(piece, (byte) 'x');
            // never ended properly: closing the server breaks the response off, as a dying server would
            OutputStream out = exchange.getResponseBody();
            try {
                out.write(start);
                out.flush();
                while (!release.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                    out.write(piece);
                    out.flush();
                }
            } catch (IOException gone) {
                // the client went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    /**
     * Announces the whole length, sends {@code first}, then waits for {@link #openGate()} (or {@link #close()}) before
     * sending {@code rest}: an import that is seen running, then completes.
     */
    public FeedServer gated(String path, byte[] first, byte[] rest) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/tab-separated-values; charset=utf-8");
            exchange.sendResponseHeaders(200, first.length + rest.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(first);
                out.flush();
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.write(rest);
            }
        });
        return this;
    }

    public void openGate() {
        gate.countDown();
    }

    @Override
    public void close() {
        gate.countDown();
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
