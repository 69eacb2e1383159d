// The vendor portal: hash routing, the shell (sign-in with the vendor code or the host's vendor, vendor switching,
// navigation by the member's permissions, session messages) and one Alpine component per page. As in the admin app,
// everything shown comes through x-text / attribute bindings (escaped by the browser), nothing uses x-html, and the
// templates hold only names, property paths, method calls and '!' (Alpine's CSP build, no eval).
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { renderCharts, destroyCharts } from '/shared/js/charts.js';
import { importJobs } from '/shared/js/imports.js';
import { navigate, parseHash, shell } from '/shared/js/shell.js';
import { compose, messageOf, pagedList } from '/shared/js/ui.js';
import { call, hostVendor, login, logout, revoke, session } from './api.js';
import { money, orderTotal } from './common.js';
import { forgotPassword, setPasswordPage } from '/shared/js/recovery.js';
// one module per page built outside this file; each registers its Alpine component when imported
import './pages/staging.js';

import './pages/catalog.js';
import './pages/product-images.js';

import './pages/inventory.js';

import './pages/team.js';

import './pages/settings.js';

import { orderPayments } from './pages/payments.js';

import './pages/payment-settings.js';
import './pages/notifications.js';

/** The pages, each with the permission that shows it. */
const PAGES = [
    { name: 'dashboard', title: 'Dashboard', permission: 'analytics.view' },
    { name: 'imports', title: 'Imports', permission: 'imports.view' },
    { name: 'staging', title: 'Staging', permission: 'imports.view' },
    { name: 'catalog', title: 'Catalog', permission: 'products.view' },
    { name: 'inventory', title: 'Inventory', permission: 'products.view' },
    { name: 'orders', title: 'Orders', permission: 'orders.view' },
    { name: 'customers', title: 'Customers', permission: 'orders.view' },
    { name: 'notifications', title: 'Notifications', permission: 'orders.view' },
    { name: 'team', title: 'Team', permission: 'team.view' },
    { name: 'payments', title: 'Payments', permission: 'orders.view' },
    { name: 'settings', title: 'Settings', permission: null },
];
const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
// the public pages that mailed links open to set a password (shared/js/recovery.js), signed in or not
const ACCOUNT_PAGES = ['reset-password', 'activate'];
// 'invitation': the public page that accepts a team invitation (pages/team.js), open signed in or not
const NAMES = [...PAGES.map(p => p.name), 'invitation', ...ACCOUNT_PAGES];
const NOT_A_MEMBER = 'This account is not a member of a vendor team. Sign in with your team account.';

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
            this.forget();
            this.showNotice(reason === 'forbidden'
                ? 'This session is not valid for this shop. Please sign in again.'
                : 'Your session has ended. Please sign in again.', 'error');
        });
        window.addEventListener('hashchange', () => {
            const parsed = parseHash(NAMES, null);
            this.route = parsed.name;
            this.params = parsed.params;
            this.menuOpen = false;
            if (this.route === null) this.goHome();
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
            if (this.route === null) this.goHome();
            this.retitle();
        } catch (e) {
            if (session.active) this.meError = messageOf(e);
        }
    },

    /** To the first page the member's role opens (none: the page says so). */
    goHome() {
        const first = this.pages[0];
        if (first) navigate(first.name);
    },
    get homeHref() { const first = this.pages[0]; return first ? '#/' + first.name : '#/'; },

    /** Forgets everything of the member and vendor signed in: nothing of theirs stays for the next one. */
    forget() {
        destroyCharts();
        this.me = null;
        this.meError = null;
        this.switchTo = '';
        this.switchPassword = '';
        this.switchError = null;
    },

    retitle() {
        const vendor = this.me ? this.me.vendor.name : (this.host ? this.host.name : 'Vendor portal');
        document.title = (this.signedIn && this.title ? this.title + ' · ' : '') + vendor + ' · Wizamart';
    },

    /** Whether the member's role grants the permission (the server checks again at every call). */
    can(permission) {
        return this.me !== null && (permission === null || this.me.permissions.includes(permission));
    },
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

    /** The invitation page stands alone, outside the sign-in form and the portal's shell. */
    get onInvitation() { return this.route === 'invitation'; },
    /** So do the pages that set a password through a mailed link. */
    get onAccountPage() { return ACCOUNT_PAGES.includes(this.route); },
    get showSignIn() { return !this.signedIn && !this.onInvitation && !this.onAccountPage; },
    get showPortal() { return this.signedIn && !this.onInvitation && !this.onAccountPage; },

    get hostNamed() { return this.host !== null; },
    get hostName() { return this.host ? this.host.name : ''; },
    get vendorName() { return this.me ? this.me.vendor.name : ''; },
    get vendorCodeShown() { return this.me ? this.me.vendor.code : ''; },
    get memberEmail() { return this.me ? this.me.member.email : ''; },
    get roleName() { return this.me ? this.me.role : ''; },
    /** The member's other vendors they may switch to (active memberships), not on a vendor's own host. */
    get otherVendors() {
        if (!this.me || this.host) return [];
        return this.me.vendors.filter(t => t.status === 'ACTIVE' && t.vendor.active && t.vendor.id !== this.me.vendor.id)
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
        const previous = session.state.refreshToken;
        try {
            await login(this.switchTo, this.me.member.email, this.switchPassword);
            revoke(previous); // the session of the vendor left ends on the server too
            this.forget();
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
        this.signedIn = false;
        this.forget();
        this.showNotice('You are signed out.', 'info');
    },
}));

