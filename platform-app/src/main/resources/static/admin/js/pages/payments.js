// Payments in the admin app: the reconciliation's findings (GET /admin/payments/mismatches, filtered by vendor and
// resolved or not, paged by the server), resolving one with a note (POST .../mismatches/{id}/resolve), running the
// reconciliation now (POST /admin/payments/reconciliation-runs), and, in the vendor form, the vendor's connected
// account at the payment provider (GET/PUT /admin/vendors/{id}/payments/connected-account). A platform without
// payments (404 or 501 from these endpoints) shows a sentence saying so instead of an error. Imported by app.js
// before Alpine starts; the templates call these methods by name only (Alpine's CSP build).
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { compose, messageOf, pagedList } from '/shared/js/ui.js';
import { call } from '../api.js';
import { vendorFilter } from '../vendor-filter.js';

const KINDS = {
    MISSING_AT_PROVIDER: 'Recorded here, missing at the provider',
    MISSING_ON_PLATFORM: 'At the provider, not recorded here',
    AMOUNT_DIFFERS: 'Amounts differ',
    REFUND_REFUSED: 'Refund refused by the provider',
    DUPLICATE_CAPTURE: 'One order captured more than once',
    REFUND_PENDING: 'Refund pending at the provider for days',
};

/** The endpoint is not there (payments not deployed on this platform): say so rather than show an error. */
function absent(e) {
    return e && (e.status === 404 || e.status === 501);
}

const NO_PAGE = { content: [], page: { totalElements: 0, totalPages: 0 } };

function amount(value, currency) {
    if (value === null || value === undefined) return '—';
    return Number(value).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        + (currency ? ' ' + currency : '');
}

Alpine.data('paymentsPage', () => compose(pagedList(async function () {
        try {
            return await call('GET', '/admin/payments/mismatches', {
                query: { vendorId: this.vendorId, resolved: this.resolved, page: this.page, size: this.size },
            });
        } catch (e) {
            if (!absent(e)) throw e;
            this.unavailable = true;
            return NO_PAGE;
        }
    }), vendorFilter(), {
    resolved: 'false',
    unavailable: false,
    running: false,
    runOutcome: null,
    runError: null,
    resolvingId: null,
    note: '',
    noteError: '',
    resolveError: null,
    savingNote: false,
    resolvedMessage: null,

    async init() {
        await this.loadVendors();
        await this.load();
    },
    get unavailableText() {
        return 'Payments are not available on this platform: its API answers no reconciliation. Nothing to show.';
    },

    kindOf(m) { return KINDS[m.kind] || m.kind; },
    vendorOf(m) { return m.vendorName || m.vendorId; },
    expectedOf(m) { return amount(m.expected, m.currency); },
    actualOf(m) { return amount(m.actual, m.currency); },
    isOpen(m) { return !m.resolvedAt; },
    stateOf(m) { return m.resolvedAt ? 'Resolved' : 'Open'; },
    stateClass(m) { return m.resolvedAt ? 'badge badge-ok' : 'badge badge-warn'; },
    resolutionOf(m) {
        if (!m.resolvedAt) return '—';
        return this.formatDate(m.resolvedAt) + (m.resolvedBy ? ' by ' + m.resolvedBy : '') + (m.note ? ': ' + m.note : '');
    },
    resolveLabel(m) { return 'Resolve the finding for ' + (m.orderNumber || m.providerId || m.id); },
    rowId(m) { return 'mismatch-' + m.id; },

    // --- resolving one, with a note ---------------------------------------------------------------------------
    isResolving(m) { return this.resolvingId === m.id; },
    startResolve(m) {
        this.resolvingId = m.id;
        this.note = '';
        this.noteError = '';
        this.resolveError = null;
        this.resolvedMessage = null;
        this.$nextTick(() => { const input = document.getElementById('resolve-note'); if (input) input.focus(); });
    },
    cancelResolve() { this.resolvingId = null; },
    get noteInvalid() { return this.noteError ? 'true' : 'false'; },
    get resolveSaveLabel() { return this.savingNote ? 'Resolving…' : 'Resolve'; },
    async resolve() {
        this.noteError = '';
        this.resolveError = null;
        if (!this.note.trim()) {
            this.noteError = 'Say what was done about it: the note is kept with the finding.';
            return;
        }
        this.savingNote = true;
        try {
            const done = await call('POST', '/admin/payments/mismatches/' + encodeURIComponent(this.resolvingId)
                + '/resolve', { body: { note: this.note.trim() } });
            this.resolvingId = null;
            this.resolvedMessage = 'Finding ' + (done.orderNumber || done.providerId || done.id) + ' resolved.';
            await this.load();
        } catch (e) {
            const fields = e.fieldErrors ? e.fieldErrors() : {};
            if (fields.note) this.noteError = fields.note;
            else this.resolveError = messageOf(e);
        } finally {
            this.savingNote = false;
        }
    },

    // --- running it now ---------------------------------------------------------------------------------------
    get runLabel() { return this.running ? 'Running…' : 'Run reconciliation now'; },
    async runNow() {
        this.running = true;
        this.runOutcome = null;
        this.runError = null;
        try {
            const result = await call('POST', '/admin/payments/reconciliation-runs');
            this.runOutcome = 'Reconciliation done: ' + result.transactions + ' provider transaction'
                + (result.transactions === 1 ? '' : 's') + ' compared, ' + result.findings + ' new finding'
                + (result.findings === 1 ? '' : 's')
                + (result.unattributed ? ', ' + result.unattributed + ' not attributable to a vendor' : '') + '.';
            await this.load();
        } catch (e) {
            if (absent(e)) this.unavailable = true;
            else this.runError = 'The reconciliation could not run: ' + messageOf(e);
        } finally {
            this.running = false;
        }
    },
}));

