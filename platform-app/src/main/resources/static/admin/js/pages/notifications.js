// Notifications (admin app): every vendor's notification log and the platform's own messages (a team member's
// password reset has no vendor), newest first, filtered by vendor, status, kind and recipient
// (GET /admin/notifications); a message's detail at #/notifications?id=... with its plain text while it is kept.
// Markup in index.html; nothing is rendered as HTML (no x-html).
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { navigate } from '/shared/js/shell.js';
import { compose, messageOf, pagedList } from '/shared/js/ui.js';
import { call } from '../api.js';
import { vendorFilter } from '../vendor-filter.js';

const STATUSES = ['QUEUED', 'SENDING', 'SENT', 'LOGGED', 'RETRYING', 'FAILED'];
const KINDS = ['ORDER_CONFIRMATION', 'PAYMENT_RECEIVED', 'ORDER_SHIPPED', 'ORDER_CANCELLED', 'ORDER_REFUNDED',
    'TEAM_INVITATION', 'OWNER_ACTIVATION', 'PASSWORD_RESET', 'EMAIL_VERIFICATION', 'REGISTRATION_REPEATED'];

Alpine.data('adminNotificationsPage', () => compose(pagedList(function () {
        return call('GET', '/admin/notifications', {
            query: { vendorId: this.vendorId, status: this.status, kind: this.kind, recipient: this.recipient,
                page: this.page, size: this.size, sort: 'createdAt,desc' },
        });
    }), vendorFilter(), {
    statuses: STATUSES,
    kinds: KINDS,
    status: '',
    kind: '',
    recipient: '',
    message: null,
    messageError: null,
    async init() {
        await this.loadVendors();
        this.$watch('params', () => this.openFromRoute());
        this.openFromRoute();
        await this.load();
    },
    vendorOf(n) { return n.vendorName || 'Platform'; },
    href(n) { return '#/notifications?id=' + n.id; },
    badge(n) {
        return 'badge ' + ({ SENT: 'badge-ok', LOGGED: 'badge-ok', FAILED: 'badge-bad', RETRYING: 'badge-warn' }[n.status]
            || 'badge-info');
    },
    clearFilters() {
        this.vendorId = '';
        this.status = '';
        this.kind = '';
        this.recipient = '';
        this.search();
    },
    async openFromRoute() {
        if (this.route !== 'notifications') return;
        const id = this.params.id;
        this.messageError = null;
        if (!id) {
            this.message = null;
            return;
        }
        try {
            this.message = await call('GET', '/admin/notifications/' + encodeURIComponent(id));
            this.$nextTick(() => { const h = document.getElementById('notification-heading'); if (h) h.focus(); });
        } catch (e) {
            this.message = null;
            this.messageError = e.status === 404 || e.status === 400 ? 'Message not found.' : messageOf(e);
        }
    },
    closeMessage() { navigate('notifications'); },
    get hasMessage() { return this.message !== null; },
    get bodyKept() { return this.message !== null && this.message.textBody !== null; },
    get bodyPurged() { return this.message !== null && this.message.textBody === null; },
}));
