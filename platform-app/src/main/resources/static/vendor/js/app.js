// The vendor portal: hash routing, the shell (sign-in with the vendor code or the host's vendor, vendor switching,
// navigation by the member's permissions, session messages) and one Alpine component per page. As in the admin app,
// everything shown comes through x-text / attribute bindings (escaped by the browser), nothing uses x-html, and the
// templates hold only names, property paths, method calls and '!' (Alpine's CSP build, no eval).
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { renderCharts, destroyCharts } from '/shared/js/charts.js';
import { importJobs } from '/shared/js/imports.js';
import { navigate, parseHash, shell } from '/shared/js/shell.js';
import { compose, messageOf } from '/shared/js/ui.js';
import { call, hostVendor, login, logout, session } from './api.js';

/** The pages, each with the permission that shows it. */
const PAGES = [
    { name: 'dashboard', title: 'Dashboard', permission: 'analytics.view' },
    { name: 'imports', title: 'Imports', permission: 'imports.view' },
];
const NAMES = PAGES.map(p => p.name);
const NOT_A_MEMBER = 'This account is not a member of a vendor team. Sign in with your team account.';

function money(amount) {
    return Number(amount).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

// The shell: route, session, the member and their vendors, messages, confirmation dialog.
Alpine.data('vendorApp', () => compose(shell(), {
    route: parseHash(NAMES, null).name,
    params: parseHash(NAMES, null).params,
    signedIn: session.active && session.ownToken,
    me: null,
    meError: null,
    host: null,
    vendorCode: '',
    email: '',
    password: '',
    switchTo: '',
    switchPassword: '',
    switchError: null,
    switching: false,

    async init() {
        if (session.active && !session.ownToken) {
            session.clear();
            this.signedIn = false;
            this.showNotice(NOT_A_MEMBER, 'error');
        }
        session.onEnd(reason => {
            this.signedIn = false;
            this.me = null;
            destroyCharts();
            this.showNotice(reason === 'forbidden'
                ? 'This session is not valid for this shop. Please sign in again.'
                : 'Your session has ended. Please sign in again.', 'error');
        });
        window.addEventListener('hashchange', () => {
            const parsed = parseHash(NAMES, null);
            this.route = parsed.name;
            this.params = parsed.params;
            this.menuOpen = false;
            this.focusMain();
        });
        this.$watch('route', () => this.retitle());
        this.retitle();
        try {
            this.host = await hostVendor();
        } catch (e) {
            this.host = null;
        }
        if (this.signedIn) await this.loadMe();
    },

    async loadMe() {
        this.meError = null;
        try {
            this.me = await call('GET', '/vendor/me');
            if (this.route === null || !this.allowed(this.route)) {
                const first = this.pages[0];
                if (first && this.route === null) navigate(first.name);
            }
            this.retitle();
        } catch (e) {
            if (session.active) this.meError = messageOf(e);
        }
    },

    retitle() {
        const vendor = this.me ? this.me.vendor.name : (this.host ? this.host.name : 'Vendor portal');
        document.title = (this.signedIn && this.title ? this.title + ' · ' : '') + vendor + ' · Wizamart';
    },

    /** Whether the member's role grants the permission (the server checks again at every call). */
    can(permission) { return this.me !== null && this.me.permissions.includes(permission); },
    allowed(name) {
        const page = PAGES.find(p => p.name === name);
        return page !== undefined && this.can(page.permission);
    },
    get pages() { return PAGES.filter(p => this.can(p.permission)); },
    get routes() {
        return this.pages.map(p => ({ name: p.name, title: p.title, href: '#/' + p.name, id: 'nav-' + p.name }));
    },
    get title() { const page = PAGES.find(p => p.name === this.route); return page ? page.title : ''; },
    isRoute(name) { return this.me !== null && this.route === name && this.allowed(name); },
    currentFor(name) { return this.route === name ? 'page' : null; },
    get routeRefused() { return this.me !== null && this.route !== null && !this.allowed(this.route); },
    get noPages() { return this.me !== null && this.pages.length === 0; },

    get hostNamed() { return this.host !== null; },
    get hostName() { return this.host ? this.host.name : ''; },
    get vendorName() { return this.me ? this.me.vendor.name : ''; },
    get vendorCodeShown() { return this.me ? this.me.vendor.code : ''; },
    get memberEmail() { return this.me ? this.me.member.email : ''; },
    get roleName() { return this.me ? this.me.role : ''; },
    /** The member's other vendors they may switch to (active memberships), not on a vendor's own host. */
    get otherVendors() {
        if (!this.me || this.host) return [];
        return this.me.vendors.filter(t => t.status === 'ACTIVE' && t.vendor.id !== this.me.vendor.id)
            .map(t => ({ code: t.vendor.code, label: t.vendor.name + ' (' + t.vendor.code + ') · ' + t.role }));
    },
    get canSwitch() { return this.otherVendors.length > 0; },
    get switchLabel() { return this.switching ? 'Switching…' : 'Switch'; },

    async signIn() {
        this.signingIn = true;
        this.loginErrors = {};
        this.loginError = null;
        try {
            await login(this.host ? null : this.vendorCode.trim(), this.email.trim(), this.password);
            this.password = '';
            this.signedIn = true;
            this.notice = null;
            await this.loadMe();
            this.focusMain();
        } catch (e) {
            this.signInFailed(e);
        } finally {
            this.signingIn = false;
        }
    },

    /** Switching vendors signs in again, as a member of the chosen vendor (the password is asked again). */
    async switchVendor() {
        this.switching = true;
        this.switchError = null;
        try {
            await login(this.switchTo, this.me.member.email, this.switchPassword);
            this.switchPassword = '';
            this.switchTo = '';
            destroyCharts();
            this.me = null;
            await this.loadMe();
            this.showNotice('You are now working for ' + this.vendorName + '.', 'ok');
            this.focusMain();
        } catch (e) {
            this.switchError = messageOf(e);
        } finally {
            this.switching = false;
        }
    },

    async signOut() {
        await logout();
        destroyCharts();
        this.signedIn = false;
        this.me = null;
        this.showNotice('You are signed out.', 'info');
    },
}));

// Dashboard: the order book, orders and revenue per day (per currency), best sellers, low stock, the latest imports.
Alpine.data('dashboardPage', () => ({
    days: '30',
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
            this.stats = await call('GET', '/vendor/dashboard/stats', { query: { days: this.days } });
            this.$nextTick(() => renderCharts(this.$root, this.chartData()));
        } catch (e) {
            this.error = messageOf(e);
        } finally {
            this.loading = false;
        }
    },
    /** The days of the range with their orders, and the revenue per day and currency, as the charts take them. */
    chartData() {
        const stats = Alpine.raw(this.stats);
        const days = [];
        for (let d = new Date(stats.from + 'T00:00:00Z'); d <= new Date(stats.to + 'T00:00:00Z');
            d.setUTCDate(d.getUTCDate() + 1)) {
            days.push(d.toISOString().slice(0, 10));
        }
        const orders = new Map();
        stats.revenuePerDay.forEach(r => orders.set(r.day, (orders.get(r.day) || 0) + r.orders));
        return {
            days,
            ordersPerDay: days.map(day => ({ day, orders: orders.get(day) || 0 })),
            revenuePerDay: stats.revenuePerDay.map(r => ({ day: r.day, currency: r.currency, revenue: r.revenue })),
        };
    },
    get statuses() {
        if (!this.stats) return [];
        return Object.entries(this.stats.ordersByStatus).map(([status, count]) => ({ status, count }));
    },
    get revenueLines() {
        if (!this.stats) return [];
        const sums = new Map();
        this.stats.revenuePerDay.forEach(r => sums.set(r.currency, (sums.get(r.currency) || 0) + Number(r.revenue)));
        return [...sums.entries()].sort().map(([currency, amount]) => ({ currency, amount: money(amount) }));
    },
    get ordersInRange() {
        return this.stats ? this.stats.revenuePerDay.reduce((sum, r) => sum + r.orders, 0) : 0;
    },
    get noRevenueLines() { return this.revenueLines.length === 0; },
    get noOrders() { return this.stats !== null && this.stats.revenuePerDay.length === 0; },
    get noTopProducts() { return this.stats !== null && this.stats.topProducts.length === 0; },
    get noLowStock() { return this.stats !== null && this.stats.lowStockProducts.length === 0; },
    get noImports() { return this.stats !== null && this.stats.lastImports.length === 0; },
    get lowStockNote() { return this.stats ? 'Products with at most ' + this.stats.lowStockThreshold + ' available.' : ''; },
    productKey(p) { return p.productId; },
    productName(p) { return p.name || p.sku || p.productId; },
    importKey(i) { return i.marketplace + ':' + i.language; },
}));

