// The admin app: hash routing, the shell (login, navigation, session messages) and one Alpine component per page.
// Everything shown comes through x-text / attribute bindings (escaped by the browser); nothing uses x-html.
// Alpine's CSP build evaluates the templates without eval, so the page runs under a policy without 'unsafe-eval'.
// The templates hold only names, property paths, method calls and '!': every comparison, choice of text and
// fallback is a getter or method here.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { ApiError } from '/shared/js/api.js';
import { renderCharts, destroyCharts } from '/shared/js/charts.js';
import { importJobs } from '/shared/js/imports.js';
import { navigate, parseHash as parseRoute, shell } from '/shared/js/shell.js';
import { compose, formatDate, messageOf, pagedList, yesNoAny } from '/shared/js/ui.js';
import { call, login, logout, session } from './api.js';
import './pages/payments.js';
import { vendorFilter } from './vendor-filter.js';
import { forgotPassword } from '/shared/js/recovery.js';
// pages built outside this file; each registers its Alpine component when imported
import './pages/notifications.js';

Alpine.data('forgotPassword', forgotPassword);

const ROUTES = ['dashboard', 'vendors', 'bulk-import', 'users', 'import-jobs', 'audit-log', 'payments', 'notifications'];
const TITLES = {
    'dashboard': 'Dashboard', 'vendors': 'Vendors', 'bulk-import': 'Bulk vendor import', 'users': 'Users',
    'import-jobs': 'Import jobs', 'audit-log': 'Audit log', 'payments': 'Payments', 'notifications': 'Notifications',
};

function parseHash() {
    return parseRoute(ROUTES, 'dashboard');
}

// The shell: route, session, messages, confirmation dialog.
Alpine.data('adminApp', () => compose(shell(), {
    route: parseHash().name,
    params: parseHash().params,
    signedIn: session.active && session.ownToken,
    user: session.user,
    email: '',
    password: '',

    init() {
        if (session.active && !session.ownToken) {
            session.clear();
            this.showNotice('This account is not a platform admin. Sign in with an admin account.', 'error');
        }
        session.onEnd(reason => {
            this.signedIn = false;
            this.user = null;
            this.showNotice(reason === 'forbidden'
                ? 'This account is not a platform admin. Sign in with an admin account.'
                : 'Your session has ended. Please sign in again.', 'error');
        });
        window.addEventListener('hashchange', () => {
            const parsed = parseHash();
            this.route = parsed.name;
            this.params = parsed.params;
            this.menuOpen = false;
            this.focusMain();
        });
        this.$watch('route', () => { document.title = this.title + ' · Wizamart admin'; });
        document.title = this.title + ' · Wizamart admin';
    },

    get title() { return TITLES[this.route]; },
    get routes() { return ROUTES.map(name => ({ name, title: TITLES[name], href: '#/' + name, id: 'nav-' + name })); },
    isRoute(name) { return this.route === name; },
    currentFor(name) { return this.route === name ? 'page' : null; },

    get userEmail() { return this.user ? this.user.email : ''; },

    async signIn() {
        this.signingIn = true;
        this.loginErrors = {};
        this.loginError = null;
        try {
            await login(this.email.trim(), this.password);
            this.password = '';
            this.user = session.user;
            this.signedIn = true;
            this.notice = null;
            if (!location.hash) navigate('dashboard');
            this.focusMain();
        } catch (e) {
            this.signInFailed(e);
        } finally {
            this.signingIn = false;
        }
    },

    async signOut() {
        await logout();
        destroyCharts();
        this.signedIn = false;
        this.user = null;
        this.showNotice('You are signed out.', 'info');
    },

    activeBadge(item) { return item.active ? 'badge badge-ok' : 'badge badge-muted'; },
    activeText(item) { return item.active ? 'Active' : 'Inactive'; },
}));

