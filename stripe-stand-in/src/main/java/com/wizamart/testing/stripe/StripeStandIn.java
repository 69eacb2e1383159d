package com.wizamart.testing.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server that plays Stripe's API (v1, form-encoded requests, JSON answers) for the platform's tests, so
 * that no test reaches the internet. Request and answer shapes follow Stripe's published API specification
 * ({@code stripe/openapi}); the real {@code stripe-java} client talks to it unchanged.
 *
 * <pre>{@code
 * try (StripeStandIn stripe = StripeStandIn.start()) {
 *     StripeClient client = StripeClient.builder()
 *             .setApiKey(stripe.secretKey()).setApiBase(stripe.baseUrl()).build();
 *     stripe.deliverWebhooksTo("http://127.0.0.1:" + port + "/api/v1/payments/stripe/webhook", "whsec_test");
 *     PaymentIntent intent = client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
 *             .setAmount(1999L).setCurrency("eur").setCaptureMethod(CaptureMethod.MANUAL)
 *             .setPaymentMethod("pm_card_visa").setConfirm(true).build());      // requires_capture
 *     stripe.awaitWebhooks(Duration.ofSeconds(5));
 *     assertThat(stripe.captures(intent.getId())).isZero();
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Endpoints</b>: {@code /v1/payment_intents} (create, list), {@code /v1/payment_intents/{id}} (retrieve with
 *   {@code expand[]=latest_charge}, update), {@code .../confirm}, {@code .../capture} (also partial, with
 *   {@code amount_to_capture}), {@code .../cancel}, {@code /v1/refunds} (create, list, retrieve),
 *   {@code /v1/charges/{id}}, {@code /v1/balance_transactions} (list with {@code limit}, {@code starting_after},
 *   {@code ending_before}, {@code created[gte|gt|lte|lt]}, {@code type}, {@code source}; retrieve). Only
 *   {@code Authorization: Bearer <secretKey()>} is accepted (401 otherwise). Objects belong to the account in
 *   {@code Stripe-Account} (a direct charge on a connected account) or to the platform.</li>
 *   <li><b>Payment methods</b>: {@code pm_card_visa} (and {@code _visa_debit}, {@code _mastercard}) succeeds:
 *   {@code requires_capture} under {@code capture_method=manual}, else {@code succeeded};
 *   {@code pm_card_chargeDeclined} ({@code ...InsufficientFunds}, {@code ...ExpiredCard}) answers 402
 *   {@code card_error} and leaves the intent in {@code requires_payment_method} with {@code last_payment_error};
 *   {@code pm_card_authenticationRequired} leaves it in {@code requires_action} with
 *   {@code next_action.redirect_to_url}, completed by {@link #authenticate(String, boolean)} or by the shopper on
 *   that page; {@code pm_card_processing} (the stand-in's own) stays {@code processing} until
 *   {@link #settle(String, boolean)}.</li>
 *   <li><b>Money</b>: a capture books balance transactions: {@code charge} (with Stripe's fee,
 *   {@link #processingFee(long)}), for a destination charge ({@code transfer_data[destination]}) a {@code transfer}
 *   of the whole amount and the platform's {@code application_fee}, and a {@code payment} on the connected account;
 *   a refund books {@code refund} ({@code transfer_refund}/{@code payment_refund} with {@code reverse_transfer},
 *   {@code application_fee_refund} with {@code refund_application_fee}); a refund the network refuses
 *   ({@link #failNextRefund(String)}) is answered {@code pending}, then fails and books {@code refund_failure}.
 *   An authorization not captured within seven days of the stand-in's clock ({@link #advanceClock(Duration)}) is
 *   canceled as Stripe does ({@code cancellation_reason=automatic}).</li>
 *   <li><b>Idempotency</b>: a POST with {@code Idempotency-Key} that was answered (2xx or a 402 decline) is
 *   replayed for the same key and parameters ({@code Idempotent-Replayed: true}, no second object); other parameters
 *   with the same key answer 400 {@code idempotency_error}. {@link #captures(String)} counts the captures applied.</li>
 *   <li><b>Failures</b>: {@link #failNext(String, String, Failure)} makes the next matching request fail once:
 *   processed then the connection closed unanswered (the network failure that a client retries with the same key),
 *   closed before processing, 500, or answered late; {@link #answerDelay(Duration, Duration)} delays every answer
 *   randomly. Mind that the JDK's {@code HttpURLConnection} (stripe-java's default transport) resends a POST once
 *   by itself when the connection closes unanswered, with the same headers: without an {@code Idempotency-Key} that
 *   resend creates a second object; plan two drops to see the call fail.</li>
 *   <li><b>Webhooks</b>: every state change emits Stripe's event ({@code payment_intent.created},
 *   {@code .requires_action}, {@code .processing}, {@code .amount_capturable_updated}, {@code .succeeded},
 *   {@code .payment_failed}, {@code .canceled}, {@code charge.refunded}, {@code refund.created},
 *   {@code refund.updated}, {@code refund.failed}) with {@code api_version} of the stripe-java on the classpath.
 *   With {@link #deliverWebhooksTo(String, String)} each is POSTed asynchronously, after a random
 *   {@link #webhookDelay(Duration, Duration)} (so possibly before the API answer, and out of order), signed like
 *   Stripe ({@link #signatureHeader(String, long, String)}); {@link #redeliver(String)} sends one again,
 *   {@link #deliveries()} tells what the endpoint answered.</li>
 *   <li><b>Assertions</b>: {@link #requests()} records every request (method, path, headers including
 *   {@code Idempotency-Key} and {@code Stripe-Account}, decoded bracket-notation parameters).</li>
 * </ul>
 * Start one per test class (it is cheap) and close it after; a random port on 127.0.0.1 is used. The context
 * modules' tests have it through {@code test-support}; {@code platform-app}'s tests depend on the
 * {@code stripe-stand-in} artifact directly (test scope).
 */
public final class StripeStandIn implements AutoCloseable {

    /** The API version of the stripe-java on the classpath, or the one this stand-in was written against. */
    static final String API_VERSION = stripeJavaApiVersion();
    private static final Pattern INTENT_PATH =
            Pattern.compile("/v1/payment_intents/([^/]+)(?:/(confirm|capture|cancel))?");
    private static final Pattern OBJECT_PATH =
            Pattern.compile("/v1/(refunds|charges|balance_transactions)/([^/]+)");
    private static final Pattern STAND_IN_PATH =
            Pattern.compile("/__standin/(?:authenticate/([^/]+)|payment_intents/([^/]+)/(authenticate|settle))");

    private final HttpServer server;
    private final ExecutorService httpThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService webhookThreads = Executors.newScheduledThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "stripe-stand-in-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient webhookClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String secretKey = "sk_test_standin" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final String baseUrl;
    private final Object lock = new Object();
    private final StripeObjects objects;
    private final AtomicLong clockOffsetSeconds = new AtomicLong();

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, StoredAnswer> idempotentAnswers = new HashMap<>();
    private final Deque<PlannedFailure> plannedFailures = new ArrayDeque<>();
    private final Deque<String> refundFailures = new ArrayDeque<>();
    private volatile Duration[] answerDelay = {Duration.ZERO, Duration.ZERO};

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger webhooksInFlight = new AtomicInteger();
    private volatile WebhookEndpoint webhookEndpoint;
    private volatile Duration[] webhookDelay = {Duration.ZERO, Duration.ZERO};

    private StripeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        objects = new StripeObjects(this::now, this::emit, baseUrl);
        server.createContext("/", exchange -> {
            try {
                handle(exchange);
            } catch (DropConnection drop) {
                throw drop;
            } catch (RuntimeException bug) {
                // a defect of the stand-in itself: say so loudly rather than look like a network failure
                bug.printStackTrace();
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("message", "Stripe stand-in failure: " + bug);
                error.put("type", "api_error");
                send(exchange, new Answer(500, Json.write(Map.of("error", error)), false), null, null);
            }
        });
        server.setExecutor(httpThreads);
        server.start();
    }

    /** Starts a stand-in on 127.0.0.1 on a free port. */
    public static StripeStandIn start() {
        try {
            return new StripeStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Stripe stand-in", e);
        }
    }

    /** What to give stripe-java as its API base, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The only API key the stand-in accepts ({@code sk_test_...}, random per stand-in). */
    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        server.stop(0);
        httpThreads.shutdownNow();
        webhookThreads.shutdownNow();
        webhookClient.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------- what happened

    /** Every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests with this method whose path starts with {@code pathPrefix}, oldest first. */
    public List<RecordedRequest> requests(String method, String pathPrefix) {
        return requests.stream()
                .filter(request -> request.method().equalsIgnoreCase(method) && request.path().startsWith(pathPrefix))
                .toList();
    }

    /** The PaymentIntent's status as the stand-in holds it, e.g. {@code requires_capture}. */
    public String paymentIntentStatus(String intentId) {
        synchronized (lock) {
            return objects.status(intentId);
        }
    }

    /** How many captures were applied to the PaymentIntent (an automatic capture counts); more than 1 is a bug. */
    public int captures(String intentId) {
        synchronized (lock) {
            return objects.captures(intentId);
        }
    }

    /** Captures applied to all PaymentIntents together. */
    public int totalCaptures() {
        synchronized (lock) {
            return objects.totalCaptures();
        }
    }

    /** The ids of every PaymentIntent created, oldest first (whatever their account). */
    public List<String> paymentIntentIds() {
        synchronized (lock) {
            return objects.intentIds();
        }
    }

    /** The PaymentIntent as the API would answer it (JSON). */
    public String paymentIntentJson(String intentId) {
        synchronized (lock) {
            return Json.write(objects.intentJson(intentId));
        }
    }

    // ----------------------------------------------------------------------------------- acting as the outside

    /**
     * The shopper completes ({@code succeed}) or fails the bank's authentication of a PaymentIntent in
     * {@code requires_action}, as on the page at {@code next_action.redirect_to_url.url}.
     */
    public void authenticate(String intentId, boolean succeed) {
        synchronized (lock) {
            objects.currentRequest(null, null);
            objects.authenticate(intentId, succeed);
        }
    }

    /** Ends a payment that is {@code processing} ({@code pm_card_processing}): succeeded or failed. */
    public void settle(String intentId, boolean succeed) {
        synchronized (lock) {
            objects.currentRequest(null, null);
            try {
                objects.settle(intentId, succeed);
            } catch (StripeError declined) {
                if (declined.status() != 402) {
                    throw new IllegalStateException(declined.getMessage());
                }
            }
        }
    }

    /** The next refund is answered {@code pending} and then fails with this {@code failure_reason}. */
    public void failNextRefund(String failureReason) {
        synchronized (lock) {
            refundFailures.add(Objects.requireNonNull(failureReason));
        }
    }

    /** Time on the stand-in's clock (the {@code created} of its objects). */
    public Instant now() {
        return Instant.now().plusSeconds(clockOffsetSeconds.get());
    }

    /** Moves the stand-in's clock forward; authorizations older than seven days are then canceled. */
    public void advanceClock(Duration duration) {
        clockOffsetSeconds.addAndGet(duration.toSeconds());
        synchronized (lock) {
            objects.currentRequest(null, null);
            objects.expireAuthorizations();
        }
    }

    /** Stripe's processing fee the stand-in books on a charge of this amount (1.5 % + 25). */
    public static long processingFee(long amount) {
        return StripeObjects.processingFee(amount);
    }

    // ------------------------------------------------------------------------------------------------ failures

    /** How one request fails; see {@link StripeStandIn#failNext(String, String, Failure)}. */
    public sealed interface Failure {

        /** Processed (objects change, the idempotent answer is kept), then the connection closes unanswered. */
        Failure DROP_AFTER_PROCESSING = new Drop(true);

        /** The connection closes before anything is processed. */
        Failure DROP_BEFORE_PROCESSING = new Drop(false);

        /** Answered 500 {@code api_error} without processing. */
        Failure HTTP_500 = new ServerError();

        /** Processed, then answered after this delay. */
        static Failure delay(Duration duration) {
            return new Delay(duration);
        }

        /** @see #DROP_AFTER_PROCESSING */
        record Drop(boolean afterProcessing) implements Failure {
        }

        /** @see #HTTP_500 */
        record ServerError() implements Failure {
        }

        /** @see #delay(Duration) */
        record Delay(Duration duration) implements Failure {
        }
    }

    /** The next request with this method whose path starts with {@code pathPrefix} fails once, as said. */
    public void failNext(String method, String pathPrefix, Failure failure) {
        synchronized (lock) {
            plannedFailures.add(new PlannedFailure(method.toUpperCase(Locale.ROOT), pathPrefix, failure));
        }
    }

    /** Every API answer is delayed by a random time in [min, max] (after processing). */
    public void answerDelay(Duration min, Duration max) {
        answerDelay = new Duration[] {min, max};
    }

    /** Forgets recorded requests, planned failures, delays, events and deliveries (objects stay). */
    public void reset() {
        synchronized (lock) {
            plannedFailures.clear();
            refundFailures.clear();
        }
        requests.clear();
        events.clear();
        deliveries.clear();
        answerDelay = new Duration[] {Duration.ZERO, Duration.ZERO};
        webhookDelay = new Duration[] {Duration.ZERO, Duration.ZERO};
    }

    // ------------------------------------------------------------------------------------------------ webhooks

    /** From now on, every event is POSTed to {@code url}, signed with {@code signingSecret} ({@code whsec_...}). */
    public void deliverWebhooksTo(String url, String signingSecret) {
        webhookEndpoint = new WebhookEndpoint(URI.create(url), signingSecret);
    }

    /** Events are no longer delivered (they are still recorded). */
    public void stopWebhooks() {
        webhookEndpoint = null;
    }

    /** Each delivery waits a random time in [min, max] first, so events may overtake the API answer and each other. */
    public void webhookDelay(Duration min, Duration max) {
        webhookDelay = new Duration[] {min, max};
    }

    /** An event the stand-in emitted: its id, type, the id of its {@code data.object}, and the exact JSON sent. */
    public record Event(String id, String type, String objectId, String account, String payload) {
    }

    /** One POST of an event to the webhook endpoint: the HTTP status answered ({@code -1}: no answer) or error. */
    public record WebhookDelivery(String eventId, String type, Instant at, int status, String error,
                                  boolean redelivery) {

        /** The endpoint accepted it (2xx), as Stripe counts a delivery successful. */
        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    /** Every event emitted so far, in the order the state changed. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of this type, in order. */
    public List<Event> events(String type) {
        return events.stream().filter(event -> event.type().equals(type)).toList();
    }

    /** Every delivery attempt so far, in the order they finished. */
    public List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Waits until no delivery is scheduled or in flight (or the timeout passed: then false). */
    public boolean awaitWebhooks(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (webhooksInFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Sends this event again, now, signed afresh, as Stripe's "resend"; answers what the endpoint said. */
    public WebhookDelivery redeliver(String eventId) {
        Event event = events.stream().filter(candidate -> candidate.id().equals(eventId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such event: " + eventId));
        WebhookEndpoint endpoint = Objects.requireNonNull(webhookEndpoint, "no webhook endpoint configured");
        webhooksInFlight.incrementAndGet();
        return deliver(event, endpoint, true);
    }

    /**
     * POSTs any payload with any {@code Stripe-Signature} to the webhook endpoint, for tests of bad, stale or
     * missing ({@code null}) signatures; answers the HTTP status.
     */
    public int postToWebhookEndpoint(String payload, String signatureHeader) {
        WebhookEndpoint endpoint = Objects.requireNonNull(webhookEndpoint, "no webhook endpoint configured");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            return webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A {@code Stripe-Signature} header value for this payload: {@code t=<timestamp>,v1=<hex HMAC-SHA256>}. */
    public static String signatureHeader(String payload, long timestamp, String secret) {
        return WebhookSigner.header(payload, timestamp, secret);
    }

    private void emit(String type, Map<String, Object> object, String account, Map<String, Object> request) {
        Map<String, Object> event = new LinkedHashMap<>();
        String id = "evt_3StandIn" + Long.toString(System.nanoTime(), 36)
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        event.put("id", id);
        event.put("object", "event");
        if (!StripeObjects.PLATFORM.equals(account)) {
            event.put("account", account);
        }
        event.put("api_version", API_VERSION);
        event.put("created", now().getEpochSecond());
        event.put("data", Map.of("object", object));
        event.put("livemode", false);
        event.put("pending_webhooks", webhookEndpoint == null ? 0 : 1);
        event.put("request", request);
        event.put("type", type);
        Event emitted = new Event(id, type, (String) object.get("id"), account.isEmpty() ? null : account,
                Json.write(event));
        events.add(emitted);
        WebhookEndpoint endpoint = webhookEndpoint;
        if (endpoint != null) {
            webhooksInFlight.incrementAndGet();
            webhookThreads.schedule(() -> deliver(emitted, endpoint, false), randomMillis(webhookDelay),
                    TimeUnit.MILLISECONDS);
        }
    }

    private WebhookDelivery deliver(Event event, WebhookEndpoint endpoint, boolean redelivery) {
        WebhookDelivery delivery;
        try {
            String signature = signatureHeader(event.payload(), Instant.now().getEpochSecond(), endpoint.secret());
            HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(event.payload()))
                    .build();
            int status = webhookClient.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            delivery = new WebhookDelivery(event.id(), event.type(), Instant.now(), status, null, redelivery);
        } catch (IOException | RuntimeException e) {
            delivery = new WebhookDelivery(event.id(), event.type(), Instant.now(), -1, e.toString(), redelivery);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery = new WebhookDelivery(event.id(), event.type(), Instant.now(), -1, e.toString(), redelivery);
        } finally {
            webhooksInFlight.decrementAndGet();
        }
        deliveries.add(delivery);
        return delivery;
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    /** One request as received: method, path, headers (lower-case names), decoded parameters, raw body. */
    public record RecordedRequest(String method, String path, Map<String, String> headers,
                                  Map<String, String> params, String body, Instant receivedAt) {

        /** A header's value (name in any case), or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** A parameter by its bracketed name, e.g. {@code metadata[order_id]}, or null. */
        public String param(String name) {
            return params.get(name);
        }

        public String idempotencyKey() {
            return header("Idempotency-Key");
        }

        public String stripeAccount() {
            return header("Stripe-Account");
        }
    }

    private record WebhookEndpoint(URI url, String secret) {
    }

    private record PlannedFailure(String method, String pathPrefix, Failure failure) {
    }

    private record Answer(int status, String body, boolean replayed) {
    }

    private record StoredAnswer(String fingerprint, Answer answer) {
    }

    /** Thrown out of the handler: the JDK server then closes the connection without an answer. */
    private static final class DropConnection extends RuntimeException {
        DropConnection() {
            super("connection dropped by the Stripe stand-in", null, false, false);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        FormParams params = FormParams.parse("POST".equals(method) ? joined(query, body) : query);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.isEmpty() ? "" : values.getFirst()));
        requests.add(new RecordedRequest(method, path, Map.copyOf(headers), params.asMap(), body, Instant.now()));
        String requestId = "req_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);

        if (path.startsWith("/__standin/")) {
            standIn(exchange, method, path, params);
            return;
        }
        String authError = authenticationError(headers.get("authorization"));
        if (authError != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", authError);
            error.put("type", "invalid_request_error");
            send(exchange, new Answer(401, Json.write(Map.of("error", error)), false), requestId, null);
            return;
        }
        Failure failure = takeFailure(method, path);
        if (failure instanceof Failure.ServerError) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", "An unknown error occurred");
            error.put("type", "api_error");
            send(exchange, new Answer(500, Json.write(Map.of("error", error)), false), requestId, null);
            return;
        }
        if (failure instanceof Failure.Drop drop && !drop.afterProcessing()) {
            throw new DropConnection();
        }
        String account = headers.getOrDefault("stripe-account", StripeObjects.PLATFORM);
        String idempotencyKey = "POST".equals(method) ? headers.get("idempotency-key") : null;
        List<Runnable> afterAnswer = new ArrayList<>();
        Answer answer;
        synchronized (lock) {
            answer = idempotent(account, idempotencyKey, method, path, params);
            if (answer == null) {
                objects.currentRequest(requestId, idempotencyKey);
                answer = process(method, path, account, params, afterAnswer);
                if (idempotencyKey != null && (answer.status() / 100 == 2 || answer.status() == 402)) {
                    idempotentAnswers.put(account + " " + idempotencyKey,
                            new StoredAnswer(method + " " + path + " " + params.fingerprint(), answer));
                }
            }
        }
        Duration delay = failure instanceof Failure.Delay(Duration duration) ? duration : null;
        sleep(delay != null ? delay.toMillis() : randomMillis(answerDelay));
        if (failure instanceof Failure.Drop) {
            runAll(afterAnswer);
            throw new DropConnection();
        }
        send(exchange, answer, requestId, idempotencyKey);
        runAll(afterAnswer);
    }

    private Answer idempotent(String account, String key, String method, String path, FormParams params) {
        if (key == null) {
            return null;
        }
        StoredAnswer stored = idempotentAnswers.get(account + " " + key);
        if (stored == null) {
            return null;
        }
        if (stored.fingerprint().equals(method + " " + path + " " + params.fingerprint())) {
            return new Answer(stored.answer().status(), stored.answer().body(), true);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Keys for idempotent requests can only be used with the same parameters they were "
                + "first used with. Try using a key other than '" + key + "' if you meant to execute a different "
                + "request.");
        error.put("type", "idempotency_error");
        return new Answer(400, Json.write(Map.of("error", error)), false);
    }

    private Answer process(String method, String path, String account, FormParams params,
                           List<Runnable> afterAnswer) {
        try {
            return new Answer(200, Json.write(route(method, path, account, params, afterAnswer)), false);
        } catch (StripeError error) {
            return new Answer(error.status(), Json.write(error.body()), false);
        }
    }

    private Map<String, Object> route(String method, String path, String account, FormParams params,
                                      List<Runnable> afterAnswer) {
        boolean post = "POST".equals(method);
        boolean get = "GET".equals(method);
        if (path.equals("/v1/payment_intents")) {
            if (post) {
                return objects.createIntent(account, params);
            }
            if (get) {
                return objects.listIntents(account, params);
            }
        }
        Matcher intent = INTENT_PATH.matcher(path);
        if (intent.matches()) {
            String id = intent.group(1);
            String action = intent.group(2);
            if (action == null && get) {
                return objects.retrieveIntent(account, id, params);
            }
            if (post) {
                return switch (action == null ? "update" : action) {
                    case "confirm" -> objects.confirmIntent(account, id, params);
                    case "capture" -> objects.captureIntent(account, id, params);
                    case "cancel" -> objects.cancelIntent(account, id, params);
                    default -> objects.updateIntent(account, id, params);
                };
            }
        }
        if (path.equals("/v1/refunds")) {
            if (post) {
                String failureReason = refundFailures.peek();
                Map<String, Object> refund = objects.createRefund(account, params, failureReason != null);
                if (failureReason != null) {
                    refundFailures.poll();
                    afterAnswer.add(() -> objects.failRefund((String) refund.get("id"), failureReason));
                }
                return refund;
            }
            if (get) {
                return objects.listRefunds(account, params);
            }
        }
        if (path.equals("/v1/balance_transactions") && get) {
            return objects.listBalanceTransactions(account, params);
        }
        Matcher object = OBJECT_PATH.matcher(path);
        if (object.matches() && get) {
            return switch (object.group(1)) {
                case "refunds" -> objects.retrieveRefund(account, object.group(2));
                case "charges" -> objects.retrieveCharge(account, object.group(2));
                default -> objects.retrieveBalanceTransaction(account, object.group(2));
            };
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Unrecognized request URL (" + method + ": " + path + "). The Stripe stand-in plays "
                + "only the endpoints its Javadoc lists.");
        error.put("type", "invalid_request_error");
        throw new StripeError(404, error);
    }

    /** The stand-in's own endpoints: the bank's authentication page and its outcome, the end of processing. */
    private void standIn(HttpExchange exchange, String method, String path, FormParams params) throws IOException {
        Matcher matcher = STAND_IN_PATH.matcher(path);
        if (!matcher.matches()) {
            send(exchange, new Answer(404, "{}", false), null, null);
            return;
        }
        if (matcher.group(1) != null && "GET".equals(method)) {
            String id = matcher.group(1);
            String action = "/__standin/payment_intents/" + id + "/authenticate";
            String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>3D Secure test "
                    + "payment</title></head><body><main><h1>3D Secure test payment</h1><p>Stripe stand-in: "
                    + "authenticate payment " + id + "?</p>"
                    + "<form method=\"post\" action=\"" + action + "?outcome=succeed\"><button id=\"complete\" "
                    + "type=\"submit\">Complete authentication</button></form>"
                    + "<form method=\"post\" action=\"" + action + "?outcome=fail\"><button id=\"fail\" "
                    + "type=\"submit\">Fail authentication</button></form></main></body></html>";
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            return;
        }
        if (matcher.group(2) == null || !"POST".equals(method)) {
            send(exchange, new Answer(405, "{}", false), null, null);
            return;
        }
        String id = matcher.group(2);
        boolean succeed = !"fail".equals(params.get("outcome"));
        String returnUrl;
        String clientSecret;
        String status;
        Answer answer;
        synchronized (lock) {
            try {
                objects.currentRequest(null, null);
                Map<String, Object> intent = "settle".equals(matcher.group(3))
                        ? objects.settle(id, succeed) : objects.authenticate(id, succeed);
                answer = new Answer(200, Json.write(intent), false);
            } catch (StripeError error) {
                answer = new Answer(error.status(), Json.write(error.body()), false);
            }
            returnUrl = answer.status() == 200 ? objects.returnUrl(id) : null;
            clientSecret = answer.status() == 200 ? objects.clientSecret(id) : null;
            status = answer.status() == 200 ? objects.status(id) : null;
        }
        if ("authenticate".equals(matcher.group(3)) && returnUrl != null) {
            String location = returnUrl + (returnUrl.contains("?") ? "&" : "?") + "payment_intent=" + id
                    + "&payment_intent_client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8)
                    + "&redirect_status=" + ("requires_payment_method".equals(status) ? "failed" : "succeeded");
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
            return;
        }
        send(exchange, answer, null, null);
    }

    private String authenticationError(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return "You did not provide an API key. You need to provide your API key in the Authorization header, "
                    + "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                    + "https://stripe.com/docs/api#authentication for details, or we can help at "
                    + "https://support.stripe.com/.";
        }
        String key = null;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7).trim();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            key = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
        }
        if (secretKey.equals(key)) {
            return null;
        }
        String shown = key == null || key.length() < 8 ? "****"
                : key.substring(0, 8) + "*".repeat(Math.max(4, key.length() - 12)) + key.substring(key.length() - 4);
        return "Invalid API Key provided: " + shown;
    }

    private Failure takeFailure(String method, String path) {
        synchronized (lock) {
            Predicate<PlannedFailure> matches =
                    planned -> planned.method().equals(method) && path.startsWith(planned.pathPrefix());
            for (PlannedFailure planned : plannedFailures) {
                if (matches.test(planned)) {
                    plannedFailures.remove(planned);
                    return planned.failure();
                }
            }
            return null;
        }
    }

    private void send(HttpExchange exchange, Answer answer, String requestId, String idempotencyKey)
            throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        var responseHeaders = exchange.getResponseHeaders();
        responseHeaders.set("Content-Type", "application/json");
        responseHeaders.set("Stripe-Version", API_VERSION);
        if (requestId != null) {
            responseHeaders.set("Request-Id", requestId);
        }
        if (idempotencyKey != null) {
            responseHeaders.set("Idempotency-Key", idempotencyKey);
        }
        if (answer.replayed()) {
            responseHeaders.set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void runAll(List<Runnable> actions) {
        if (actions.isEmpty()) {
            return;
        }
        synchronized (lock) {
            objects.currentRequest(null, null);
            actions.forEach(Runnable::run);
        }
    }

    private static String joined(String query, String body) {
        if (query == null || query.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? query : query + "&" + body;
    }

    private static long randomMillis(Duration[] range) {
        long min = range[0].toMillis();
        long max = range[1].toMillis();
        return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String stripeJavaApiVersion() {
        try {
            return (String) Class.forName("com.stripe.Stripe").getField("API_VERSION").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return "2026-07-29.dahlia";
        }
    }
}
