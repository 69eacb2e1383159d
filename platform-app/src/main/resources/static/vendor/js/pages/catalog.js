// The catalog page: the vendor's products (search, filters, sorting, server-side paging), creating one, a product's
// detail at #/catalog?id=... (texts per language side by side, prices and VAT, active/featured, delete), the fields
// locked against imports, the import refreshes waiting for a decision (for the product and as a list, with their
// changes, at #/catalog?refresh=...), who has the last word on stock and prices after an import, and which imports
// wait for the vendor's approval. Another vendor's product or refresh id in the address is "not found", as the API
// answers it.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { navigate } from '/shared/js/shell.js';
import { compose, messageOf, pagedList, yesNoAny } from '/shared/js/ui.js';
import { call } from '../api.js';
import { money } from '../common.js';

/** The catalog's languages (the API's `names`/`descriptions` keys). */
export const LANGUAGES = [
    { code: 'en', label: 'English' },
    { code: 'fr', label: 'French' },
    { code: 'de', label: 'German' },
];
/** The fields an import may refresh, by lock key, with what the lock keeps. */
const LOCKABLE = [
    { key: 'price', label: 'Price (and currency)' },
    { key: 'salePrice', label: 'Sale price' },
    { key: 'taxRate', label: 'VAT rate' },
    { key: 'quantity', label: 'Stock from the feed' },
    { key: 'availability', label: 'Availability' },
    { key: 'brand', label: 'Brand' },
    { key: 'gtin', label: 'GTIN' },
    { key: 'images', label: 'Images' },
    { key: 'categoryPath', label: 'Category' },
    ...LANGUAGES.map(l => ({ key: 'name.' + l.code, label: 'Name (' + l.label + ')' })),
    ...LANGUAGES.map(l => ({ key: 'description.' + l.code, label: 'Description (' + l.label + ')' })),
];
const NOT_FOUND = 'Product not found. It may belong to another shop, or the link is wrong.';
const REFRESH_NOT_FOUND = 'Import refresh not found. It may belong to another shop, or the link is wrong.';
const VIEW_ONLY = 'Your role can see products but not change them.';
/** What each choice of which imports wait for approval (`refreshReview`) means, in one sentence. */
const REVIEW_HELP = {
    GUARDED: 'An import waits for your approval only when the guardrail finds it destructive; every other import applies at once.',
    ALWAYS: 'Every import that would change at least one of your products waits for your approval before anything changes.',
    NEVER: 'Every import applies at once, however much it changes, and nothing waits for your approval: a broken feed can change or empty your whole catalog before you notice, at your own risk.',
};
const REVIEW_SAVED = {
    GUARDED: 'the guardrail decides which imports wait',
    ALWAYS: 'every import that changes a product waits for you',
    NEVER: 'imports apply at once, never waiting for you',
};
const EDIT_REASON = 'Your role can see products but not change them (products.edit).';
const DELETE_REASON = 'Your role cannot delete products (products.delete).';

/** A form's amount as the API takes it: a number, or the text as typed (the API then names the field). */
function amount(value) {
    const text = String(value === null || value === undefined ? '' : value).trim().replace(',', '.');
    if (text === '') return null;
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
}

function amountText(value) {
    return value === null || value === undefined ? '' : Number(value).toFixed(2);
}

/** The form's property of a language's text (x-model binds top-level properties only: `nameFr`, `descriptionDe`). */
function textKey(kind, code) {
    return kind + code.charAt(0).toUpperCase() + code.slice(1);
}

/** The messages per field of a failed call, and one message for the form when none names a field. */
function problem(e) {
    const fields = e && e.fieldErrors ? e.fieldErrors() : {};
    return { fields, message: Object.keys(fields).length ? 'Some fields need a correction: see the messages next to them.' : messageOf(e) };
}