// Dashboard: counts and charts over a selectable range.
Alpine.data('dashboardPage', () => ({
    days: '30',
    summary: null,
    stats: null,
    error: null,
    loading: false,
    async init() {
        await this.load();
    },
    destroy() {
        destroyCharts();
    },
    async load() {
        this.loading = true;
        this.error = null;
        try {
            const [summary, stats] = await Promise.all([
                call('GET', '/admin/dashboard'),
                call('GET', '/admin/dashboard/stats', { query: { days: this.days } }),
            ]);
            this.summary = summary;
            this.stats = stats;
            this.$nextTick(() => renderCharts(this.$root, Alpine.raw(stats)));
        } catch (e) {
            this.error = messageOf(e);
        } finally {
            this.loading = false;
        }
    },
    get revenueLines() {
        if (!this.summary) return [];
        return Object.entries(this.summary.orders.revenue).map(([currency, amount]) => ({
            currency, amount: Number(amount).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        }));
    },
    get noRevenueLines() { return this.revenueLines.length === 0; },
    /** Every order with a recorded payment, by its payment status now (orders before payments were recorded left out). */
    get paymentStatusLines() {
        if (!this.summary || !this.summary.ordersByPaymentStatus) return [];
        return Object.entries(this.summary.ordersByPaymentStatus).map(([status, count]) => ({ status, count }));
    },
    get awaitingPayment() {
        const counts = this.summary && this.summary.ordersByPaymentStatus ? this.summary.ordersByPaymentStatus : {};
        return (counts.PENDING || 0) + (counts.FAILED || 0);
    },
    get noOrders() { return this.stats && this.stats.ordersPerDay.every(d => d.orders === 0); },
    get noRevenue() { return this.stats && this.stats.revenuePerDay.length === 0; },
    get noImports() { return this.stats && this.stats.importsPerDay.every(d => d.total === 0); },
}));

const EMPTY_VENDOR = () => ({
    code: '', name: '', subdomain: '', businessEmail: '', businessPhone: '',
    street: '', city: '', postalCode: '', country: '', feedSources: [], feedUrl: '',
    ownerEmail: '', ownerFirstName: '', ownerLastName: '', initialPassword: '', attachExistingOwner: false,
});

/** The installed marketplaces ({name, displayName, languages, ...}), asked once per page load. */
let installedMarketplaces = null;
function marketplaces() {
    if (!installedMarketplaces) {
        installedMarketplaces = call('GET', '/admin/marketplaces').then(answer => answer.marketplaces)
            .catch(e => { installedMarketplaces = null; throw e; });
    }
    return installedMarketplaces;
}

/** The form's fields for editing `vendor`. */
function fieldsOf(vendor) {
    const a = vendor.businessAddress || {};
    return {
        ...EMPTY_VENDOR(), code: vendor.code, name: vendor.name || '', subdomain: vendor.subdomain || '',
        businessEmail: vendor.businessEmail || '', businessPhone: vendor.businessPhone || '',
        street: a.street || '', city: a.city || '', postalCode: a.postalCode || '', country: a.country || '',
        feedSources: (vendor.feedSources || []).map(f => ({ marketplace: f.marketplace, language: f.language, url: f.url })),
    };
}

function blank(value) { return value.trim() === '' ? undefined : value.trim(); }

// Vendors: search, filters, paging, create with owner, edit, verify, (de)activate, delete.
Alpine.data('vendorsPage', () => compose(pagedList(function () {
        return call('GET', '/admin/vendors', {
            query: { search: this.query, active: yesNoAny(this.active), verified: yesNoAny(this.verified),
                page: this.page, size: this.size, sort: 'createdAt,desc' },
        });
    }), {
    query: '',
    active: '',
    verified: '',
    mode: 'list',
    editing: null,
    created: null,
    busy: {},
    outcome: null,
    init() { this.load(); },

    get listing() { return this.mode === 'list'; },
    get creating() { return this.mode === 'create'; },

    startCreate() {
        this.mode = 'create';
        this.editing = null;
        this.created = null;
        this.outcome = null;
    },
    startEdit(vendor) {
        this.mode = 'edit';
        this.editing = vendor;
        this.outcome = null;
    },
    cancelForm() {
        this.mode = 'list';
        this.editing = null;
    },
    dismissCreated() { this.created = null; },
    async copyActivation() {
        try {
            await navigator.clipboard.writeText(this.created.activationUrl);
            this.outcome = 'Activation link copied.';
        } catch (e) {
            document.getElementById('activation-url').select();
        }
    },

    isBusy(vendor) { return !!this.busy[vendor.id]; },
    async act(vendor, label, method, path, body) {
        this.busy = { ...this.busy, [vendor.id]: true };
        this.outcome = null;
        this.error = null;
        try {
            await call(method, '/admin/vendors/' + vendor.id + path, { body });
            this.outcome = label;
            await this.load();
        } catch (e) {
            this.error = messageOf(e);
        } finally {
            const busy = { ...this.busy };
            delete busy[vendor.id];
            this.busy = busy;
        }
    },
    toggleActive(vendor) {
        const active = !vendor.active;
        return this.act(vendor, 'Vendor ' + vendor.name + (active ? ' activated.' : ' deactivated.'),
            'PUT', '/status', { active });
    },
    toggleVerified(vendor) {
        const verified = !vendor.verified;
        return this.act(vendor, 'Vendor ' + vendor.name + (verified ? ' verified.' : ' no longer verified.'),
            'PUT', '/verify', { verified });
    },
    remove(vendor) {
        this.confirm('Delete vendor ' + vendor.name + ' (' + vendor.code + ')? Its shop, team and API become '
            + 'unreachable; its data is kept.', () => this.act(vendor, 'Vendor ' + vendor.name + ' deleted.',
            'DELETE', ''));
    },
    auditOf(vendor) { navigate('audit-log', { vendorId: vendor.id }); },
    jobsOf(vendor) { navigate('import-jobs', { vendorId: vendor.id }); },
    activeLabel(vendor) { return vendor.active ? 'Deactivate' : 'Activate'; },
    verifyLabel(vendor) { return vendor.verified ? 'Unverify' : 'Verify'; },
    verifiedBadge(vendor) { return vendor.verified ? 'badge badge-info' : 'badge badge-muted'; },
    verifiedText(vendor) { return vendor.verified ? 'Verified' : 'Unverified'; },
    /** The accessible name of a row's button: what it does, to which vendor. */
    vendorLabel(action, vendor) { return action + ' ' + vendor.name; },
}));

