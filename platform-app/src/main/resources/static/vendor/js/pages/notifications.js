// Notifications: the log of the messages sent to the shop's customers and team (GET /vendor/notifications, needs
// orders.view), newest first, filtered by status, kind and recipient; a message's detail at #/notifications?id=...
// with its plain text while it is kept (GET /vendor/notifications/{id}). The HTML body is not shown: the portal
// never renders markup it did not write (no x-html); the text part says the same. Another vendor's id is "not found".
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { navigate } from '/shared/js/shell.js';
import { compose, messageOf, pagedList } from '/shared/js/ui.js';
import { call } from '../api.js';

const STATUSES = ['QUEUED', 'SENDING', 'SENT', 'LOGGED', 'RETRYING', 'FAILED'];
const KINDS = {
    ORDER_CONFIRMATION: 'Order confirmation',
    PAYMENT_RECEIVED: 'Payment received',
    ORDER_SHIPPED: 'Order shipped',
    ORDER_CANCELLED: 'Order cancelled',
    ORDER_REFUNDED: 'Order refunded',
    TEAM_INVITATION: 'Team invitation',
    OWNER_ACTIVATION: 'Owner activation',
    PASSWORD_RESET: 'Password reset',
    EMAIL_VERIFICATION: 'Email verification',
    REGISTRATION_REPEATED: 'Already registered',
};

Alpine.data('notificationsPage', () => compose(pagedList(function () {
        return call('GET', '/vendor/notifications', {
            query: { status: this.status, kind: this.kind, recipient: this.recipient, page: this.page,
                size: this.size, sort: 'createdAt,desc' },
        });
    }), {
    statuses: STATUSES,
    kinds: Object.entries(KINDS).map(([value, label]) => ({ value, label })),
    status: '',
    kind: '',
    recipient: '',
    message: null,
    messageError: null,
    init() {
        this.load();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },
    href(n) { return '#/notifications?id=' + n.id; },
    kindLabel(n) { return KINDS[n.kind] || n.kind; },
    badge(n) {
        return 'badge ' + ({ SENT: 'badge-ok', LOGGED: 'badge-ok', FAILED: 'badge-bad', RETRYING: 'badge-warn' }[n.status]
            || 'badge-info');
    },
    async openFromRoute() {
        if (this.route !== 'notifications') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        this.messageError = null;
        if (!id) {
            this.message = null;
            return;
        }
        try {
            this.message = await call('GET', '/vendor/notifications/' + encodeURIComponent(id));
            this.$nextTick(() => { const h = document.getElementById('notification-heading'); if (h) h.focus(); });
        } catch (e) {
            this.message = null;
            this.messageError = e.status === 404 || e.status === 400
                ? 'Message not found. It may belong to another shop, or the link is wrong.' : messageOf(e);
        }
    },
    closeMessage() { navigate('notifications'); },
    get hasMessage() { return this.message !== null; },
    get bodyKept() { return this.message !== null && this.message.textBody !== null; },
    get bodyPurged() { return this.message !== null && this.message.textBody === null; },
}));
