// The payment side of the orders page: every order's payment method and status (a badge), the payment status filter
// of the list, and in an order's detail its payment history, the provider's attempts and refunds
// (GET /vendor/orders/{id}/payment, orders.view) and "Mark paid" for a bank-transfer or cash-on-delivery order
// (POST /vendor/orders/{id}/payment/mark-paid, orders.edit). Orders placed before payment methods were recorded show
// "Not recorded". Composed into the orders page (app.js); the templates call these methods by name only.
import { messageOf } from '/shared/js/ui.js';
import { call } from '../api.js';
import { money } from '../common.js';

export const PAYMENT_STATUSES = ['PENDING', 'AUTHORIZED', 'PAID', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED'];

const METHODS = { CARD: 'Card', BANK_TRANSFER: 'Bank transfer', CASH_ON_DELIVERY: 'Cash on delivery' };
const MANUAL = ['BANK_TRANSFER', 'CASH_ON_DELIVERY'];
const UNPAID = ['PENDING', 'FAILED'];
const RECORDED = ['CARD', 'BANK_TRANSFER'];
const BADGES = { PAID: 'badge-ok', PARTIALLY_REFUNDED: 'badge-warn', REFUNDED: 'badge-warn', FAILED: 'badge-bad',
    AUTHORIZED: 'badge-info', PENDING: 'badge-info' };

/** The payment state and actions of the orders page; {@code this} is the page (order, canEdit, showOrder, load). */
export function orderPayments() {
    return {
        paymentStatuses: PAYMENT_STATUSES,
        paymentStatus: '',
        payment: null,
        markNote: '',
        marking: false,
        markError: null,

        /** The list's query parameter: absent for "any". */
        get paymentStatusFilter() { return this.paymentStatus || undefined; },
        methodOf(order) {
            return order.paymentMethod ? (METHODS[order.paymentMethod] || order.paymentMethod) : 'Not recorded';
        },
        paymentOf(order) {
            return order.paymentStatus ? order.paymentStatus.replace('_', ' ') : 'Not recorded';
        },
        paymentClass(order) {
            return 'badge ' + (order.paymentStatus ? (BADGES[order.paymentStatus] || 'badge-info') : 'badge-muted');
        },
        get canMarkPaid() {
            return this.canEdit && this.order !== null && MANUAL.includes(this.order.paymentMethod)
                && UNPAID.includes(this.order.paymentStatus);
        },
        get markLabel() { return this.marking ? 'Saving…' : 'Mark paid'; },
        get paymentHistory() { return this.order && this.order.paymentHistory ? this.order.paymentHistory : []; },
        get hasPaymentHistory() { return this.paymentHistory.length > 0; },
        paymentHistoryKey(h) { return h.changedAt + ':' + (h.from || '') + ':' + h.to + ':' + h.amount; },
        paymentHistoryText(h) {
            return (h.from ? h.from + ' → ' : '') + h.to + ' · ' + money(h.amount) + ' ' + h.currency;
        },
        paymentHistoryBy(h) { return h.changedBy && h.changedBy.email ? h.changedBy.email : ''; },
        get attempts() { return this.payment && this.payment.attempts ? this.payment.attempts : []; },
        get refundsByProvider() { return this.payment && this.payment.refunds ? this.payment.refunds : []; },
        get hasAttempts() { return this.attempts.length > 0; },
        get hasProviderRefunds() { return this.refundsByProvider.length > 0; },
        get paymentReference() { return this.payment && this.payment.reference ? this.payment.reference : ''; },
        attemptText(a) {
            return a.status + ' · ' + money(a.amount) + (a.failureMessage ? ' · ' + a.failureMessage
                : a.failureCode ? ' · ' + a.failureCode : '');
        },
        providerRefundText(r) {
            return r.status + ' · ' + money(r.amount) + (r.failureReason ? ' · ' + r.failureReason : '');
        },
        /**
         * The payment records of the open order: a card payment's attempts and refunds, a bank transfer's reference.
         * Cash on delivery (and an order whose method was not recorded) has none, so nothing is asked for it.
         */
        async loadPayment() {
            const id = this.order ? this.order.id : null;
            this.payment = null;
            if (!id || !RECORDED.includes(this.order.paymentMethod)) return;
            try {
                const payment = await call('GET', '/vendor/orders/' + encodeURIComponent(id) + '/payment');
                if (this.order && this.order.id === id) this.payment = payment;
            } catch (e) {
                this.payment = null;
            }
        },
        async markPaid() {
            this.marking = true;
            this.markError = null;
            const id = this.order.id;
            try {
                await call('POST', '/vendor/orders/' + encodeURIComponent(id) + '/payment/mark-paid',
                    { body: { note: this.markNote || null } });
                this.markNote = '';
                this.showOrder(await call('GET', '/vendor/orders/' + encodeURIComponent(id)));
                await this.load();
            } catch (e) {
                this.markError = messageOf(e);
            } finally {
                this.marking = false;
            }
        },
    };
}