// The vendor form, inside the vendors page while it creates or edits one (`mode`, `editing`): its fields are the
// component's own properties, so each input binds one by name (the CSP build assigns names, not nested properties).
// Feed sources: the list shown (`feedSources`), and one new source being entered (`feedMarketplace`,
// `feedLanguage`, `feedUrl`), added to the list with "Add feed" or on save. The vendor's team changes them too: an
// edit reads them afresh when the form opens and sends them only when the admin changed them (`feedsChanged`), so
// saving a new name never puts back the list as it was when the page was loaded.
Alpine.data('vendorForm', () => ({
    ...EMPTY_VENDOR(),
    marketplaces: [],
    marketplacesError: null,
    sentFeeds: [],
    feedsChanged: false,
    feedMarketplace: '',
    feedLanguage: '',
    errors: {},
    formError: null,
    saving: false,
    async init() {
        if (this.editing) Object.assign(this, fieldsOf(this.editing));
        this.$nextTick(() => document.getElementById('vendor-name').focus());
        if (this.editing) this.refreshFeeds(this.editing.id);
        try {
            this.marketplaces = await marketplaces();
            this.chooseMarketplace(this.marketplaces.length ? this.marketplaces[0].name : '');
        } catch (e) {
            this.marketplacesError = 'The marketplaces could not be loaded: ' + messageOf(e);
        }
    },

    /** The vendor's feed sources as they are now, unless the admin has changed the list meanwhile. */
    async refreshFeeds(id) {
        try {
            const fresh = await call('GET', '/admin/vendors/' + id);
            if (!this.feedsChanged) this.feedSources = fieldsOf(fresh).feedSources;
        } catch (e) {
            // the list page's copy stays; it is sent only if the admin changes it
        }
    },

    get formTitle() { return this.creating ? 'New vendor' : 'Edit vendor ' + this.code; },
    get saveLabel() { return this.saving ? 'Saving…' : this.creating ? 'Create vendor' : 'Save'; },
    fieldError(name) { return this.errors[name] || ''; },
    invalid(name) { return this.errors[name] ? 'true' : 'false'; },

    get hasMarketplaces() { return this.marketplaces.length > 0; },
    get noMarketplaces() { return !this.marketplacesError && this.marketplaces.length === 0; },
    get hasFeedSources() { return this.feedSources.length > 0; },
    /** The languages the chosen marketplace takes (the platform's content languages where the vendor chooses). */
    get feedLanguages() {
        const chosen = this.marketplaces.find(m => m.name === this.feedMarketplace);
        return chosen ? chosen.languages : [];
    },
    chooseMarketplace(name) {
        if (name !== undefined) this.feedMarketplace = name;
        if (!this.feedLanguages.includes(this.feedLanguage)) this.feedLanguage = this.feedLanguages[0] || '';
    },
    pickMarketplace(event) { this.chooseMarketplace(event.target.value); },
    isChosenMarketplace(m) { return m.name === this.feedMarketplace; },
    isChosenLanguage(language) { return language === this.feedLanguage; },
    marketplaceName(feed) {
        const known = this.marketplaces.find(m => m.name === feed.marketplace);
        return known ? known.displayName : feed.marketplace;
    },
    feedKey(feed) { return feed.marketplace + '.' + feed.language; },
    removeFeedLabel(feed) { return 'Remove the ' + this.marketplaceName(feed) + ' feed in ' + feed.language; },
    /** The source being entered, when it has a URL. */
    get pendingFeed() {
        return this.feedUrl.trim() === '' ? null
            : { marketplace: this.feedMarketplace, language: this.feedLanguage, url: this.feedUrl.trim() };
    },
    addFeed() {
        const feed = this.pendingFeed;
        if (!feed) {
            this.errors = { ...this.errors, feedUrl: 'enter the feed URL first' };
            return;
        }
        this.feedSources = this.feedSources.filter(f => this.feedKey(f) !== this.feedKey(feed)).concat([feed]);
        this.feedsChanged = true;
        this.feedUrl = '';
        const { feedUrl, ...rest } = this.errors;
        this.errors = rest;
    },
    removeFeed(index) {
        this.feedSources = this.feedSources.filter((f, i) => i !== index);
        this.feedsChanged = true;
    },
    /** Every error the API named on a feed source, e.g. "feed 2 (some-market, pt), language: must be one of …". */
    get feedError() {
        const sent = this.sentFeeds;
        return Object.entries(this.errors).filter(([field]) => field === 'feedUrl' || field.startsWith('feedSources'))
            .map(([field, message]) => {
                const at = /^feedSources\[(\d+)\]\.?(.*)$/.exec(field);
                if (!at) return message;
                const feed = sent[Number(at[1])];
                return 'feed ' + (Number(at[1]) + 1) + (feed ? ' (' + feed.marketplace + ', ' + feed.language + ')' : '')
                    + (at[2] ? ', ' + at[2] : '') + ': ' + message;
            }).join('; ');
    },
    get feedsInvalid() { return this.feedError ? 'true' : 'false'; },

    /** Checks in the browser what the API would refuse anyway, so the message comes at once. */
    validate() {
        const errors = {};
        const email = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
        if (!this.name.trim()) errors.name = 'must not be blank';
        if (!this.subdomain.trim()) errors.subdomain = 'must not be blank';
        if (!this.businessEmail.trim()) errors.businessEmail = 'must not be blank';
        else if (!email.test(this.businessEmail.trim())) errors.businessEmail = 'must be a well-formed email address';
        if (this.creating) {
            if (!this.ownerEmail.trim()) errors['owner.email'] = 'must not be blank';
            else if (!email.test(this.ownerEmail.trim())) errors['owner.email'] = 'must be a well-formed email address';
        }
        this.errors = errors;
        return Object.keys(errors).length === 0;
    },

    async save() {
        if (!this.validate()) {
            this.formError = 'Please correct the highlighted fields.';
            return;
        }
        this.saving = true;
        this.formError = null;
        const address = { street: blank(this.street), city: blank(this.city), postalCode: blank(this.postalCode),
            country: blank(this.country) };
        // the source being entered counts too, as if "Add feed" had been pressed
        const pending = this.pendingFeed;
        const sendFeeds = this.creating || this.feedsChanged || pending !== null;
        this.sentFeeds = !sendFeeds ? [] : this.feedSources
            .filter(f => !pending || this.feedKey(f) !== this.feedKey(pending)).concat(pending ? [pending] : []);
        const body = {
            name: this.name.trim(), subdomain: this.subdomain.trim(), businessEmail: this.businessEmail.trim(),
            businessPhone: blank(this.businessPhone), businessAddress: address,
        };
        // left out, an edit keeps the vendor's feed sources as they are on the server
        if (sendFeeds) body.feedSources = this.sentFeeds;
        try {
            if (this.creating) {
                body.code = blank(this.code);
                body.owner = { email: this.ownerEmail.trim(), firstName: blank(this.ownerFirstName),
                    lastName: blank(this.ownerLastName) };
                body.initialPassword = blank(this.initialPassword);
                body.attachExistingOwner = this.attachExistingOwner === true;
                const created = await call('POST', '/admin/vendors', { body });
                this.created = {
                    name: created.name, code: created.code, ownerEmail: created.owner.email,
                    activationUrl: created.ownerActivationUrl,
                    // once mail is configured the link goes to the owner only (wizamart.identity.return-links)
                    activationMailed: created.ownerActivationMailed === true,
                    temporaryPassword: !created.ownerActivationUrl && !created.ownerActivationMailed
                        && created.owner.mustChangePassword,
                    existingUser: created.owner.existingUser,
                };
                this.outcome = 'Vendor ' + created.name + ' created.';
            } else {
                const saved = await call('PUT', '/admin/vendors/' + this.editing.id, { body });
                this.outcome = 'Vendor ' + saved.name + ' saved.';
            }
            this.mode = 'list';
            this.editing = null;
            await this.load();
        } catch (e) {
            if (e instanceof ApiError && e.errors.length) {
                this.errors = e.fieldErrors();
                this.formError = 'Please correct the highlighted fields.';
            } else {
                this.formError = messageOf(e);
            }
        } finally {
            this.saving = false;
        }
    },
}));