/** What the catalog's pages share: permissions' reasons, refresh wording, a change as "field: old → new". */
const refreshWords = {
    refreshName(r) { return r ? r.marketplace + ' · ' + r.language : ''; },
    refreshStatusClass(r) {
        return 'badge ' + ({ HELD: 'badge-warn', FAILED: 'badge-bad', APPLIED: 'badge-ok', APPROVED: 'badge-ok',
            REJECTED: 'badge-off' }[r.status] || 'badge-info');
    },
    refreshSummary(r) {
        const s = r.summary || {};
        const parts = [s.productsChanged + ' of ' + s.productsChecked + ' products changed'];
        if (s.pricesChanged) parts.push(s.pricesChanged + ' prices');
        if (s.titlesChanged) parts.push(s.titlesChanged + ' titles');
        if (s.descriptionsChanged) parts.push(s.descriptionsChanged + ' descriptions');
        if (s.stockChanged) parts.push(s.stockChanged + ' stock');
        if (s.stockZeroed) parts.push(s.stockZeroed + ' to zero stock');
        if (s.otherChanged) parts.push(s.otherChanged + ' other');
        if (s.lockedKept) parts.push(s.lockedKept + ' kept by locks');
        return parts.join(', ');
    },
    changeText(c) { return c.field + ': ' + (c.from === null ? '(none)' : c.from) + ' → ' + (c.to === null ? '(none)' : c.to); },
    changeKey(c) { return c.productId + ':' + c.field; },
    isHeld(r) { return r.status === 'HELD'; },
    isFailed(r) { return r.status === 'FAILED'; },
    get canDecide() { return this.can('products.edit'); },
    get decideReason() { return this.canDecide ? '' : 'Your role can see import refreshes but not decide on them (products.edit).'; },
    approveLabel(r) { return 'Approve the import refresh of ' + this.refreshName(r) + ' of ' + this.formatDate(r.createdAt); },
    rejectLabel(r) { return 'Reject the import refresh of ' + this.refreshName(r) + ' of ' + this.formatDate(r.createdAt); },
    retryLabel(r) { return 'Retry the import refresh of ' + this.refreshName(r) + ' of ' + this.formatDate(r.createdAt); },
    showLabel(r) { return 'Show the changes of the import refresh of ' + this.refreshName(r) + ' of ' + this.formatDate(r.createdAt); },
    /** Approves, rejects or retries a refresh (the API decides whether it may); tells the other parts of the page. */
    async decide(r, decision) {
        this.decideError = null;
        try {
            const decided = await call('POST', '/vendor/catalog/refreshes/' + r.id + '/' + decision);
            this.decided = 'The import refresh of ' + this.refreshName(decided) + ' is ' + decided.status + '.';
            this.$dispatch('catalog-changed');
            return decided;
        } catch (e) {
            this.decideError = messageOf(e);
            return null;
        }
    },
};