Alpine.data('forgotPassword', forgotPassword);
Alpine.data('setPasswordPage', setPasswordPage);

// Dashboard: the order book, orders and revenue per day (per currency), best sellers, low stock, the latest imports.
Alpine.data('dashboardPage', () => ({
    days: '30',
    stats: null,
    error: null,
    loading: false,
    asked: 0,
    destroyed: false,
    async init() {
        await this.load();
    },
    destroy() {
        this.destroyed = true;
        destroyCharts();
    },
    async load() {
        const asking = ++this.asked;
        this.loading = true;
        this.error = null;
        try {
            const stats = await call('GET', '/vendor/dashboard/stats', { query: { days: this.days } });
            // an answer to an earlier range, or for a page no longer shown, draws nothing
            if (asking !== this.asked || this.destroyed) return;
            this.stats = stats;
            this.$nextTick(() => renderCharts(this.$root, this.chartData()));
        } catch (e) {
            if (asking === this.asked && !this.destroyed) this.error = messageOf(e);
        } finally {
            if (asking === this.asked) this.loading = false;
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

// Orders: the list (status, dates, search; newest first or by total), an order's detail with its lines, VAT,
// addresses and history, the moves its status may make now (a tracking number when shipping, restock on a refund),
// and who of the team handles it. The route carries the open order (#/orders?id=...): another vendor's id is "not
// found", as the API answers it.
Alpine.data('ordersPage', () => compose(pagedList(function () {
        return call('GET', '/vendor/orders', {
            query: { status: this.status, from: this.from, to: this.to, search: this.query, mine: this.mineOnly,
                paymentStatus: this.paymentStatusFilter, page: this.page, size: this.size, sort: this.sort },
        });
    }), orderPayments(), {
    statuses: ORDER_STATUSES,
    status: '',
    from: '',
    to: '',
    query: '',
    sort: 'placedAt,desc',
    mine: false,
    order: null,
    orderError: null,
    members: [],
    nextStatus: '',
    trackingNumber: '',
    note: '',
    restock: false,
    changing: false,
    changeErrors: {},
    changeError: null,
    assignTo: '',
    init() {
        this.load();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
        if (this.can('team.view')) this.loadMembers();
    },
    get mineOnly() { return this.mine ? true : undefined; },
    filter() {
        this.page = 0;
        return this.load();
    },
    clearFilters() {
        this.status = '';
        this.from = '';
        this.to = '';
        this.query = '';
        this.mine = false;
        this.paymentStatus = '';
        return this.filter();
    },
    async loadMembers() {
        try {
            this.members = (await call('GET', '/vendor/team/members', { query: { size: 200 } })).content
                .filter(m => m.status === 'ACTIVE');
        } catch (e) {
            this.members = [];
        }
    },
    memberLabel(m) { return ((m.firstName || '') + ' ' + (m.lastName || '')).trim() + ' · ' + m.email; },
    href(order) { return '#/orders?id=' + order.id; },
    async openFromRoute() {
        if (this.route !== 'orders') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        if (!id) {
            this.order = null;
            this.orderError = null;
            return;
        }
        this.orderError = null;
        try {
            this.showOrder(await call('GET', '/vendor/orders/' + encodeURIComponent(id)));
            this.$nextTick(() => { const h = document.getElementById('order-heading'); if (h) h.focus(); });
        } catch (e) {
            this.order = null;
            this.orderError = e.status === 404 ? 'Order not found. It may belong to another shop, or the link is wrong.'
                : messageOf(e);
        }
    },
    showOrder(order) {
        this.order = order;
        this.nextStatus = order.nextStatuses && order.nextStatuses.length ? order.nextStatuses[0] : '';
        this.trackingNumber = order.trackingNumber || '';
        this.note = '';
        this.restock = false;
        this.changeErrors = {};
        this.changeError = null;
        this.assignTo = order.assigneeId || '';
        this.markError = null;
        this.loadPayment();
    },
    closeOrder() { navigate('orders'); },
    get hasOrder() { return this.order !== null; },
    get canEdit() { return this.can('orders.edit'); },
    get canMove() { return this.canEdit && this.order !== null && this.order.nextStatuses.length > 0; },
    get finalStatus() { return this.order !== null && this.order.nextStatuses.length === 0; },
    get shipping() { return this.nextStatus === 'SHIPPED'; },
    get refunding() { return this.nextStatus === 'REFUNDED'; },
    get changeLabel() { return this.changing ? 'Saving…' : 'Move to ' + this.nextStatus; },
    get canAssign() { return this.canEdit && this.members.length > 0; },
    changeFieldError(name) { return this.changeErrors[name] || ''; },
    changeInvalid(name) { return this.changeErrors[name] ? 'true' : 'false'; },
    async changeStatus() {
        this.changing = true;
        this.changeErrors = {};
        this.changeError = null;
        try {
            const body = { status: this.nextStatus, note: this.note || null };
            if (this.shipping) body.trackingNumber = this.trackingNumber || null;
            if (this.refunding) body.restock = this.restock;
            this.showOrder(await call('PUT', '/vendor/orders/' + this.order.id + '/status', { body }));
            await this.load();
        } catch (e) {
            this.changeErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.changeError = messageOf(e);
        } finally {
            this.changing = false;
        }
    },
    async assign() {
        this.changeError = null;
        try {
            this.showOrder(await call('PUT', '/vendor/orders/' + this.order.id + '/assignee',
                { body: { memberId: this.assignTo || null } }));
            await this.load();
        } catch (e) {
            this.changeError = messageOf(e);
        }
    },
    money(amount) { return money(amount); },
    total: orderTotal,
    assigneeOf(order) { return order.assignee ? (order.assignee.name || order.assignee.email || '—') : '—'; },
    customerOf(order) { return order.customerName || order.customerEmail || '—'; },
    addressLines(address) {
        if (!address) return [];
        return [((address.firstName || '') + ' ' + (address.lastName || '')).trim(), address.company, address.street,
            address.street2, ((address.postalCode || '') + ' ' + (address.city || '')).trim(), address.country]
            .filter(line => line);
    },
    vatLine(v) { return v.rate + ' %: ' + money(v.tax) + ' on ' + money(v.net); },
    vatKey(v) { return String(v.rate); },
    historyKey(h) { return h.at + ':' + h.type + ':' + (h.to || ''); },
    historyText(h) {
        if (h.type === 'ASSIGNMENT') {
            return 'Assigned to ' + (h.toAssignee ? (h.toAssignee.name || h.toAssignee.email) : 'nobody');
        }
        return (h.from ? h.from + ' → ' : '') + h.to;
    },
    historyBy(h) { return h.actorEmail || ''; },
    statusClass(status) {
        return 'badge ' + ({ DELIVERED: 'badge-ok', SHIPPED: 'badge-ok', CANCELLED: 'badge-muted', REFUNDED: 'badge-warn',
            PENDING: 'badge-info' }[status] || 'badge-info');
    },
}));

// Customers: every customer registered at the shop with their order count and spend per currency (search, sorting);
// a customer's detail at #/customers?id=... with their orders. Another vendor's customer id is "not found".
Alpine.data('customersPage', () => compose(pagedList(function () {
        return call('GET', '/vendor/customers', {
            query: { search: this.query, page: this.page, size: this.size, sort: this.sort },
        });
    }), {
    query: '',
    sort: 'registeredAt,desc',
    customer: null,
    customerError: null,
    orders: [],
    init() {
        this.load();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },
    href(customer) { return '#/customers?id=' + customer.id; },
    orderHref(order) { return '#/orders?id=' + order.id; },
    async openFromRoute() {
        if (this.route !== 'customers') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        this.customerError = null;
        if (!id) {
            this.customer = null;
            return;
        }
        try {
            const [customer, orders] = await Promise.all([
                call('GET', '/vendor/customers/' + encodeURIComponent(id)),
                call('GET', '/vendor/orders', { query: { customerId: id, size: 50, sort: 'placedAt,desc' } }),
            ]);
            this.customer = customer;
            this.orders = orders.content;
            this.$nextTick(() => { const h = document.getElementById('customer-heading'); if (h) h.focus(); });
        } catch (e) {
            this.customer = null;
            this.orders = [];
            this.customerError = e.status === 404 || e.status === 400
                ? 'Customer not found. They may belong to another shop, or the link is wrong.' : messageOf(e);
        }
    },
    closeCustomer() { navigate('customers'); },
    get hasCustomer() { return this.customer !== null; },
    get noOrders() { return this.customer !== null && this.orders.length === 0; },
    spent(customer) {
        const entries = Object.entries(customer.totalSpent || {});
        return entries.length === 0 ? '—' : entries.map(([currency, amount]) => money(amount) + ' ' + currency).join(', ');
    },
    nameOf(customer) { return customer.name || customer.email; },
    total: orderTotal,
}));

Alpine.start();