// Bulk vendor import: upload a CSV, show the per-row results.
Alpine.data('bulkImportPage', () => ({
    file: null,
    uploading: false,
    result: null,
    error: null,
    errors: {},
    feedColumns: '',
    async init() {
        try {
            this.feedColumns = (await marketplaces()).flatMap(m => m.languages.map(l => 'feed_url.' + m.name + '.' + l))
                .join(', ') || 'none: no marketplace is installed';
        } catch (e) {
            this.feedColumns = 'not known: ' + messageOf(e);
        }
    },
    chooseFile(event) {
        this.file = event.target.files[0] || null;
        this.errors = {};
    },
    async upload() {
        if (!this.file) {
            this.errors = { file: 'Choose a CSV file first.' };
            return;
        }
        this.uploading = true;
        this.error = null;
        this.errors = {};
        this.result = null;
        const form = new FormData();
        form.append('file', this.file, this.file.name);
        try {
            this.result = await call('POST', '/admin/vendors/bulk-import', { form });
        } catch (e) {
            if (e instanceof ApiError && e.errors.length) this.errors = e.fieldErrors();
            else this.error = messageOf(e);
        } finally {
            this.uploading = false;
        }
    },
    get uploadLabel() { return this.uploading ? 'Importing…' : 'Import vendors'; },
    fieldError(name) { return this.errors[name] || ''; },
    invalid(name) { return this.errors[name] ? 'true' : 'false'; },
    rowErrors(row) {
        return row.errors.map(e => (e.field ? e.field + ': ' : '') + e.message).join('; ') || '—';
    },
    statusClass(row) { return row.status === 'CREATED' ? 'badge badge-ok' : 'badge badge-bad'; },
    /** The row's activation link, or where it went instead (by mail, once mail is configured). */
    activationOf(row) {
        if (row.ownerActivationUrl) return row.ownerActivationUrl;
        return row.ownerActivationMailed ? 'sent to the owner by email' : '—';
    },
}));