// The page: the product list with its filters, the new-product form, a product's detail, the sync settings.
Alpine.data('catalogPage', () => compose(pagedList(async function () {
        this.filterErrors = {};
        try {
            return await call('GET', '/vendor/products', {
                query: { search: this.query.trim(), active: yesNoAny(this.active), featured: yesNoAny(this.featured),
                    inStock: yesNoAny(this.inStock), brand: this.brand.trim(), minPrice: this.minPrice.trim(),
                    maxPrice: this.maxPrice.trim(), lang: this.lang, page: this.page, size: this.size, sort: this.sort },
            });
        } catch (e) {
            this.filterErrors = e.fieldErrors ? e.fieldErrors() : {};
            throw e;
        }
    }), refreshWords, {
    languages: LANGUAGES,
    query: '',
    active: '',
    featured: '',
    inStock: '',
    brand: '',
    minPrice: '',
    maxPrice: '',
    lang: '',
    sort: 'createdAt,desc',
    filterErrors: {},
    settings: null,
    settingsError: null,
    rowError: null,
    // the new-product form (one property per field: the CSP build's x-model sets top-level properties only)
    creating: false,
    createSku: '',
    createName: '',
    createPrice: '',
    createSalePrice: '',
    createTaxRate: '',
    createQuantity: '',
    createActive: true,
    createFeatured: false,
    createErrors: {},
    createError: null,
    saving: false,
    // a product's detail
    product: null,
    productError: null,
    nameEn: '',
    nameFr: '',
    nameDe: '',
    descriptionEn: '',
    descriptionFr: '',
    descriptionDe: '',
    editSku: '',
    editPrice: '',
    editSalePrice: '',
    editTaxRate: '',
    editTaxCategory: 'STANDARD',
    editAvailability: 'IN_STOCK',
    editBrand: '',
    editGtin: '',
    editCategory: '',
    editErrors: {},
    editError: null,
    saved: null,
    lockError: null,
    productRefreshes: [],
    decided: null,
    decideError: null,
    // the sync settings
    stockOwner: 'FEED',
    priceOwner: 'FEED',
    refreshReview: 'GUARDED',
    syncErrors: {},
    syncError: null,
    syncSaved: null,
    asked: 0,

    init() {
        this.load();
        this.loadSettings();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },

    // --- the list ---
    filter() {
        this.page = 0;
        return this.load();
    },
    clearFilters() {
        this.query = '';
        this.active = '';
        this.featured = '';
        this.inStock = '';
        this.brand = '';
        this.minPrice = '';
        this.maxPrice = '';
        return this.filter();
    },
    filterError(name) { return this.filterErrors[name] || ''; },
    filterInvalid(name) { return this.filterErrors[name] ? 'true' : 'false'; },
    href(p) { return '#/catalog?id=' + p.id; },
    nameOf(p) { return p.name || p.sku; },
    priceOf(p) {
        return p.salePrice !== null && p.salePrice !== undefined
            ? money(p.salePrice) + ' ' + p.currency + ' (was ' + money(p.price) + ')'
            : money(p.price) + ' ' + p.currency;
    },
    vatOf(p) { return money(p.taxRate) + ' %'; },
    sourceOf(p) { return p.source ? p.source.marketplace + ' · ' + p.source.externalId : 'Made by hand'; },
    locksOf(p) { return p.lockedFields.length ? p.lockedFields.join(', ') : '—'; },
    activeClass(p) { return p.active ? 'badge badge-ok' : 'badge badge-off'; },
    activeText(p) { return p.active ? 'Active' : 'Inactive'; },
    featuredText(p) { return p.featured ? 'Featured' : '—'; },
    activeToggleText(p) { return p.active ? 'Deactivate' : 'Activate'; },
    featuredToggleText(p) { return p.featured ? 'Unfeature' : 'Feature'; },
    activeToggleLabel(p) { return (p.active ? 'Deactivate ' : 'Activate ') + this.nameOf(p); },
    featuredToggleLabel(p) { return (p.featured ? 'Stop featuring ' : 'Feature ') + this.nameOf(p); },
    get canEdit() { return this.can('products.edit'); },
    get canCreate() { return this.can('products.create'); },
    get canDelete() { return this.can('products.delete'); },
    get editReason() { return this.canEdit ? '' : EDIT_REASON; },
    get viewOnly() { return VIEW_ONLY; },
    async toggle(p, what) {
        this.rowError = null;
        try {
            const changed = await call('PUT', '/vendor/products/' + p.id + '/toggle-' + what);
            if (this.product && this.product.id === changed.id) this.product = changed;
            await this.load();
        } catch (e) {
            this.rowError = messageOf(e);
        }
    },
    toggleActive(p) { return this.toggle(p, 'active'); },
    toggleFeatured(p) { return this.toggle(p, 'featured'); },

    // --- the catalog settings (currency and default language for new products; who owns stock and prices) ---
    async loadSettings() {
        try {
            this.settings = await call('GET', '/vendor/catalog/settings');
            this.stockOwner = this.settings.stockOwner;
            this.priceOwner = this.settings.priceOwner;
            this.refreshReview = this.settings.refreshReview;
        } catch (e) {
            this.settingsError = 'The catalog settings could not be loaded: ' + messageOf(e);
        }
    },
    get currency() { return this.settings ? this.settings.currency : ''; },
    get defaultLanguage() { return this.settings ? this.settings.defaultLanguage : 'en'; },
    get canConfigure() { return this.can('settings.edit'); },
    get configureReason() {
        return this.canConfigure ? '' : 'Your role can see these settings but not change them: an Owner can (settings.edit).';
    },
    get syncLabel() { return this.saving ? 'Saving…' : 'Save the sync settings'; },
    syncFieldError(name) { return this.syncErrors[name] || ''; },
    syncInvalid(name) { return this.syncErrors[name] ? 'true' : 'false'; },
    async saveSync() {
        this.syncErrors = {};
        this.syncError = null;
        this.syncSaved = null;
        this.saving = true;
        try {
            this.settings = await call('PUT', '/vendor/catalog/settings', { body: {
                defaultLanguage: this.settings.defaultLanguage, defaultTaxRate: this.settings.defaultTaxRate,
                stockOwner: this.stockOwner, priceOwner: this.priceOwner, refreshReview: this.refreshReview,
            } });
            this.stockOwner = this.settings.stockOwner;
            this.priceOwner = this.settings.priceOwner;
            this.refreshReview = this.settings.refreshReview;
            this.syncSaved = 'Saved: stock follows ' + this.ownerText(this.settings.stockOwner) + ', prices follow '
                + this.ownerText(this.settings.priceOwner) + '; ' + REVIEW_SAVED[this.settings.refreshReview] + '.';
        } catch (e) {
            const p = problem(e);
            this.syncErrors = p.fields;
            this.syncError = p.message;
        } finally {
            this.saving = false;
        }
    },
    ownerText(owner) { return owner === 'PLATFORM' ? 'what you set in Wizamart' : 'the feed'; },
    get reviewHelp() { return REVIEW_HELP[this.refreshReview] || ''; },
    get reviewHelpClass() { return this.refreshReview === 'NEVER' ? 'notice notice-error small' : 'muted small'; },

    // --- a new product ---
    startCreate() {
        this.creating = true;
        this.createErrors = {};
        this.createError = null;
        this.createSku = '';
        this.createName = '';
        this.createPrice = '';
        this.createSalePrice = '';
        this.createTaxRate = this.settings ? amountText(this.settings.defaultTaxRate) : '';
        this.createQuantity = '';
        this.createActive = true;
        this.createFeatured = false;
        this.$nextTick(() => { const f = document.getElementById('create-sku'); if (f) f.focus(); });
    },
    cancelCreate() { this.creating = false; },
    get showCreate() { return this.creating; },
    get createLabel() { return this.saving ? 'Creating…' : 'Create the product'; },
    get createNameLabel() { return 'Name (' + this.languageName(this.defaultLanguage) + ', the default language)'; },
    createFieldError(name) { return this.createErrors[name] || ''; },
    createInvalid(name) { return this.createErrors[name] ? 'true' : 'false'; },
    async create() {
        this.createErrors = {};
        this.createError = null;
        const local = {};
        if (!this.createSku.trim()) local.sku = 'Enter a SKU.';
        if (!this.createName.trim()) local.name = 'Enter a name.';
        if (this.createPrice.trim() === '') local.price = 'Enter a price.';
        if (Object.keys(local).length) {
            this.createErrors = local;
            this.createError = 'Some fields need a correction: see the messages next to them.';
            return;
        }
        const body = { sku: this.createSku.trim(), name: this.createName.trim(), price: amount(this.createPrice),
            currency: this.currency || 'EUR', active: this.createActive, featured: this.createFeatured };
        if (this.createSalePrice.trim() !== '') body.salePrice = amount(this.createSalePrice);
        if (this.createTaxRate.trim() !== '') body.taxRate = amount(this.createTaxRate);
        if (this.createQuantity.trim() !== '') body.initialQuantity = amount(this.createQuantity);
        this.saving = true;
        try {
            const created = await call('POST', '/vendor/products', { body });
            this.creating = false;
            this.saved = 'Product ' + created.sku + ' created.';
            await this.load();
            navigate('catalog', { id: created.id });
        } catch (e) {
            const p = problem(e);
            this.createErrors = p.fields;
            this.createError = p.message;
        } finally {
            this.saving = false;
        }
    },

    // --- a product's detail ---
    async openFromRoute() {
        if (this.route !== 'catalog') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        const asking = ++this.asked;
        this.productError = null;
        this.lockError = null;
        this.decideError = null;
        this.decided = null;
        if (!id) {
            this.product = null;
            this.productRefreshes = [];
            return;
        }
        try {
            const product = await call('GET', '/vendor/products/' + encodeURIComponent(id));
            if (asking !== this.asked) return;
            this.showProduct(product, true);
            this.$nextTick(() => { const h = document.getElementById('product-heading'); if (h) h.focus(); });
            await this.loadProductRefreshes();
        } catch (e) {
            if (asking !== this.asked) return;
            this.product = null;
            this.productRefreshes = [];
            this.productError = e.status === 404 || e.status === 400 ? NOT_FOUND : messageOf(e);
        }
    },
    showProduct(product, fresh) {
        this.product = product;
        LANGUAGES.forEach(({ code }) => {
            this[textKey('name', code)] = (product.names && product.names[code]) || '';
            this[textKey('description', code)] = (product.descriptions && product.descriptions[code]) || '';
        });
        this.editSku = product.sku;
        this.editPrice = amountText(product.price);
        this.editSalePrice = amountText(product.salePrice);
        this.editTaxRate = amountText(product.taxRate);
        this.editTaxCategory = product.taxCategory;
        this.editAvailability = product.availability;
        this.editBrand = product.brand || '';
        this.editGtin = product.gtin || '';
        this.editCategory = product.categoryPath || '';
        if (fresh) {
            this.editErrors = {};
            this.editError = null;
            this.saved = null;
        }
    },
    closeProduct() { navigate('catalog'); },
    get hasProduct() { return this.product !== null; },
    get productName() { return this.product ? this.nameOf(this.product) : ''; },
    get fromFeed() { return this.product !== null && this.product.source !== null; },
    get madeByHand() { return this.product !== null && this.product.source === null; },
    get sourceText() {
        if (!this.product || !this.product.source) return '';
        const s = this.product.source;
        return 'Published from ' + s.marketplace + ' (feed id ' + s.externalId + ')'
            + (s.feedQuantity !== null && s.feedQuantity !== undefined ? ', the feed gives ' + s.feedQuantity + ' in stock' : '') + '.';
    },
    get productStock() { return this.product ? this.product.availableQuantity + ' available' : ''; },
    languageName(code) { const l = LANGUAGES.find(x => x.code === code); return l ? l.label : code; },
    isDefault(code) { return this.product ? this.product.defaultLanguage === code : code === this.defaultLanguage; },
    defaultMark(code) { return this.isDefault(code) ? ' (default language)' : ''; },
    editFieldError(name) { return this.editErrors[name] || ''; },
    editInvalid(name) { return this.editErrors[name] ? 'true' : 'false'; },
    get saveLabel() { return this.saving ? 'Saving…' : 'Save changes'; },
    /** The edit as the API takes it: only what changed (a changed feed field gets locked), emptied fields in `clear`. */
    editBody() {
        const p = this.product;
        const body = {};
        const clear = [];
        const local = {};
        const names = {};
        const descriptions = {};
        LANGUAGES.forEach(({ code }) => {
            const name = this[textKey('name', code)].trim();
            if (name !== ((p.names && p.names[code]) || '')) {
                if (name) names[code] = name;
                else if (code === p.defaultLanguage) local['names.' + code] = 'The default language needs a name.';
                else clear.push('name.' + code);
            }
            const text = this[textKey('description', code)].trim();
            if (text !== ((p.descriptions && p.descriptions[code]) || '')) {
                if (text) descriptions[code] = text;
                else clear.push('description.' + code);
            }
        });
        if (Object.keys(names).length) body.names = names;
        if (Object.keys(descriptions).length) body.descriptions = descriptions;
        if (this.editSku !== p.sku) body.sku = this.editSku.trim();
        const price = this.editPrice.trim();
        if (price !== amountText(p.price)) {
            if (price === '') local.price = 'Enter a price.';
            else body.price = amount(price);
        }
        const salePrice = this.editSalePrice.trim();
        if (salePrice !== amountText(p.salePrice)) {
            if (salePrice === '') clear.push('salePrice');
            else body.salePrice = amount(salePrice);
        }
        const taxRate = this.editTaxRate.trim();
        if (taxRate !== amountText(p.taxRate)) {
            if (taxRate === '') local.taxRate = 'Enter a VAT rate.';
            else body.taxRate = amount(taxRate);
        }
        if (this.editTaxCategory !== p.taxCategory) body.taxCategory = this.editTaxCategory;
        if (this.editAvailability !== p.availability) body.availability = this.editAvailability;
        [['brand', 'editBrand'], ['gtin', 'editGtin'], ['categoryPath', 'editCategory']].forEach(([field, input]) => {
            const value = this[input].trim();
            if (value !== (p[field] || '')) {
                if (value) body[field] = value;
                else clear.push(field);
            }
        });
        if (clear.length) body.clear = clear;
        return { body, local };
    },
    async save() {
        this.editErrors = {};
        this.editError = null;
        this.saved = null;
        const { body, local } = this.editBody();
        if (Object.keys(local).length) {
            this.editErrors = local;
            this.editError = 'Some fields need a correction: see the messages next to them.';
            return;
        }
        if (Object.keys(body).length === 0) {
            this.saved = 'Nothing changed.';
            return;
        }
        this.saving = true;
        try {
            const product = await call('PUT', '/vendor/products/' + this.product.id, { body });
            this.showProduct(product, false);
            this.saved = 'Saved.' + (product.source && product.lockedFields.length
                ? ' Fields you changed that follow the feed are locked now.' : '');
            await this.load();
        } catch (e) {
            const p = problem(e);
            this.editErrors = p.fields;
            this.editError = p.message;
        } finally {
            this.saving = false;
        }
    },
    remove() {
        const p = this.product;
        this.confirm('Delete ' + this.nameOf(p) + ' (' + p.sku + ')? Its stock rows go too. This cannot be undone.',
            async () => {
                try {
                    await call('DELETE', '/vendor/products/' + p.id);
                    this.showNotice('Product ' + p.sku + ' deleted.', 'ok');
                    await this.load();
                    navigate('catalog');
                } catch (e) {
                    this.editError = messageOf(e);
                }
            });
    },

    // --- locks ---
    isLocked(key) { return this.product !== null && this.product.lockedFields.includes(key); },
    get lockRows() {
        if (!this.product) return [];
        return LOCKABLE.map(l => ({ key: l.key, label: l.label, locked: this.isLocked(l.key) }));
    },
    lockState(row) { return row.locked ? 'Locked: imports keep your value' : 'Follows the feed'; },
    lockClass(row) { return row.locked ? 'badge badge-warn' : 'badge badge-off'; },
    lockText(row) { return row.locked ? 'Unlock' : 'Lock'; },
    lockLabel(row) { return (row.locked ? 'Unlock ' : 'Lock ') + row.label; },
    lockBadge(key) { return this.isLocked(key) ? 'Locked' : ''; },
    async setLock(row) {
        this.lockError = null;
        const path = '/vendor/products/' + this.product.id + '/locks/' + encodeURIComponent(row.key);
        try {
            const product = await call(row.locked ? 'DELETE' : 'PUT', path);
            this.showProduct(product, false);
            this.saved = row.label + (row.locked ? ' follows the feed again.' : ' is locked: imports keep your value.');
            await this.load();
        } catch (e) {
            this.lockError = messageOf(e);
        }
    },
    toggleLock(row) {
        if (!row.locked) return this.setLock(row);
        this.confirm('Unlock ' + row.label + ' of ' + this.productName + '? It is set from the feed\'s current value at once,'
            + ' and later imports keep it up to date.', () => this.setLock(row));
    },

    // --- the import refreshes waiting for a decision that change this product ---
    async loadProductRefreshes() {
        const product = this.product;
        if (!product || !product.source) {
            this.productRefreshes = [];
            return;
        }
        try {
            const held = await call('GET', '/vendor/catalog/refreshes',
                { query: { status: 'HELD', productId: product.id, size: 20 } });
            const withChanges = await Promise.all(held.content.map(async r => ({
                refresh: r,
                changes: (await call('GET', '/vendor/catalog/refreshes/' + r.id + '/changes',
                    { query: { productId: product.id, size: 100 } })).content,
            })));
            if (this.product && this.product.id === product.id) this.productRefreshes = withChanges;
        } catch (e) {
            this.decideError = 'The import refreshes could not be loaded: ' + messageOf(e);
        }
    },
    get hasProductRefreshes() { return this.productRefreshes.length > 0; },
    pendingKey(entry) { return entry.refresh.id; },
    /** Decides the refresh; the page's parts reload on its `catalog-changed` event, the product is read again. */
    async decideForProduct(entry, decision) {
        const decided = await this.decide(entry.refresh, decision);
        if (decided && this.product) {
            try {
                this.showProduct(await call('GET', '/vendor/products/' + this.product.id), false);
            } catch (e) {
                this.decideError = messageOf(e);
            }
        }
    },
    approveForProduct(entry) { return this.decideForProduct(entry, 'approve'); },
    rejectForProduct(entry) {
        this.confirm('Reject the import refresh of ' + this.refreshName(entry.refresh) + '? None of its changes is'
            + ' applied (for any product), and later imports keep these values out while the feed presents them.',
        () => this.decideForProduct(entry, 'reject'));
    },
    heldNote(entry) {
        const reason = (entry.refresh.holdReason || '').replace(/\.$/, '');
        return 'Held ' + this.formatDate(entry.refresh.createdAt) + (reason ? ': ' + reason : '')
            + '. Approving or rejecting decides the whole import (' + entry.refresh.summary.productsChanged + ' products), not this product alone.';
    },
    async catalogChanged() {
        await this.load();
        if (this.product) await this.loadProductRefreshes();
    },
    money(value) { return money(value); },
}));

