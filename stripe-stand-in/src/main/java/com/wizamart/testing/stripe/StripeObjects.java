package com.wizamart.testing.stripe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The stand-in's Stripe account(s): PaymentIntents, their charges, refunds and balance transactions, with the state
 * machine Stripe documents for PaymentIntents. Objects belong to the account they were created on (the platform, or
 * the connected account named by {@code Stripe-Account}); another account does not see them. Not thread-safe: the
 * stand-in calls it under one lock.
 */
final class StripeObjects {

    /** Receives each event as the state changes: its type, the object's state at that moment, the account. */
    interface EventSink {
        void emit(String type, Map<String, Object> object, String account, Map<String, Object> request);
    }

    static final String PLATFORM = "";
    private static final Duration AUTHORIZATION_VALIDITY = Duration.ofDays(7);
    private static final Set<String> CAPTURE_METHODS = Set.of("automatic", "automatic_async", "manual");
    private static final Set<String> CANCELLATION_REASONS =
            Set.of("duplicate", "fraudulent", "requested_by_customer", "abandoned");
    private static final List<String> CANCELABLE = List.of("requires_payment_method", "requires_capture",
            "requires_confirmation", "requires_action", "processing");
    private static final List<String> CONFIRMABLE =
            List.of("requires_payment_method", "requires_confirmation", "requires_action");

    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Charge> charges = new LinkedHashMap<>();
    private final Map<String, Refund> refunds = new LinkedHashMap<>();
    private final Map<String, List<BalanceTransaction>> ledgers = new HashMap<>();
    private final Supplier<Instant> clock;
    private final EventSink events;
    private final String baseUrl;
    private Map<String, Object> currentRequest = Map.of();

    StripeObjects(Supplier<Instant> clock, EventSink events, String baseUrl) {
        this.clock = clock;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    /** The {@code request} block of the events the next operation emits: {@code {id, idempotency_key}}. */
    void currentRequest(String requestId, String idempotencyKey) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", requestId);
        request.put("idempotency_key", idempotencyKey);
        currentRequest = request;
    }

    // ---------------------------------------------------------------------------------------------- PaymentIntents

    Map<String, Object> createIntent(String account, FormParams params) {
        long amount = positiveAmount(params, "amount");
        String currency = currency(params);
        String captureMethod = params.has("capture_method") ? params.get("capture_method") : "automatic";
        if (!CAPTURE_METHODS.contains(captureMethod)) {
            throw StripeError.invalid("capture_method", "Invalid capture_method: must be one of automatic, "
                    + "automatic_async, or manual");
        }
        String destination = params.get("transfer_data[destination]");
        if (destination != null && !destination.startsWith("acct_")) {
            throw StripeError.invalidRequest("resource_missing", "transfer_data[destination]",
                    "No such destination: '" + destination + "'");
        }
        Long applicationFee = params.has("application_fee_amount") ? nonNegativeAmount(params,
                "application_fee_amount") : null;
        if (applicationFee != null && applicationFee > amount) {
            throw StripeError.invalid("application_fee_amount",
                    "The application fee cannot be greater than the amount of the PaymentIntent.");
        }
        TestCards card = paymentMethod(params.get("payment_method"));
        boolean confirm = "true".equals(params.get("confirm"));

        Intent intent = new Intent();
        intent.id = newId("pi");
        intent.account = account;
        intent.amount = amount;
        intent.currency = currency;
        intent.captureMethod = captureMethod;
        intent.clientSecret = intent.id + "_secret_" + randomSuffix();
        intent.created = now();
        intent.description = params.get("description");
        intent.metadata = params.hash("metadata");
        intent.destination = destination;
        intent.applicationFeeAmount = applicationFee;
        intent.transferGroup = params.get("transfer_group");
        intent.onBehalfOf = params.get("on_behalf_of");
        intent.receiptEmail = params.get("receipt_email");
        intent.paymentMethodTypes = params.array("payment_method_types").isEmpty()
                ? List.of("card") : params.array("payment_method_types");
        intent.paymentMethod = card == null ? null : card.id;
        intent.status = card == null ? "requires_payment_method" : "requires_confirmation";
        intent.returnUrl = params.get("return_url");
        intents.put(intent.id, intent);
        emit("payment_intent.created", intent.json(), account);
        if (confirm) {
            return confirm(intent, card, params.get("return_url"));
        }
        return intent.json();
    }