// Users: search, filters, (de)activate.
Alpine.data('usersPage', () => compose(pagedList(function () {
        return call('GET', '/admin/users', {
            query: { search: this.query, active: yesNoAny(this.active), platformAdmin: yesNoAny(this.admin),
                page: this.page, size: this.size },
        });
    }), {
    query: '',
    active: '',
    admin: '',
    busy: {},
    outcome: null,
    init() { this.load(); },
    nameOf(user) { return [user.firstName, user.lastName].filter(Boolean).join(' ') || '—'; },
    teamsOf(user) { return user.memberships.length ? user.memberships.map(m => m.role).join(', ') : '—'; },
    kindOf(user) { return user.platformAdmin ? 'Admin' : 'Vendor team'; },
    activeLabel(user) { return user.active ? 'Deactivate' : 'Activate'; },
    /** The accessible name of the row's button: what it does, to whom. */
    userLabel(user) { return this.activeLabel(user) + ' ' + user.email; },
    isBusy(user) { return !!this.busy[user.id]; },
    isSelf(user) { return !!this.user && this.user.id === user.id; },
    cannotToggle(user) { return this.isBusy(user) || this.isSelf(user); },
    toggleTitle(user) { return this.isSelf(user) ? 'You cannot deactivate your own account' : ''; },
    async toggle(user) {
        this.busy = { ...this.busy, [user.id]: true };
        this.outcome = null;
        this.error = null;
        try {
            const saved = await call('PUT', '/admin/users/' + user.id + '/status', { body: { active: !user.active } });
            this.outcome = saved.email + (saved.active ? ' activated.' : ' deactivated.');
            await this.load();
        } catch (e) {
            this.error = messageOf(e);
        } finally {
            const busy = { ...this.busy };
            delete busy[user.id];
            this.busy = busy;
        }
    },
}));

