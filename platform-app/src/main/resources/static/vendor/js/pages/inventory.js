// The inventory page: stock per product and location (filters, sorting, paging), a product's stock at
// #/inventory?product=<productId> (or #/inventory?id=<stock row id>) with receiving, counting and adjusting and the
// "why is it (un)available" timeline in sentences, the movement history with its filters, the locations and the
// feed location. Reading needs products.view; stock and locations change with products.edit, the feed location with
// settings.edit; the server checks every call again. Everything is shown through x-text, never as HTML.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { compose, messageOf, pagedList } from '/shared/js/ui.js';
import { navigate } from '/shared/js/shell.js';
import { call } from '../api.js';

const TABS = ['stock', 'movements', 'locations', 'settings'];
const TAB_TITLES = { stock: 'Stock', movements: 'Movements', locations: 'Locations', settings: 'Settings' };
/** The movement types of the API, with what a person calls them. */
const MOVEMENT_TYPES = [
    { value: 'RECEIPT', label: 'Receipt' },
    { value: 'ADJUSTMENT', label: 'Adjustment or count' },
    { value: 'IMPORT', label: 'Starting stock or feed' },
    { value: 'RESERVATION', label: 'Reserved for an order' },
    { value: 'RELEASE', label: 'Released by an order' },
    { value: 'SALE', label: 'Sold (order shipped)' },
    { value: 'RETURN', label: 'Returned' },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NOT_FOUND = 'Product not found. It may belong to another shop, or the link is wrong.';
const ENTRY_NOT_FOUND = 'Stock entry not found. It may belong to another shop, or the link is wrong.';

function pad(n) { return String(n).padStart(2, '0'); }

/** "12 Dec 2026 10:02 UTC": a moment as a person reads it. */
export function when(value) {
    if (!value) return '—';
    const d = new Date(value);
    if (isNaN(d)) return String(value);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear() + ' '
        + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' UTC';
}

function units(n) { return n + (n === 1 ? ' unit' : ' units'); }

/** "2 h 5 min": how long, in words. */
function duration(seconds) {
    const minutes = Math.floor(seconds / 60);
    if (minutes < 1) return 'less than a minute';
    if (minutes < 60) return minutes + ' min';
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return hours + ' h' + (minutes % 60 ? ' ' + (minutes % 60) + ' min' : '');
    return Math.floor(hours / 24) + ' days';
}

/** A whole number typed into a field, or null when the field is empty (the server then says what is missing). */
function wholeNumber(value) {
    if (value === '' || value === null || value === undefined) return null;
    return Number(value);
}

/** The day after an ISO date (yyyy-mm-dd), as the instant it starts at: an exclusive end of a range of days. */
function dayAfter(date) {
    const d = new Date(date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString();
}

/** Finding products by name or SKU through the catalog's search, for the filters and to open a product's stock. */
function productFinder() {
    return {
        finderQuery: '',
        finderResults: [],
        finderMessage: '',
        finding: false,
        async find() {
            const q = this.finderQuery.trim();
            this.finderResults = [];
            if (!q) {
                this.finderMessage = 'Type a product name or SKU first.';
                return;
            }
            this.finding = true;
            this.finderMessage = '';
            try {
                const found = await call('GET', '/vendor/products', { query: { search: q, size: 10 } });
                this.finderResults = found.content;
                this.finderMessage = found.content.length === 0
                    ? 'No product matches "' + q + '". Products are added on the Catalog page or by an import.'
                    : found.page.totalElements > found.content.length
                        ? 'The first ' + found.content.length + ' of ' + found.page.totalElements
                            + ' matches; type more of the name to narrow them.' : '';
            } catch (e) {
                this.finderMessage = messageOf(e);
            } finally {
                this.finding = false;
            }
        },
        get hasFinderResults() { return this.finderResults.length > 0; },
        get findLabel() { return this.finding ? 'Finding…' : 'Find'; },
        productLabel(p) { return (p.name || p.sku || p.id) + (p.sku ? ' (' + p.sku + ')' : ''); },
        productHref(p) { return '#/inventory?product=' + encodeURIComponent(p.id); },
    };
}

/** A filter on one product, chosen among the finder's results. */
function productFilter() {
    return {
        filterProductId: '',
        filterProductLabel: '',
        get hasProductFilter() { return this.filterProductId !== ''; },
        filterBy(p) {
            this.filterProductId = p.id;
            this.filterProductLabel = this.productLabel(p);
            this.finderResults = [];
            this.finderMessage = '';
            this.finderQuery = '';
            return this.search();
        },
        anyProduct() {
            this.filterProductId = '';
            this.filterProductLabel = '';
            return this.search();
        },
        filterByLabel(p) { return 'Show ' + this.productLabel(p) + ' only'; },
    };
}

// The page: its tabs, the locations every part names, and a product's stock and availability (the detail).
Alpine.data('inventoryPage', () => ({
    locations: [],
    locationsError: null,
    detail: null,
    detailError: null,
    detailLoading: false,
    detailAsked: 0,
    chosenRowId: '',
    receiveLocation: '',
    receiveQuantity: '',
    receiveReason: '',
    receiving: false,
    receiveErrors: {},
    receiveError: null,
    receiveOutcome: null,
    adjustRowId: '',
    adjustMode: 'count',
    adjustValue: '',
    adjustReason: '',
    adjusting: false,
    adjustErrors: {},
    adjustError: null,
    adjustOutcome: null,
    init() {
        this.loadLocations();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },

    // --- tabs ---
    get tab() { const t = this.params.tab; return TABS.includes(t) ? t : 'stock'; },
    get showingProduct() { return Boolean(this.params.product || this.params.id); },
    tabIs(name) { return !this.showingProduct && this.tab === name; },
    get tabs() {
        return TABS.map(name => ({ name, title: TAB_TITLES[name], id: 'inventory-tab-' + name,
            href: name === 'stock' ? '#/inventory' : '#/inventory?tab=' + name }));
    },
    tabCurrent(name) { return !this.showingProduct && this.tab === name ? 'page' : null; },

    // --- permissions ---
    get canEdit() { return this.can('products.edit'); },
    get canConfigure() { return this.can('settings.edit'); },

    // --- locations, named everywhere by their name ---
    async loadLocations() {
        this.locationsError = null;
        try {
            this.locations = (await call('GET', '/vendor/inventory/locations', { query: { size: 200 } })).content;
        } catch (e) {
            this.locationsError = 'The locations could not be loaded: ' + messageOf(e);
        }
    },
    locationOption(l) { return l.name + ' (' + l.code + ')' + (l.defaultLocation ? ', default' : ''); },
    /** A location's name (with its code when the name differs), from its id, else its code. */
    placeName(locationId, code) {
        const l = this.locations.find(x => x.id === locationId);
        return l ? l.name : (code || 'an unknown location');
    },
    rowPlace(row) { return row.locationName || this.placeName(row.locationId, row.locationCode); },

    // --- a product's stock and availability ---
    async openFromRoute() {
        if (this.route !== 'inventory') return; // the address moved on to another page, which this one is leaving
        const product = this.params.product;
        const entry = this.params.id;
        const asking = ++this.detailAsked;
        this.detailError = null;
        if (!product && !entry) {
            this.detail = null;
            this.detailLoading = false;
            return;
        }
        this.detailLoading = true;
        try {
            let productId = product;
            let rowId = '';
            if (!productId) {
                try {
                    const row = await call('GET', '/vendor/inventory/' + encodeURIComponent(entry));
                    productId = row.productId;
                    rowId = row.id;
                } catch (e) {
                    if (e.status === 404 || e.status === 400) e.entry = true;
                    throw e;
                }
            }
            const detail = await call('GET', '/vendor/inventory/products/' + encodeURIComponent(productId)
                + '/availability');
            if (asking !== this.detailAsked) return;
            this.showDetail(detail, rowId, true);
            this.$nextTick(() => { const h = document.getElementById('inventory-product-heading'); if (h) h.focus(); });
        } catch (e) {
            if (asking !== this.detailAsked) return;
            this.detail = null;
            this.detailError = e.entry ? ENTRY_NOT_FOUND
                : e.status === 404 || e.status === 400 ? NOT_FOUND : messageOf(e);
        } finally {
            if (asking === this.detailAsked) this.detailLoading = false;
        }
    },
    /** Shows the product's answer; a fresh product (not a reload after a change) starts with empty forms. */
    showDetail(detail, rowId, fresh) {
        this.detail = detail;
        const rows = detail.locations;
        if (fresh) {
            this.receiveLocation = '';
            this.receiveQuantity = '';
            this.receiveReason = '';
            this.receiveErrors = {};
            this.receiveError = null;
            this.receiveOutcome = null;
            this.adjustMode = 'count';
            this.adjustValue = '';
            this.adjustReason = '';
            this.adjustErrors = {};
            this.adjustError = null;
            this.adjustOutcome = null;
            this.adjustRowId = '';
        }
        this.chosenRowId = rowId || this.chosenRowId;
        if (rowId) this.adjustRowId = rowId;
        if (!rows.some(r => r.id === this.adjustRowId)) this.adjustRowId = rows.length ? rows[0].id : '';
    },
    async reloadDetail() {
        const detail = await call('GET', '/vendor/inventory/products/' + encodeURIComponent(this.detail.productId)
            + '/availability');
        this.showDetail(detail, '', false);
        this.loadLocations();
    },
    closeProduct() { navigate('inventory'); },
    get hasDetail() { return this.detail !== null; },
    get productTitle() {
        if (!this.detail) return '';
        return (this.detail.name || this.detail.sku || this.detail.productId)
            + (this.detail.sku && this.detail.name ? ' (' + this.detail.sku + ')' : '');
    },
    get movementsHref() {
        return this.detail ? '#/inventory?tab=movements&productId=' + encodeURIComponent(this.detail.productId) : '#/inventory';
    },
    get hasRows() { return this.detail !== null && this.detail.locations.length > 0; },
    get noRows() { return this.detail !== null && this.detail.locations.length === 0; },
    rowClass(row) { return row.id === this.chosenRowId ? 'chosen' : ''; },
    chooseRow(row) {
        this.adjustRowId = row.id;
        this.adjustErrors = {};
        this.adjustError = null;
        this.adjustOutcome = null;
        this.$nextTick(() => { const f = document.getElementById('inventory-adjust-value'); if (f) f.focus(); });
    },
    adjustRowLabel(row) { return 'Adjust the stock at ' + this.rowPlace(row); },
    rowOption(row) { return this.rowPlace(row) + ': ' + row.quantity + ' on hand, ' + row.reserved + ' held'; },

    /** The short answer, in a sentence of the page's own (the API's explanation names its endpoints). */
    get statusSentence() {
        const d = this.detail;
        if (!d) return '';
        switch (d.status) {
            case 'AVAILABLE':
                return units(d.available) + ' can be sold' + (d.reserved > 0
                    ? '; ' + d.reserved + ' more held by ' + this.ordersCount + '.' : '.');
            case 'NO_STOCK_RECORDED':
                return 'Unavailable: no stock was ever received for this product.'
                    + (this.canEdit ? ' Receive some below.' : '');
            case 'OUT_OF_STOCK':
                return 'Unavailable: nothing is on hand at any location.' + (this.canEdit ? ' Receive stock below.' : '');
            case 'FULLY_RESERVED':
                return 'Unavailable: all ' + units(d.reserved) + ' on hand are held by ' + this.ordersCount
                    + ', not shipped yet.';
            default:
                return d.explanation || d.status;
        }
    },
    get ordersCount() {
        const n = this.detail ? this.detail.openReservations.length : 0;
        return n === 1 ? '1 open order' : n + ' open orders';
    },
    get statusLabel() {
        return this.detail ? ({ AVAILABLE: 'Available', NO_STOCK_RECORDED: 'No stock recorded',
            OUT_OF_STOCK: 'Out of stock', FULLY_RESERVED: 'All held by orders' }[this.detail.status]
            || this.detail.status) : '';
    },
    get statusClass() {
        return 'badge ' + (this.detail && this.detail.status === 'AVAILABLE' ? 'badge-ok' : 'badge-bad');
    },

    /**
     * Why the product is (un)available, as a timeline: its latest movements oldest first, one sentence each, then
     * where it stands now (per location, and the orders holding units).
     */
    get timeline() {
        const d = this.detail;
        if (!d) return [];
        const steps = [...d.recentMovements].reverse().map(m => ({
            key: m.id,
            when: when(m.occurredAt),
            text: this.movementSentence(m),
            after: this.afterSentence(m),
            by: this.actorOf(m),
            reason: m.reason ? 'Reason: ' + m.reason : '',
            kind: m.type,
        }));
        d.openReservations.forEach(r => steps.push({
            key: 'held:' + r.orderReference,
            when: 'Now',
            text: 'Order ' + r.orderReference + ' holds ' + units(r.quantity) + ' since ' + when(r.reservedAt)
                + ' (' + duration(r.ageSeconds) + ')',
            after: '', by: '', reason: '', kind: 'HELD',
        }));
        d.locations.forEach(row => steps.push({
            key: 'now:' + row.id,
            when: 'Now',
            text: 'Stock ' + row.available + ' available at ' + this.rowPlace(row) + ' (' + row.quantity
                + ' on hand, ' + row.reserved + ' held)',
            after: '', by: '', reason: '', kind: 'NOW',
        }));
        if (d.locations.length === 0) {
            steps.push({ key: 'now:none', when: 'Now', text: 'No stock at any location: nothing was ever received',
                after: '', by: '', reason: '', kind: 'NOW' });
        }
        return steps;
    },
    get timelineNote() {
        return this.detail && this.detail.recentMovements.length >= 20
            ? 'The latest 20 changes; the movements list has all of them.' : '';
    },
    /** What a movement did, as a sentence: "3 units reserved by order W-1001 at Main warehouse". */
    movementSentence(m) {
        const at = this.placeName(m.locationId, m.locationCode);
        const q = Math.abs(m.quantity);
        const order = m.reference ? ' by order ' + m.reference : '';
        switch (m.type) {
            case 'RECEIPT': return units(q) + ' received at ' + at;
            case 'ADJUSTMENT': return 'Stock at ' + at + (m.quantity >= 0 ? ' raised by ' : ' lowered by ') + q
                + ' (a count or correction)';
            case 'IMPORT': return m.quantity >= 0
                ? units(q) + ' added at ' + at + ' (starting stock, or a marketplace feed\'s quantity)'
                : units(q) + ' taken off at ' + at + ' (a marketplace feed\'s lower quantity)';
            case 'RESERVATION': return units(q) + ' reserved' + order + ' at ' + at;
            case 'RELEASE': return units(q) + ' released' + order + ' at ' + at + ' (cancelled or refunded before shipping)';
            case 'SALE': return units(q) + ' sold and shipped' + (m.reference ? ' with order ' + m.reference : '')
                + ' from ' + at;
            case 'RETURN': return units(q) + ' returned' + (m.reference ? ' from order ' + m.reference : '')
                + ' to ' + at;
            default: return m.type + ' of ' + m.quantity + ' at ' + at;
        }
    },
    afterSentence(m) {
        const available = m.onHandAfter - m.reservedAfter;
        return 'then ' + m.onHandAfter + ' on hand, ' + m.reservedAfter + ' held, ' + available + ' available there';
    },
    actorOf(m) { return m.actorEmail === 'system' || !m.actorEmail ? 'by the platform' : 'by ' + m.actorEmail; },

    // --- receiving and adjusting ---
    receiveFieldError(name) { return this.receiveErrors[name] || ''; },
    receiveInvalid(name) { return this.receiveErrors[name] ? 'true' : 'false'; },
    get receiveLabel() { return this.receiving ? 'Receiving…' : 'Receive'; },
    async receive() {
        this.receiving = true;
        this.receiveErrors = {};
        this.receiveError = null;
        this.receiveOutcome = null;
        try {
            const row = await call('POST', '/vendor/inventory', { body: { productId: this.detail.productId,
                location: this.receiveLocation || null, quantity: wholeNumber(this.receiveQuantity),
                reason: this.receiveReason.trim() || null } });
            this.receiveOutcome = 'Received ' + units(wholeNumber(this.receiveQuantity)) + ' at ' + this.rowPlace(row)
                + ': ' + row.quantity + ' on hand there now, ' + row.available + ' available.';
            this.receiveQuantity = '';
            this.receiveReason = '';
            this.chosenRowId = row.id;
            await this.reloadDetail();
        } catch (e) {
            this.receiveErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.receiveError = messageOf(e);
        } finally {
            this.receiving = false;
        }
    },
    get counting() { return this.adjustMode === 'count'; },
    get adjustValueLabel() { return this.counting ? 'Counted on hand' : 'Change by (+ or −)'; },
    get adjustHint() {
        return this.counting ? 'The number of units you counted: the stock is set to it.'
            : 'A signed number: 5 adds five units, -2 takes two away.';
    },
    get adjustField() { return this.counting ? 'quantity' : 'adjustment'; },
    adjustFieldError(name) { return this.adjustErrors[name] || ''; },
    adjustInvalid(name) { return this.adjustErrors[name] ? 'true' : 'false'; },
    get adjustValueError() { return this.adjustErrors[this.adjustField] || ''; },
    get adjustValueInvalid() { return this.adjustValueError ? 'true' : 'false'; },
    get adjustLabel() { return this.adjusting ? 'Saving…' : (this.counting ? 'Set the stock' : 'Change the stock'); },
    async adjust() {
        this.adjusting = true;
        this.adjustErrors = {};
        this.adjustError = null;
        this.adjustOutcome = null;
        if (!this.adjustRowId) {
            this.adjustErrors = { row: 'Choose the location whose stock changes.' };
            this.adjusting = false;
            return;
        }
        try {
            const body = { reason: this.adjustReason.trim() || null };
            body[this.adjustField] = wholeNumber(this.adjustValue);
            const row = await call('PUT', '/vendor/inventory/' + encodeURIComponent(this.adjustRowId), { body });
            this.adjustOutcome = 'Stock at ' + this.rowPlace(row) + ' is now ' + row.quantity + ' on hand ('
                + row.reserved + ' held, ' + row.available + ' available).';
            this.adjustValue = '';
            this.adjustReason = '';
            this.chosenRowId = row.id;
            await this.reloadDetail();
        } catch (e) {
            this.adjustErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.adjustError = e.errorCode === 'INSUFFICIENT_INVENTORY'
                ? 'The stock cannot go below the units held by open orders at this location. Ship or cancel those '
                    + 'orders first. (' + e.message + ')'
                : messageOf(e);
        } finally {
            this.adjusting = false;
        }
    },
}));

// Stock rows: product (found through the catalog), location, low stock, sorting; each row opens its product.
Alpine.data('inventoryStock', () => compose(pagedList(function () {
        return call('GET', '/vendor/inventory', {
            query: { productId: this.filterProductId, locationId: this.locationId,
                lowStock: wholeNumber(this.lowStock), page: this.page, size: this.size, sort: this.sort },
        });
    }), productFinder(), productFilter(), {
    locationId: '',
    lowStock: '',
    sort: '',
    init() { this.load(); },
    clearFilters() {
        this.locationId = '';
        this.lowStock = '';
        this.filterProductId = '';
        this.filterProductLabel = '';
        return this.search();
    },
    rowHref(row) { return '#/inventory?product=' + encodeURIComponent(row.productId); },
    rowName(row) { return row.name || row.sku || row.productId; },
    availableClass(row) { return row.available <= 0 ? 'badge badge-bad' : 'badge badge-ok'; },
}));

// The movement history: product, location, type, order number, days; newest first or as sorted.
Alpine.data('inventoryMovements', () => compose(pagedList(async function () {
        this.filterErrors = {};
        try {
            return await call('GET', '/vendor/inventory/movements', {
                query: { productId: this.filterProductId, locationId: this.locationId, type: this.type,
                    reference: this.reference.trim(), from: this.from ? this.from + 'T00:00:00Z' : '',
                    to: this.until ? dayAfter(this.until) : '', page: this.page, size: this.size, sort: this.sort },
            });
        } catch (e) {
            this.filterErrors = e.fieldErrors ? e.fieldErrors() : {};
            throw e;
        }
    }), productFinder(), productFilter(), {
    types: MOVEMENT_TYPES,
    locationId: '',
    type: '',
    reference: '',
    from: '',
    until: '',
    sort: 'occurredAt,desc',
    filterErrors: {},
    init() {
        // opened from a product's page: its movements
        if (this.params.productId) {
            this.filterProductId = this.params.productId;
            this.filterProductLabel = 'the chosen product';
        }
        this.$watch('items', () => {
            if (this.filterProductId && this.items.length && this.items[0].productId === this.filterProductId
                && this.filterProductLabel === 'the chosen product') {
                this.filterProductLabel = this.productLabel({ id: this.items[0].productId, name: this.items[0].name,
                    sku: this.items[0].sku });
            }
        });
        this.load();
    },
    clearFilters() {
        this.locationId = '';
        this.type = '';
        this.reference = '';
        this.from = '';
        this.until = '';
        this.filterProductId = '';
        this.filterProductLabel = '';
        return this.search();
    },
    filterFieldError(name) { return this.filterErrors[name] || ''; },
    filterInvalid(name) { return this.filterErrors[name] ? 'true' : 'false'; },
    typeLabel(m) { const t = MOVEMENT_TYPES.find(x => x.value === m.type); return t ? t.label : m.type; },
    signed(m) { return m.quantity > 0 ? '+' + m.quantity : String(m.quantity); },
    changeOf(m) {
        return ['RESERVATION', 'RELEASE'].includes(m.type) ? this.signed(m) + ' held' : this.signed(m) + ' on hand';
    },
    movementName(m) { return m.name || m.sku || 'a product no longer in the catalog'; },
    movementHref(m) { return '#/inventory?product=' + encodeURIComponent(m.productId); },
    when,
}));

// Locations: the list in taking order (or sorted), and a new location.
Alpine.data('inventoryLocations', () => compose(pagedList(function () {
        return call('GET', '/vendor/inventory/locations', { query: { page: this.page, size: this.size, sort: this.sort } });
    }), {
    sort: '',
    code: '',
    name: '',
    priority: '',
    creating: false,
    createErrors: {},
    createError: null,
    createOutcome: null,
    init() { this.load(); },
    createFieldError(name) { return this.createErrors[name] || ''; },
    createInvalid(name) { return this.createErrors[name] ? 'true' : 'false'; },
    get createLabel() { return this.creating ? 'Adding…' : 'Add the location'; },
    async create() {
        this.creating = true;
        this.createErrors = {};
        this.createError = null;
        this.createOutcome = null;
        try {
            const created = await call('POST', '/vendor/inventory/locations', { body: { code: this.code.trim(),
                name: this.name.trim(), priority: wholeNumber(this.priority) } });
            this.createOutcome = 'Location ' + created.name + ' (' + created.code + ') added. Receive stock into it '
                + 'from a product\'s page.';
            this.code = '';
            this.name = '';
            this.priority = '';
            await Promise.all([this.load(), this.loadLocations()]);
        } catch (e) {
            this.createErrors = e.fieldErrors ? e.fieldErrors() : {};
            if (e.errorCode === 'LOCATION_ALREADY_EXISTS') {
                this.createErrors = { code: 'Another location has this code already.' };
            }
            this.createError = messageOf(e);
        } finally {
            this.creating = false;
        }
    },
    roleOf(l) {
        return [l.defaultLocation ? 'default' : '', l.feedLocation ? 'feed location' : ''].filter(x => x).join(', ')
            || '—';
    },
}));

// The inventory settings: which location marketplace feeds set.
Alpine.data('inventorySettings', () => ({
    settings: null,
    feedLocation: '',
    settingsError: null,
    saving: false,
    saveErrors: {},
    saveError: null,
    saveOutcome: null,
    settingsLoading: false,
    async init() {
        this.settingsLoading = true;
        try {
            this.showSettings(await call('GET', '/vendor/inventory/settings'));
        } catch (e) {
            this.settingsError = messageOf(e);
        } finally {
            this.settingsLoading = false;
        }
    },
    showSettings(settings) {
        this.settings = settings;
        this.feedLocation = settings.feedLocation.id;
    },
    get feedLocationName() {
        return this.settings ? this.settings.feedLocation.name + ' (' + this.settings.feedLocation.code + ')' : '';
    },
    saveFieldError(name) { return this.saveErrors[name] || ''; },
    saveInvalid(name) { return this.saveErrors[name] ? 'true' : 'false'; },
    get saveLabel() { return this.saving ? 'Saving…' : 'Save'; },
    async save() {
        this.saving = true;
        this.saveErrors = {};
        this.saveError = null;
        this.saveOutcome = null;
        try {
            this.showSettings(await call('PUT', '/vendor/inventory/settings', { body: { feedLocation: this.feedLocation } }));
            this.saveOutcome = 'Marketplace feeds now set the stock of ' + this.feedLocationName + '.';
            await this.loadLocations();
        } catch (e) {
            this.saveErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.saveError = messageOf(e);
        } finally {
            this.saving = false;
        }
    },
}));