// The vendor's connected account at the payment provider, in the vendor form while an existing vendor is edited
// (`editing` of the vendors page). Card payments go to this account; blank removes the link.
Alpine.data('connectedAccount', () => ({
    accountId: '',
    current: null,
    cardAvailable: false,
    loaded: false,
    accountUnavailable: false,
    accountError: '',
    accountMessage: null,
    savingAccount: false,

    async init() {
        if (!this.editing) return;
        try {
            this.show(await call('GET', this.accountPath));
        } catch (e) {
            if (absent(e)) this.accountUnavailable = true;
            else this.accountMessage = 'The connected account could not be loaded: ' + messageOf(e);
        }
    },
    get accountPath() { return '/admin/vendors/' + encodeURIComponent(this.editing.id) + '/payments/connected-account'; },
    show(settings) {
        this.current = settings.card ? settings.card.connectedAccount : null;
        this.cardAvailable = !!(settings.card && settings.card.available);
        this.accountId = this.current || '';
        this.loaded = true;
    },
    get accountState() {
        if (!this.loaded) return '';
        return this.current
            ? 'Linked to ' + this.current + (this.cardAvailable ? ': the shop may offer card payments.' : '.')
            : 'No connected account: the shop cannot offer card payments.';
    },
    get accountInvalid() { return this.accountError ? 'true' : 'false'; },
    get accountSaveLabel() { return this.savingAccount ? 'Saving…' : 'Save the connected account'; },
    async saveAccount() {
        this.accountError = '';
        this.accountMessage = null;
        const id = this.accountId.trim();
        if (id && !/^acct_[A-Za-z0-9]+$/.test(id)) {
            this.accountError = 'A connected account id looks like acct_1A2b3C4d (or leave it empty to remove it).';
            return;
        }
        this.savingAccount = true;
        try {
            this.show(await call('PUT', this.accountPath, { body: { accountId: id || null } }));
            this.accountMessage = id ? 'Connected account saved.' : 'Connected account removed.';
        } catch (e) {
            const fields = e.fieldErrors ? e.fieldErrors() : {};
            if (fields.accountId) this.accountError = fields.accountId;
            else if (absent(e)) this.accountUnavailable = true;
            else this.accountMessage = 'The connected account could not be saved: ' + messageOf(e);
        } finally {
            this.savingAccount = false;
        }
    },
}));