// Imports: start one from a feed source or by upload; the jobs with live progress, their errors, cancel.
Alpine.data('importsPage', () => compose(importJobs({ call, jobsPath: '/vendor/marketplace/jobs' }), {
    marketplaces: [],
    marketplace: '',
    language: '',
    file: null,
    starting: false,
    startErrors: {},
    startError: null,
    startOutcome: null,
    init() {
        this.refresh();
        this.loadMarketplaces();
    },
    async loadMarketplaces() {
        try {
            this.marketplaces = (await call('GET', '/vendor/marketplaces')).marketplaces;
            if (this.marketplaces.length && !this.marketplace) {
                this.marketplace = this.marketplaces[0].name;
                this.language = this.languages[0] || '';
            }
        } catch (e) {
            this.startError = 'The marketplaces could not be loaded: ' + messageOf(e);
        }
    },
    get chosen() { return this.marketplaces.find(m => m.name === this.marketplace) || null; },
    get languages() { return this.chosen ? this.chosen.languages : []; },
    get accepts() { return this.chosen ? this.chosen.formats.map(f => '.' + f).join(',') : ''; },
    get formatsNote() { return this.chosen ? 'Formats: ' + this.chosen.formats.join(', ') : ''; },
    marketplaceChanged() {
        if (!this.languages.includes(this.language)) this.language = this.languages[0] || '';
    },
    fileChosen(event) { this.file = event.target.files[0] || null; },
    startFieldError(name) { return this.startErrors[name] || ''; },
    startInvalid(name) { return this.startErrors[name] ? 'true' : 'false'; },
    get startLabel() { return this.starting ? 'Starting…' : 'Import the uploaded file'; },
    async started(promise) {
        this.starting = true;
        this.startErrors = {};
        this.startError = null;
        this.startOutcome = null;
        try {
            const job = await promise();
            this.startOutcome = 'Import of ' + job.marketplace + ' · ' + job.language + ' started.';
            this.page = 0;
            await this.refresh();
        } catch (e) {
            this.startErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.startError = messageOf(e);
        } finally {
            this.starting = false;
        }
    },
    upload() {
        if (!this.file) {
            this.startErrors = { file: 'Choose a feed file to upload.' };
            return;
        }
        const form = new FormData();
        form.append('file', this.file, this.file.name);
        return this.started(() => call('POST', '/vendor/marketplace/import/upload',
            { query: { marketplace: this.marketplace, language: this.language }, form }));
    },
    fromFeedSource() {
        return this.started(() => call('POST', '/vendor/marketplace/import',
            { body: { marketplace: this.marketplace, language: this.language } }));
    },
    jobName(job) { return job.marketplace + ' · ' + job.language; },
    cancelLabel(job) { return 'Cancel the import of ' + this.jobName(job); },
    cancel(job) {
        this.confirm('Cancel the import of ' + this.jobName(job) + '? What it staged so far is kept.', async () => {
            try {
                await call('POST', '/vendor/marketplace/jobs/' + job.id + '/cancel');
                await this.refresh();
            } catch (e) {
                this.error = messageOf(e);
            }
        });
    },
}));

Alpine.start();