    Map<String, Object> updateIntent(String account, String id, FormParams params) {
        Intent intent = intent(account, id);
        if (!List.of("requires_payment_method", "requires_confirmation", "requires_action").contains(intent.status)
                && (params.has("amount") || params.has("currency") || params.has("payment_method"))) {
            throw unexpectedState(intent, "update", CONFIRMABLE);
        }
        if (params.has("amount")) {
            intent.amount = positiveAmount(params, "amount");
        }
        if (params.has("currency")) {
            intent.currency = currency(params);
        }
        if (params.has("payment_method")) {
            TestCards card = paymentMethod(params.get("payment_method"));
            intent.paymentMethod = card.id;
            intent.status = "requires_confirmation";
        }
        if (params.has("description")) {
            intent.description = params.get("description");
        }
        if (params.has("application_fee_amount")) {
            intent.applicationFeeAmount = nonNegativeAmount(params, "application_fee_amount");
        }
        params.hash("metadata").forEach((key, value) -> {
            if (value.isEmpty()) {
                intent.metadata.remove(key);
            } else {
                intent.metadata.put(key, value);
            }
        });
        return intent.json();
    }

    Map<String, Object> retrieveIntent(String account, String id, FormParams params) {
        Intent intent = intent(account, id);
        Map<String, Object> json = intent.json();
        if (params.array("expand").contains("latest_charge") && intent.latestCharge != null) {
            json.put("latest_charge", charges.get(intent.latestCharge).json());
        }
        return json;
    }

    Map<String, Object> listIntents(String account, FormParams params) {
        List<Map<String, Object>> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        intents.values().stream().filter(intent -> intent.account.equals(account)).toList().reversed()
                .forEach(intent -> {
                    all.add(intent.json());
                    ids.add(intent.id);
                });
        return page("/v1/payment_intents", all, ids, params);
    }

    Map<String, Object> confirmIntent(String account, String id, FormParams params) {
        Intent intent = intent(account, id);
        if (!CONFIRMABLE.contains(intent.status)) {
            throw unexpectedState(intent, "confirm", CONFIRMABLE);
        }
        TestCards card = params.has("payment_method")
                ? paymentMethod(params.get("payment_method"))
                : TestCards.byId(intent.paymentMethod);
        if (card == null) {
            throw StripeError.invalidRequest("payment_intent_unexpected_state", "payment_method",
                            "You cannot confirm this PaymentIntent because it's missing a payment method. "
                                    + "Update the PaymentIntent with a payment method and then confirm it again.")
                    .with("payment_intent", intent.json());
        }
        return confirm(intent, card, params.has("return_url") ? params.get("return_url") : intent.returnUrl);
    }

    private Map<String, Object> confirm(Intent intent, TestCards card, String returnUrl) {
        intent.paymentMethod = card.id;
        intent.returnUrl = returnUrl;
        intent.lastPaymentError = null;
        intent.nextActionUrl = null;
        switch (card.outcome) {
            case SUCCEEDS -> authorize(intent);
            case DECLINED -> decline(intent, card);
            case REQUIRES_ACTION -> {
                intent.status = "requires_action";
                intent.nextActionUrl = baseUrl + "/__standin/authenticate/" + intent.id;
                emit("payment_intent.requires_action", intent.json(), intent.account);
            }
            case PROCESSING -> {
                intent.status = "processing";
                emit("payment_intent.processing", intent.json(), intent.account);
            }
        }
        return intent.json();
    }

    /** The shopper's answer to the bank's authentication page (3-D Secure). */
    Map<String, Object> authenticate(String id, boolean succeed) {
        Intent intent = anyIntent(id);
        if (!"requires_action".equals(intent.status)) {
            throw unexpectedState(intent, "authenticate", List.of("requires_action"));
        }
        intent.nextActionUrl = null;
        if (succeed) {
            authorize(intent);
        } else {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", "payment_intent_authentication_failure");
            error.put("doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure");
            error.put("message", "We are unable to authenticate your payment method. Please choose a different "
                    + "payment method and try again.");
            error.put("payment_method", TestCards.byId(intent.paymentMethod).json(intent.created));
            error.put("type", "invalid_request_error");
            intent.lastPaymentError = error;
            intent.status = "requires_payment_method";
            emit("payment_intent.payment_failed", intent.json(), intent.account);
        }
        return intent.json();
    }