// Import jobs across vendors: status filter, live progress, counts, errors and their CSV (shared/js/imports.js),
// each job named by its vendor.
Alpine.data('importJobsPage', () => compose(importJobs({
    call,
    jobsPath: '/admin/marketplace-import-jobs',
    query() { return { status: this.status, vendorId: this.vendorId }; },
    async loaded() { await this.nameVendors(); },
}), {
    vendorId: '',
    vendorNames: {},
    init() {
        this.vendorId = this.params.vendorId || '';
        this.refresh();
    },
    async nameVendors() {
        const unknown = [...new Set(this.items.map(j => j.vendorId))].filter(id => !(id in this.vendorNames));
        const names = { ...this.vendorNames };
        await Promise.all(unknown.map(async id => {
            try {
                names[id] = (await call('GET', '/admin/vendors/' + id)).name;
            } catch (e) {
                names[id] = id;
            }
        }));
        this.vendorNames = names;
    },
    showAllVendors() {
        this.vendorId = '';
        this.filter();
    },
    get filteredVendorName() { return this.vendorNames[this.vendorId] || this.vendorId; },
    vendorName(job) { return this.vendorNames[job.vendorId] || job.vendorId; },
    jobName(job) { return this.vendorName(job); },
}));

// Audit log: filters by vendor, actor, action, target type, date; targets shown by name.
Alpine.data('auditPage', () => compose(pagedList(function () {
        return call('GET', '/admin/audit-log', {
            query: { vendorId: this.vendorId, actor: this.actor, action: this.action, targetType: this.targetType,
                from: this.from ? this.from + 'T00:00:00Z' : '', to: this.to ? this.to + 'T23:59:59Z' : '',
                page: this.page, size: this.size },
        });
    }), vendorFilter(), {
    actor: '',
    action: '',
    targetType: '',
    from: '',
    to: '',
    actions: ['VENDOR_CREATED', 'VENDOR_UPDATED', 'VENDOR_VERIFIED', 'VENDOR_UNVERIFIED', 'VENDOR_ACTIVATED',
        'VENDOR_DEACTIVATED', 'VENDOR_DELETED', 'VENDOR_SETTINGS_CHANGED', 'USER_ACTIVATED', 'USER_DEACTIVATED', 'MEMBER_JOINED',
        'MEMBER_ROLE_CHANGED', 'MEMBER_REMOVED', 'ROLE_CREATED', 'INVITATION_SENT', 'INVITATION_ACCEPTED',
        'PASSWORD_SET', 'PASSWORD_CHANGED', 'EMAIL_VERIFIED', 'SESSIONS_REVOKED', 'FEED_SOURCES_CHANGED', 'MARKETPLACE_CONFIG_CHANGED',
        'CATALOG_SETTINGS_CHANGED', 'CATALOG_REFRESH_APPROVED', 'CATALOG_REFRESH_REJECTED', 'ORDER_STATUS_CHANGED',
        'ORDER_PAYMENT_STATUS_CHANGED'],
    targetTypes: ['vendor', 'user', 'member', 'role', 'invitation', 'customer', 'feed_sources', 'marketplace_config',
        'catalog_settings', 'catalog_refresh', 'order'],
    async init() {
        await this.loadVendors();
        await this.load();
    },
    actorOf(entry) { return entry.actorEmail || entry.actorId || '—'; },
    targetOf(entry) { return entry.targetName || entry.targetId || '—'; },
    targetIdOf(entry) { return entry.targetId || ''; },
    targetTypeOf(entry) { return entry.targetType || ''; },
    vendorName(entry) {
        if (!entry.vendorId) return '—';
        if (entry.vendorName) return entry.vendorName;
        const vendor = this.vendors.find(v => v.id === entry.vendorId);
        return vendor ? vendor.name : entry.vendorId;
    },
    changes(entry) {
        const before = entry.before || {};
        const after = entry.after || {};
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
        const changed = keys.filter(k => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
        return changed.map(k => k + ': ' + (k in before ? JSON.stringify(before[k]) : '—') + ' → '
            + (k in after ? JSON.stringify(after[k]) : '—')).join('; ') || '—';
    },
    clearFilters() {
        this.vendorId = '';
        this.actor = '';
        this.action = '';
        this.targetType = '';
        this.from = '';
        this.to = '';
        this.search();
    },
}));

window.Alpine = Alpine;
Alpine.start();
