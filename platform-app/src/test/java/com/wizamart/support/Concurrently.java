package com.wizamart.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Fires requests at the same moment, to check that rules hold under races. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Sends all requests at once and answers their responses, in the order given. */
    @SafeVarargs
    public static List<Http.Response> send(Supplier<Http.Response>... requests) {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        CountDownLatch ready = new CountDownLatch(requests.length);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (Supplier<Http.Response> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Http.Response> responses = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("concurrent requests failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