    /** The end of a payment that was {@code processing}. */
    Map<String, Object> settle(String id, boolean succeed) {
        Intent intent = anyIntent(id);
        if (!"processing".equals(intent.status)) {
            throw unexpectedState(intent, "settle", List.of("processing"));
        }
        if (succeed) {
            authorize(intent);
        } else {
            decline(intent, TestCards.DECLINED);
        }
        return intent.json();
    }

    private void authorize(Intent intent) {
        Charge charge = newCharge(intent, "succeeded");
        intent.latestCharge = charge.id;
        if ("manual".equals(intent.captureMethod)) {
            intent.status = "requires_capture";
            intent.amountCapturable = intent.amount;
            emit("payment_intent.amount_capturable_updated", intent.json(), intent.account);
        } else {
            capture(intent, intent.amount, intent.applicationFeeAmount);
        }
    }

    private void decline(Intent intent, TestCards card) {
        Charge charge = newCharge(intent, "failed");
        charge.failureCode = card.code;
        charge.failureMessage = card.message;
        intent.latestCharge = charge.id;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("charge", charge.id);
        error.put("code", card.code);
        error.put("decline_code", card.declineCode);
        error.put("doc_url", "https://stripe.com/docs/error-codes/" + card.code.replace('_', '-'));
        error.put("message", card.message);
        error.put("payment_method", card.json(intent.created));
        error.put("type", "card_error");
        intent.lastPaymentError = error;
        intent.status = "requires_payment_method";
        emit("payment_intent.payment_failed", intent.json(), intent.account);
        Map<String, Object> answer = new LinkedHashMap<>(error);
        answer.put("payment_intent", intent.json());
        throw new StripeError(402, answer);
    }

    Map<String, Object> captureIntent(String account, String id, FormParams params) {
        Intent intent = intent(account, id);
        if (!"requires_capture".equals(intent.status)) {
            throw StripeError.invalidRequest("payment_intent_unexpected_state", null,
                            "This PaymentIntent could not be captured because it has a status of " + intent.status
                                    + ". Only a PaymentIntent with one of the following statuses may be captured: "
                                    + "requires_capture.")
                    .with("payment_intent", intent.json());
        }
        long amount = params.has("amount_to_capture") ? positiveAmount(params, "amount_to_capture")
                : intent.amountCapturable;
        if (amount > intent.amountCapturable) {
            throw StripeError.invalidRequest("amount_too_large", "amount_to_capture",
                    "The amount to capture (" + amount + ") must be less than or equal to the amount capturable ("
                            + intent.amountCapturable + ").");
        }
        Long fee = params.has("application_fee_amount")
                ? Long.valueOf(nonNegativeAmount(params, "application_fee_amount")) : intent.applicationFeeAmount;
        capture(intent, amount, fee);
        return intent.json();
    }

    private void capture(Intent intent, long amount, Long applicationFee) {
        Charge charge = charges.get(intent.latestCharge);
        charge.captured = true;
        charge.amountCaptured = amount;
        charge.amountRefunded = intent.amount - amount;  // Stripe releases (refunds) what is not captured
        charge.applicationFeeAmount = applicationFee;
        intent.applicationFeeAmount = applicationFee;
        intent.amountCapturable = 0;
        intent.amountReceived = amount;
        intent.status = "succeeded";
        intent.captures++;
        book(intent, charge, amount, applicationFee);
        emit("payment_intent.succeeded", intent.json(), intent.account);
    }

    private void book(Intent intent, Charge charge, long amount, Long applicationFee) {
        long fee = applicationFee == null ? 0 : applicationFee;
        long processingFee = processingFee(amount);
        if (!PLATFORM.equals(intent.account)) {
            // a direct charge on the connected account; the platform collects its fee from it
            BalanceTransaction txn = book(intent.account, "charge", amount, processingFee + fee, charge.id,
                    intent.currency, "Payment " + intent.id);
            charge.balanceTransaction = txn.id;
            if (fee > 0) {
                book(PLATFORM, "application_fee", fee, 0, newId("fee"), intent.currency,
                        "Application fee from " + intent.account);
            }
            return;
        }
        BalanceTransaction txn = book(PLATFORM, "charge", amount, processingFee, charge.id, intent.currency,
                "Payment " + intent.id);
        charge.balanceTransaction = txn.id;
        if (intent.destination != null) {
            // destination charge: the whole amount goes to the connected account, the fee comes back
            String transfer = newId("tr");
            charge.transfer = transfer;
            book(PLATFORM, "transfer", -amount, 0, transfer, intent.currency, "Transfer to " + intent.destination);
            book(intent.destination, "payment", amount, fee, newId("py"), intent.currency, "Payment " + intent.id);
            if (fee > 0) {
                book(PLATFORM, "application_fee", fee, 0, newId("fee"), intent.currency,
                        "Application fee from " + intent.destination);
            }
        }
    }