// The import refreshes as a list (status filter, paging), a refresh's changes at #/catalog?refresh=... (outcome
// filter, paging), approve / reject a held one, retry a failed one. Nested in the catalog page's section.
Alpine.data('catalogRefreshes', () => compose(pagedList(function () {
        return call('GET', '/vendor/catalog/refreshes',
            { query: { status: this.status, page: this.page, size: 10, sort: 'createdAt,desc' } });
    }), refreshWords, {
    status: 'HELD',
    outcomes: ['PENDING', 'APPLIED', 'KEPT_LOCKED', 'KEPT_REJECTED', 'KEPT_PLATFORM_OWNED', 'SKIPPED_STOCK_RESERVED',
        'SKIPPED_STALE', 'SKIPPED_INVALID', 'REJECTED'],
    selected: null,
    selectedError: null,
    changes: [],
    outcome: '',
    changesPage: 0,
    changesTotalPages: 0,
    changesTotal: 0,
    changesLoading: false,
    decided: null,
    decideError: null,
    asked: 0,
    changesAsked: 0,
    init() {
        this.load();
        this.openRefresh();
        this.$watch('params', () => this.openRefresh());
    },
    filter() {
        this.page = 0;
        return this.load();
    },
    get emptyText() {
        return this.status === 'HELD'
            ? 'No import refresh is waiting for you. When an import would change more than half of your imported products, its changes wait here for your decision.'
            : 'No import refreshes match. Each import of published products records one.';
    },
    refreshHref(r) { return '#/catalog?refresh=' + r.id; },
    async openRefresh() {
        if (this.route !== 'catalog') return;
        const id = this.params.refresh;
        const asking = ++this.asked;
        this.changesAsked++; // the changes of the refresh left behind are not shown under the next one
        this.selectedError = null;
        if (!id) {
            this.selected = null;
            this.changes = [];
            this.changesLoading = false;
            return;
        }
        try {
            const refresh = await call('GET', '/vendor/catalog/refreshes/' + encodeURIComponent(id));
            if (asking !== this.asked) return;
            if (this.selected === null || this.selected.id !== refresh.id) {
                // another refresh: its changes are not shown under this one while this one's changes load
                this.changes = [];
                this.changesTotal = 0;
                this.changesTotalPages = 0;
            }
            this.selected = refresh;
            this.changesPage = 0;
            await this.loadChanges();
            this.$nextTick(() => { const h = document.getElementById('refresh-heading'); if (h) h.focus(); });
        } catch (e) {
            if (asking !== this.asked) return;
            this.selected = null;
            this.changes = [];
            this.changesLoading = false;
            this.selectedError = e.status === 404 || e.status === 400 ? REFRESH_NOT_FOUND : messageOf(e);
        }
    },
    /**
     * The selected refresh's changes (the chosen outcome, page). Only the latest call's answer is shown: the changes
     * of another refresh, page or outcome asked for before arrive too late to replace it.
     */
    async loadChanges() {
        const asking = ++this.changesAsked;
        this.changesLoading = true;
        try {
            const answer = await call('GET', '/vendor/catalog/refreshes/' + this.selected.id + '/changes',
                { query: { outcome: this.outcome, page: this.changesPage, size: 50 } });
            if (asking !== this.changesAsked) return;
            this.changes = answer.content;
            this.changesTotal = answer.page.totalElements;
            this.changesTotalPages = answer.page.totalPages;
        } catch (e) {
            if (asking !== this.changesAsked) return;
            this.selectedError = messageOf(e);
        } finally {
            if (asking === this.changesAsked) this.changesLoading = false;
        }
    },
    filterChanges() {
        this.changesPage = 0;
        return this.loadChanges();
    },
    previousChanges() { if (this.changesPage > 0) { this.changesPage--; this.loadChanges(); } },
    nextChanges() { if (this.changesPage + 1 < this.changesTotalPages) { this.changesPage++; this.loadChanges(); } },
    get hasPreviousChanges() { return this.changesPage > 0; },
    get hasNextChanges() { return this.changesPage + 1 < this.changesTotalPages; },
    get changesPageLabel() {
        return this.changesTotalPages === 0 ? 'No changes'
            : 'Page ' + (this.changesPage + 1) + ' of ' + this.changesTotalPages + ' (' + this.changesTotal + ' changes)';
    },
    get noChanges() { return !this.changesLoading && this.changes.length === 0; },
    get hasSelected() { return this.selected !== null; },
    closeRefresh() { navigate('catalog'); },
    productHref(c) { return '#/catalog?id=' + c.productId; },
    skuOf(c) { return c.sku || '(deleted product)'; },
    reasonOf(c) { return c.reason || ''; },
    async decideHere(r, decision) {
        const decided = await this.decide(r, decision);
        if (decided && this.selected && this.selected.id === decided.id) {
            this.selected = decided;
            await this.loadChanges();
        }
    },
    approve(r) { return this.decideHere(r, 'approve'); },
    reject(r) {
        this.confirm('Reject the import refresh of ' + this.refreshName(r) + '? None of its changes is applied, and later'
            + ' imports keep these values out while the feed presents them.', () => this.decideHere(r, 'reject'));
    },
    retry(r) { return this.decideHere(r, 'retry'); },
    async catalogChanged() {
        await this.load();
        if (this.selected) {
            const asking = this.asked;
            try {
                const refresh = await call('GET', '/vendor/catalog/refreshes/' + this.selected.id);
                if (asking !== this.asked) return; // the address moved on to another refresh meanwhile
                this.selected = refresh;
                await this.loadChanges();
            } catch (e) {
                if (asking !== this.asked) return;
                this.selectedError = messageOf(e);
            }
        }
    },
    holdText(r) { return r.holdReason || ''; },
    failureText(r) { return r.failure || ''; },
    decidedText(r) { return r.decidedAt ? 'Decided ' + this.formatDate(r.decidedAt) : ''; },
}));