    Map<String, Object> cancelIntent(String account, String id, FormParams params) {
        Intent intent = intent(account, id);
        if (!CANCELABLE.contains(intent.status)) {
            throw unexpectedState(intent, "cancel", CANCELABLE);
        }
        String reason = params.get("cancellation_reason");
        if (reason != null && !CANCELLATION_REASONS.contains(reason)) {
            throw StripeError.invalid("cancellation_reason", "Invalid cancellation_reason: must be one of "
                    + "duplicate, fraudulent, requested_by_customer, or abandoned");
        }
        cancel(intent, reason);
        return intent.json();
    }

    private void cancel(Intent intent, String reason) {
        if ("requires_capture".equals(intent.status)) {
            Charge charge = charges.get(intent.latestCharge);
            charge.amountRefunded = charge.amount;
            charge.refunded = true;
        }
        intent.status = "canceled";
        intent.cancellationReason = reason;
        intent.canceledAt = now();
        intent.amountCapturable = 0;
        intent.nextActionUrl = null;
        emit("payment_intent.canceled", intent.json(), intent.account);
    }

    /** Stripe cancels an authorization that was not captured within seven days. */
    void expireAuthorizations() {
        long limit = now() - AUTHORIZATION_VALIDITY.toSeconds();
        for (Intent intent : List.copyOf(intents.values())) {
            if ("requires_capture".equals(intent.status) && charges.get(intent.latestCharge).created <= limit) {
                cancel(intent, "automatic");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- refunds

    /**
     * Creates a refund. With {@code failureReason} it is answered {@code pending} and fails right after the answer
     * ({@link #failRefund}), as Stripe reports a refund the card network refused.
     */
    Map<String, Object> createRefund(String account, FormParams params, boolean willFail) {
        Charge charge;
        if (params.has("payment_intent")) {
            Intent intent = intent(account, params.get("payment_intent"), "payment_intent");
            charge = intent.latestCharge == null ? null : charges.get(intent.latestCharge);
            if (charge == null || !"succeeded".equals(charge.status)) {
                throw StripeError.invalidRequest("charge_not_refundable", "payment_intent",
                        "This PaymentIntent (" + intent.id + ") does not have a successful charge to refund.");
            }
        } else if (params.has("charge")) {
            charge = charges.get(params.get("charge"));
            if (charge == null || !charge.account.equals(account)) {
                throw StripeError.noSuch("charge", "charge", params.get("charge"));
            }
        } else {
            throw StripeError.invalidRequest("parameter_missing", null,
                    "One of the following params should be provided for this request: payment_intent or charge.");
        }
        if (!charge.captured) {
            throw StripeError.invalidRequest("charge_not_refundable", null, "Charge " + charge.id
                    + " has not been captured; cancel its PaymentIntent to release the authorization instead.");
        }
        long refundable = charge.amountCaptured - (charge.amountRefunded - (charge.amount - charge.amountCaptured));
        if (refundable <= 0) {
            throw StripeError.invalidRequest("charge_already_refunded", null,
                    "Charge " + charge.id + " has already been refunded.");
        }
        long amount = params.has("amount") ? positiveAmount(params, "amount") : refundable;
        if (amount > refundable) {
            throw StripeError.invalidRequest("amount_too_large", "amount", "Refund amount (" + amount
                    + ") is greater than unrefunded amount on charge (" + refundable + ")");
        }
        Refund refund = new Refund();
        refund.id = newId("re");
        refund.account = account;
        refund.charge = charge.id;
        refund.intent = charge.intent;
        refund.amount = amount;
        refund.currency = charge.currency;
        refund.reason = params.get("reason");
        refund.metadata = params.hash("metadata");
        refund.created = now();
        refund.status = willFail ? "pending" : "succeeded";
        refunds.put(refund.id, refund);
        charge.amountRefunded += amount;
        charge.refunded = charge.amountRefunded >= charge.amount;

        String ledger = account;
        refund.balanceTransaction = book(ledger, "refund", -amount, 0, refund.id, refund.currency,
                "Refund of " + charge.id).id;
        Intent intent = intents.get(charge.intent);
        if (PLATFORM.equals(account) && intent.destination != null
                && "true".equals(params.get("reverse_transfer"))) {
            book(PLATFORM, "transfer_refund", amount, 0, newId("trr"), refund.currency,
                    "Transfer reversal for " + refund.id);
            book(intent.destination, "payment_refund", -amount, 0, newId("pyr"), refund.currency,
                    "Refund of " + intent.id);
        }
        if ("true".equals(params.get("refund_application_fee")) && charge.applicationFeeAmount != null
                && charge.applicationFeeAmount > 0) {
            long feeBack = charge.applicationFeeAmount * amount / charge.amountCaptured;
            book(PLATFORM, "application_fee_refund", -feeBack, 0, newId("fr"), refund.currency,
                    "Application fee refund for " + refund.id);
        }
        emit("charge.refunded", charge.json(), account);
        emit("refund.created", refund.json(), account);
        return refund.json();
    }

    void failRefund(String refundId, String failureReason) {
        Refund refund = refunds.get(refundId);
        Charge charge = charges.get(refund.charge);
        refund.status = "failed";
        refund.failureReason = failureReason;
        refund.failureBalanceTransaction = book(refund.account, "refund_failure", refund.amount, 0, refund.id,
                refund.currency, "Refund failure for " + refund.id).id;
        charge.amountRefunded -= refund.amount;
        charge.refunded = charge.amountRefunded >= charge.amount;
        emit("refund.updated", refund.json(), refund.account);
        emit("refund.failed", refund.json(), refund.account);
    }

    Map<String, Object> retrieveRefund(String account, String id) {
        Refund refund = refunds.get(id);
        if (refund == null || !refund.account.equals(account)) {
            throw StripeError.noSuch("refund", "id", id);
        }
        return refund.json();
    }

    Map<String, Object> listRefunds(String account, FormParams params) {
        List<Map<String, Object>> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        refunds.values().stream()
                .filter(refund -> refund.account.equals(account))
                .filter(refund -> !params.has("payment_intent") || params.get("payment_intent").equals(refund.intent))
                .filter(refund -> !params.has("charge") || params.get("charge").equals(refund.charge))
                .toList().reversed()
                .forEach(refund -> {
                    all.add(refund.json());
                    ids.add(refund.id);
                });
        return page("/v1/refunds", all, ids, params);
    }

    Map<String, Object> retrieveCharge(String account, String id) {
        Charge charge = charges.get(id);
        if (charge == null || !charge.account.equals(account)) {
            throw StripeError.noSuch("charge", "id", id);
        }
        return charge.json();
    }

    // ---------------------------------------------------------------------------------------- balance transactions

    Map<String, Object> listBalanceTransactions(String account, FormParams params) {
        List<Map<String, Object>> all = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<BalanceTransaction> ledger = ledgers.getOrDefault(account, List.of());
        for (BalanceTransaction txn : ledger.reversed()) {
            if (params.has("type") && !params.get("type").equals(txn.type)
                    || params.has("source") && !params.get("source").equals(txn.source)
                    || params.has("currency") && !params.get("currency").equals(txn.currency)
                    || !createdMatches(txn.created, params)) {
                continue;
            }
            all.add(txn.json());
            ids.add(txn.id);
        }
        return page("/v1/balance_transactions", all, ids, params);
    }

    Map<String, Object> retrieveBalanceTransaction(String account, String id) {
        return ledgers.getOrDefault(account, List.of()).stream()
                .filter(txn -> txn.id.equals(id))
                .findFirst()
                .map(BalanceTransaction::json)
                .orElseThrow(() -> StripeError.noSuch("balance transaction", "id", id));
    }

    private static boolean createdMatches(long created, FormParams params) {
        return bound(params, "created", created, 0) && bound(params, "created[gt]", created, 1)
                && bound(params, "created[gte]", created, 2) && bound(params, "created[lt]", created, 3)
                && bound(params, "created[lte]", created, 4);
    }

    private static boolean bound(FormParams params, String key, long created, int kind) {
        if (!params.has(key)) {
            return true;
        }
        long limit;
        try {
            limit = Long.parseLong(params.get(key));
        } catch (NumberFormatException e) {
            throw StripeError.invalid(key, "Invalid integer: " + params.get(key));
        }
        return switch (kind) {
            case 0 -> created == limit;
            case 1 -> created > limit;
            case 2 -> created >= limit;
            case 3 -> created < limit;
            default -> created <= limit;
        };
    }

    /** One page of a list, newest first, with Stripe's cursor parameters. */
    private static Map<String, Object> page(String url, List<Map<String, Object>> all, List<String> ids,
                                            FormParams params) {
        int limit = 10;
        if (params.has("limit")) {
            try {
                limit = Integer.parseInt(params.get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 100) {
                throw StripeError.invalidRequest("parameter_invalid_integer", "limit",
                        "This value must be greater than or equal to 1 and less than or equal to 100.");
            }
        }
        int from = 0;
        int to = all.size();
        if (params.has("starting_after")) {
            int index = ids.indexOf(params.get("starting_after"));
            if (index < 0) {
                throw StripeError.noSuch("object", "starting_after", params.get("starting_after"));
            }
            from = index + 1;
        } else if (params.has("ending_before")) {
            int index = ids.indexOf(params.get("ending_before"));
            if (index < 0) {
                throw StripeError.noSuch("object", "ending_before", params.get("ending_before"));
            }
            to = index;
            from = Math.max(0, to - limit);
        }
        int end = Math.min(to, from + limit);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", new ArrayList<>(all.subList(from, end)));
        list.put("has_more", params.has("ending_before") ? from > 0 : end < to);
        list.put("url", url);
        return list;
    }

    // --------------------------------------------------------------------------------------------- test helpers

    String status(String intentId) {
        return anyIntent(intentId).status;
    }

    int captures(String intentId) {
        return anyIntent(intentId).captures;
    }

    int totalCaptures() {
        return intents.values().stream().mapToInt(intent -> intent.captures).sum();
    }

    Map<String, Object> intentJson(String intentId) {
        return anyIntent(intentId).json();
    }

    String clientSecret(String intentId) {
        return anyIntent(intentId).clientSecret;
    }

    String returnUrl(String intentId) {
        return anyIntent(intentId).returnUrl;
    }

    List<String> intentIds() {
        return List.copyOf(intents.keySet());
    }

    // ------------------------------------------------------------------------------------------------ internals

    private Intent intent(String account, String id) {
        return intent(account, id, "intent");
    }

    private Intent intent(String account, String id, String param) {
        Intent intent = intents.get(id);
        if (intent == null || !intent.account.equals(account)) {
            throw StripeError.noSuch("payment_intent", param, id);
        }
        return intent;
    }

    private Intent anyIntent(String id) {
        Intent intent = intents.get(id);
        if (intent == null) {
            throw StripeError.noSuch("payment_intent", "intent", id);
        }
        return intent;
    }

    private static StripeError unexpectedState(Intent intent, String action, List<String> allowed) {
        return StripeError.invalidRequest("payment_intent_unexpected_state", null,
                        "You cannot " + action + " this PaymentIntent because it has a status of " + intent.status
                                + ". Only a PaymentIntent with one of the following statuses may be "
                                + (action.endsWith("e") ? action + "d" : action + "ed") + ": "
                                + String.join(", ", allowed) + ".")
                .with("payment_intent", intent.json());
    }

    private TestCards paymentMethod(String id) {
        if (id == null) {
            return null;
        }
        TestCards card = TestCards.byId(id);
        if (card == null) {
            throw StripeError.invalidRequest("resource_missing", "payment_method",
                    "No such PaymentMethod: '" + id + "'");
        }
        return card;
    }

    private static long positiveAmount(FormParams params, String key) {
        long amount = nonNegativeAmount(params, key);
        if (amount < 1) {
            throw StripeError.invalidRequest("parameter_invalid_integer", key,
                    "This value must be greater than or equal to 1.");
        }
        return amount;
    }

    private static long nonNegativeAmount(FormParams params, String key) {
        String value = params.get(key);
        if (value == null) {
            throw StripeError.missing(key);
        }
        try {
            long amount = Long.parseLong(value);
            if (amount < 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw StripeError.invalidRequest("parameter_invalid_integer", key, "Invalid integer: " + value);
        }
    }

    private static String currency(FormParams params) {
        String currency = params.get("currency");
        if (currency == null) {
            throw StripeError.missing("currency");
        }
        if (!currency.matches("[a-zA-Z]{3}")) {
            throw StripeError.invalid("currency", "Invalid currency: " + currency + ".");
        }
        return currency.toLowerCase(java.util.Locale.ROOT);
    }

    /** Stripe's fee on a European card, 1.5 % + 0.25; what reconciliation sees as {@code fee}. */
    static long processingFee(long amount) {
        return Math.round(amount * 0.015) + 25;
    }

    private Charge newCharge(Intent intent, String status) {
        Charge charge = new Charge();
        charge.id = newId("ch");
        charge.account = intent.account;
        charge.intent = intent.id;
        charge.amount = intent.amount;
        charge.currency = intent.currency;
        charge.status = status;
        charge.paymentMethod = intent.paymentMethod;
        charge.destination = intent.destination;
        charge.applicationFeeAmount = intent.applicationFeeAmount;
        charge.created = now();
        charge.metadata = intent.metadata;
        charges.put(charge.id, charge);
        return charge;
    }

    private BalanceTransaction book(String account, String type, long amount, long fee, String source,
                                    String currency, String description) {
        BalanceTransaction txn = new BalanceTransaction();
        txn.id = newId("txn");
        txn.amount = amount;
        txn.fee = fee;
        txn.type = type;
        txn.source = source;
        txn.currency = currency;
        txn.description = description;
        txn.created = now();
        ledgers.computeIfAbsent(account, key -> new ArrayList<>()).add(txn);
        return txn;
    }

    private void emit(String type, Map<String, Object> object, String account) {
        events.emit(type, object, account, currentRequest);
    }

    private long now() {
        return clock.get().getEpochSecond();
    }

    private String newId(String prefix) {
        return prefix + "_3StandIn" + Long.toString(sequence.incrementAndGet(), 36) + randomSuffix().substring(0, 8);
    }

    private static String randomSuffix() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder suffix = new StringBuilder(24);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 24; i++) {
            suffix.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return suffix.toString();
    }

    private static Map<String, Object> nullable(Map<String, Object> map) {
        return map == null ? null : new LinkedHashMap<>(map);
    }

    private final class Intent {
        String id;
        String account;
        long amount;
        long amountCapturable;
        long amountReceived;
        Long applicationFeeAmount;
        Long canceledAt;
        String cancellationReason;
        String captureMethod;
        String clientSecret;
        long created;
        String currency;
        String description;
        Map<String, Object> lastPaymentError;
        String latestCharge;
        Map<String, String> metadata = new LinkedHashMap<>();
        String nextActionUrl;
        String onBehalfOf;
        String paymentMethod;
        List<String> paymentMethodTypes;
        String receiptEmail;
        String returnUrl;
        String status;
        String destination;
        String transferGroup;
        int captures;

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("object", "payment_intent");
            json.put("amount", amount);
            json.put("amount_capturable", amountCapturable);
            json.put("amount_details", Map.of("tip", Map.of()));
            json.put("amount_received", amountReceived);
            json.put("application", null);
            json.put("application_fee_amount", applicationFeeAmount);
            json.put("automatic_payment_methods", null);
            json.put("canceled_at", canceledAt);
            json.put("cancellation_reason", cancellationReason);
            json.put("capture_method", captureMethod);
            json.put("client_secret", clientSecret);
            json.put("confirmation_method", "automatic");
            json.put("created", created);
            json.put("currency", currency);
            json.put("customer", null);
            json.put("description", description);
            json.put("last_payment_error", nullable(lastPaymentError));
            json.put("latest_charge", latestCharge);
            json.put("livemode", false);
            json.put("metadata", new LinkedHashMap<>(metadata));
            json.put("next_action", nextAction());
            json.put("on_behalf_of", onBehalfOf);
            json.put("payment_method", paymentMethod);
            json.put("payment_method_options", Map.of());
            json.put("payment_method_types", paymentMethodTypes);
            json.put("processing", null);
            json.put("receipt_email", receiptEmail);
            json.put("review", null);
            json.put("setup_future_usage", null);
            json.put("shipping", null);
            json.put("statement_descriptor", null);
            json.put("statement_descriptor_suffix", null);
            json.put("status", status);
            json.put("transfer_data", destination == null ? null : Map.of("destination", destination));
            json.put("transfer_group", transferGroup);
            return json;
        }

        private Map<String, Object> nextAction() {
            if (nextActionUrl == null) {
                return null;
            }
            Map<String, Object> redirect = new LinkedHashMap<>();
            redirect.put("return_url", returnUrl);
            redirect.put("url", nextActionUrl);
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("redirect_to_url", redirect);
            action.put("type", "redirect_to_url");
            return action;
        }
    }

    private final class Charge {
        String id;
        String account;
        String intent;
        long amount;
        long amountCaptured;
        long amountRefunded;
        Long applicationFeeAmount;
        String balanceTransaction;
        boolean captured;
        long created;
        String currency;
        String destination;
        String failureCode;
        String failureMessage;
        Map<String, String> metadata;
        String paymentMethod;
        boolean refunded;
        String status;
        String transfer;

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("object", "charge");
            json.put("amount", amount);
            json.put("amount_captured", amountCaptured);
            json.put("amount_refunded", amountRefunded);
            json.put("application_fee_amount", applicationFeeAmount);
            json.put("balance_transaction", balanceTransaction);
            json.put("captured", captured);
            json.put("created", created);
            json.put("currency", currency);
            json.put("destination", destination);
            json.put("failure_code", failureCode);
            json.put("failure_message", failureMessage);
            json.put("livemode", false);
            json.put("metadata", new LinkedHashMap<>(metadata));
            Map<String, Object> outcome = new LinkedHashMap<>();
            boolean failed = "failed".equals(status);
            outcome.put("network_status", failed ? "declined_by_network" : "approved_by_network");
            outcome.put("reason", failed ? "generic_decline" : null);
            outcome.put("risk_level", "normal");
            outcome.put("seller_message", failed ? "The bank did not return any further details with this decline."
                    : "Payment complete.");
            outcome.put("type", failed ? "issuer_declined" : "authorized");
            json.put("outcome", outcome);
            json.put("paid", "succeeded".equals(status));
            json.put("payment_intent", intent);
            json.put("payment_method", paymentMethod);
            json.put("refunded", refunded);
            json.put("status", status);
            json.put("transfer", transfer);
            json.put("transfer_data", destination == null ? null : Map.of("amount", (Object) amount,
                    "destination", destination));
            return json;
        }
    }

    private final class Refund {
        String id;
        String account;
        long amount;
        String balanceTransaction;
        String charge;
        long created;
        String currency;
        String failureBalanceTransaction;
        String failureReason;
        String intent;
        Map<String, String> metadata;
        String reason;
        String status;

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("object", "refund");
            json.put("amount", amount);
            json.put("balance_transaction", balanceTransaction);
            json.put("charge", charge);
            json.put("created", created);
            json.put("currency", currency);
            json.put("destination_details", Map.of("card", Map.of("type", "refund"), "type", "card"));
            json.put("failure_balance_transaction", failureBalanceTransaction);
            json.put("failure_reason", failureReason);
            json.put("metadata", new LinkedHashMap<>(metadata));
            json.put("payment_intent", intent);
            json.put("reason", reason);
            json.put("receipt_number", null);
            json.put("source_transfer_reversal", null);
            json.put("status", status);
            json.put("transfer_reversal", null);
            return json;
        }
    }

    private static final class BalanceTransaction {
        String id;
        long amount;
        long created;
        String currency;
        String description;
        long fee;
        String source;
        String type;

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("object", "balance_transaction");
            json.put("amount", amount);
            json.put("available_on", created + Duration.ofDays(2).toSeconds());
            json.put("created", created);
            json.put("currency", currency);
            json.put("description", description);
            json.put("exchange_rate", null);
            json.put("fee", fee);
            json.put("fee_details", fee == 0 ? List.of() : List.of(Map.of("amount", fee, "application", "",
                    "currency", currency, "description", "Fees", "type", "stripe_fee")));
            json.put("net", amount - fee);
            json.put("reporting_category", reportingCategory());
            json.put("source", source);
            json.put("status", "pending");
            json.put("type", type);
            return json;
        }

        private String reportingCategory() {
            return switch (type) {
                case "payment" -> "charge";
                case "payment_refund", "refund_failure" -> "refund";
                case "application_fee_refund" -> "platform_earning_refund";
                case "application_fee" -> "platform_earning";
                case "transfer_refund" -> "transfer_reversal";
                default -> type;
            };
        }
    }
}
