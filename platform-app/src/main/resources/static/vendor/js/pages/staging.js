// Staging: the products marketplace imports staged, before and after they are published into the catalog. The list
// (search over id, GTIN, brand and titles; marketplace, language, brand, published, the import that changed them;
// sorting), a staged product's detail at #/staging?id=... (its languages side by side, its facts and attributes, what
// the latest import changed, the catalog product it became), publishing one with overrides, or many selected rows at
// once with each one's outcome. Another vendor's staged id in the address is "not found", as the API answers it.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { navigate } from '/shared/js/shell.js';
import { compose, formatDate, messageOf, pagedList } from '/shared/js/ui.js';
import { call } from '../api.js';
import { money } from '../common.js';

const LANGUAGE_NAMES = { en: 'English', fr: 'French', de: 'German' };
const OUTCOMES = {
    PUBLISHED: { label: 'Published', badge: 'badge badge-ok' },
    ALREADY_PUBLISHED: { label: 'Already published', badge: 'badge badge-info' },
    NOT_FOUND: { label: 'Not found', badge: 'badge badge-bad' },
    FAILED: { label: 'Failed', badge: 'badge badge-bad' },
};
/** The facts of a staged product the detail lists, in this order, with their labels. */
const FACTS = [
    ['price', 'Price'], ['salePrice', 'Sale price'], ['currency', 'Currency'], ['quantity', 'Quantity'],
    ['availability', 'Availability'], ['taxRate', 'VAT rate (%)'], ['brand', 'Brand'], ['gtin', 'GTIN'],
    ['mpn', 'MPN'], ['condition', 'Condition'], ['productType', 'Product type'], ['itemGroupId', 'Item group'],
    ['link', 'Link'], ['imageLink', 'Image'],
];
const FIELD_LABELS = Object.fromEntries(FACTS.concat([['saleCurrency', 'Sale currency'],
    ['additionalImages', 'Additional images'], ['title', 'Title'], ['description', 'Description']]));
const NOT_FOUND = 'Staged product not found. It may belong to another shop, or the link is wrong.';

/** A value of the API as one line of text: lists joined, objects as JSON, nothing as a dash. */
function textOf(value) {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
}

Alpine.data('stagingPage', () => compose(pagedList(function () {
        return call('GET', '/vendor/marketplace/products', {
            query: { search: this.query, marketplace: this.marketplace, language: this.language, brand: this.brand,
                published: this.published, jobId: this.jobId, page: this.page, size: this.size, sort: this.sort },
        });
    }), {
    query: '',
    marketplace: '',
    language: '',
    brand: '',
    published: '',
    jobId: '',
    sort: 'updatedAt,desc',
    marketplaces: [],
    jobs: [],
    // the rows chosen for publishing, by staged id (kept across pages): {id, label}
    selected: {},
    publishing: false,
    publishError: null,
    results: null,
    // the open staged product
    staged: null,
    stagedError: null,
    jobNames: {},
    catalogProductId: null,
    catalogLookupFailed: false,
    overridePrice: '',
    overrideName: '',
    overrideDescription: '',
    overrideQuantity: '',
    publishOneErrors: {},
    publishOneError: null,
    publishOneOutcome: null,
    publishingOne: false,
    asked: 0,

    init() {
        this.load();
        this.loadChoices();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },

    async loadChoices() {
        try {
            const [marketplaces, jobs] = await Promise.all([
                call('GET', '/vendor/marketplaces'),
                call('GET', '/vendor/marketplace/jobs', { query: { size: 20 } }),
            ]);
            this.marketplaces = marketplaces.marketplaces;
            this.jobs = jobs.content;
        } catch (e) {
            this.error = 'The filters could not be loaded: ' + messageOf(e);
        }
    },
    get languages() {
        const all = new Set();
        this.marketplaces.forEach(m => m.languages.forEach(l => all.add(l)));
        return [...all].sort();
    },
    languageLabel(code) { return LANGUAGE_NAMES[code] ? LANGUAGE_NAMES[code] + ' (' + code + ')' : code; },
    jobLabel(job) { return job.marketplace + ' · ' + job.language + ' · ' + formatDate(job.createdAt); },

    filter() {
        this.page = 0;
        return this.load();
    },
    clearFilters() {
        this.query = '';
        this.marketplace = '';
        this.language = '';
        this.brand = '';
        this.published = '';
        this.jobId = '';
        return this.filter();
    },

    // --- the list
    href(p) { return '#/staging?id=' + p.id; },
    titleOf(p) { return p.title || p.externalId; },
    languagesOf(p) { return p.languages && p.languages.length ? p.languages.join(', ') : '—'; },
    priceOf(p) { return p.price === null || p.price === undefined ? '—' : money(p.price) + ' ' + (p.currency || ''); },
    quantityOf(p) { return p.quantity === null || p.quantity === undefined ? '—' : String(p.quantity); },
    stateOf(p) { return p.published ? 'Published' : 'Staged'; },
    stateClass(p) { return p.published ? 'badge badge-ok' : 'badge badge-info'; },
    get noneStaged() {
        return this.empty && !this.query && !this.marketplace && !this.language && !this.brand && !this.published
            && !this.jobId;
    },
    get noneMatch() { return this.empty && !this.noneStaged; },

    // --- publishing many
    get canPublish() { return this.can('products.create'); },
    isSelected(p) { return Object.prototype.hasOwnProperty.call(this.selected, p.id); },
    toggle(p) {
        const selected = { ...this.selected };
        if (selected[p.id]) delete selected[p.id];
        else selected[p.id] = { id: p.id, label: this.titleOf(p) + ' (' + p.externalId + ')' };
        this.selected = selected;
    },
    selectLabel(p) {
        return (p.published ? 'Already published: ' : 'Select ') + this.titleOf(p) + ' (' + p.externalId + ')';
    },
    get pageSelectable() { return this.items.filter(p => !p.published); },
    get pageAllSelected() {
        return this.pageSelectable.length > 0 && this.pageSelectable.every(p => this.isSelected(p));
    },
    togglePage() {
        const selected = { ...this.selected };
        const all = this.pageAllSelected;
        this.pageSelectable.forEach(p => {
            if (all) delete selected[p.id];
            else selected[p.id] = { id: p.id, label: this.titleOf(p) + ' (' + p.externalId + ')' };
        });
        this.selected = selected;
    },
    get selectedCount() { return Object.keys(this.selected).length; },
    get noneSelected() { return this.selectedCount === 0; },
    get selectionNote() {
        const n = this.selectedCount;
        return n === 0 ? 'Choose staged products with the boxes in the table to publish them together.'
            : n + (n === 1 ? ' product' : ' products') + ' selected (on any page).';
    },
    get publishSelectedLabel() {
        return this.publishing ? 'Publishing…' : 'Publish ' + this.selectedCount + ' selected';
    },
    clearSelection() { this.selected = {}; },
    async publishSelected() {
        const chosen = Object.values(this.selected);
        if (chosen.length === 0) return;
        this.publishing = true;
        this.publishError = null;
        try {
            const answer = await call('POST', '/vendor/marketplace/products/publish',
                { body: { ids: chosen.map(c => c.id) } });
            const labels = Object.fromEntries(chosen.map(c => [c.id, c.label]));
            this.results = {
                summary: answer.published + ' published, ' + answer.alreadyPublished + ' already published, '
                    + answer.notFound + ' not found, ' + answer.failed + ' failed.',
                rows: answer.results.map(r => ({ ...r, label: labels[r.id] || r.id })),
            };
            this.selected = {};
            await this.load();
            if (this.staged) await this.reloadStaged();
            this.$nextTick(() => { const h = document.getElementById('staging-results-heading'); if (h) h.focus(); });
        } catch (e) {
            this.publishError = messageOf(e);
        } finally {
            this.publishing = false;
        }
    },
    get hasResults() { return this.results !== null; },
    closeResults() { this.results = null; },
    outcomeLabel(r) { return (OUTCOMES[r.outcome] || { label: r.outcome }).label; },
    outcomeClass(r) { return (OUTCOMES[r.outcome] || { badge: 'badge badge-info' }).badge; },
    resultReason(r) {
        if (r.outcome === 'PUBLISHED') return '—';
        return (r.message || '') + (r.errorCode ? ' (' + r.errorCode + ')' : '');
    },
    hasProduct(r) { return Boolean(r.productId); },
    noProduct(r) { return !r.productId; },
    catalogHref(productId) { return '#/catalog?id=' + productId; },
    resultCatalogHref(r) { return this.catalogHref(r.productId); },
    resultCatalogLabel(r) { return 'Catalog product of ' + r.label; },

    // --- a staged product
    async openFromRoute() {
        if (this.route !== 'staging') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        const asking = ++this.asked;
        this.stagedError = null;
        if (!id) {
            this.staged = null;
            return;
        }
        try {
            const staged = await call('GET', '/vendor/marketplace/products/' + encodeURIComponent(id));
            if (asking !== this.asked) return;
            this.showStaged(staged);
            this.$nextTick(() => { const h = document.getElementById('staged-heading'); if (h) h.focus(); });
        } catch (e) {
            if (asking !== this.asked) return;
            this.staged = null;
            this.stagedError = e.status === 404 || e.status === 400 ? NOT_FOUND : messageOf(e);
        }
    },
    async reloadStaged() {
        try {
            this.showStaged(await call('GET', '/vendor/marketplace/products/' + this.staged.id), true);
        } catch (e) {
            this.stagedError = messageOf(e);
        }
    },
    showStaged(staged, keepForm) {
        const same = this.staged !== null && this.staged.id === staged.id;
        this.staged = staged;
        if (!same) {
            this.catalogProductId = null;
            this.catalogLookupFailed = false;
        }
        if (!keepForm || !same) {
            this.overridePrice = '';
            this.overrideName = '';
            this.overrideDescription = '';
            this.overrideQuantity = '';
            this.publishOneErrors = {};
            this.publishOneError = null;
            this.publishOneOutcome = null;
        }
        this.loadJobNames(staged);
        if (staged.published && this.catalogProductId === null) this.findCatalogProduct(staged);
    },
    /** The imports a staged product names (first, latest, its changes), as marketplace, language and date. */
    async loadJobNames(staged) {
        const ids = new Set([staged.firstJobId, staged.lastJobId].concat((staged.lastChanges || []).map(c => c.jobId))
            .filter(id => id && !this.jobNames[id]));
        for (const id of ids) {
            try {
                const job = await call('GET', '/vendor/marketplace/jobs/' + id);
                this.jobNames = { ...this.jobNames, [id]: this.jobLabel(job) };
            } catch (e) {
                // the id is shown instead
            }
        }
    },
    jobName(id) { return id ? (this.jobNames[id] || id) : '—'; },
    /** The catalog product a published staged product became: its SKU is the feed's id, its source this product. */
    async findCatalogProduct(staged) {
        if (!this.can('products.view')) return;
        try {
            const page = await call('GET', '/vendor/products', { query: { search: staged.externalId, size: 50 } });
            const product = page.content.find(p => p.source && p.source.marketplaceProductId === staged.id);
            if (this.staged && this.staged.id === staged.id) {
                this.catalogProductId = product ? product.id : null;
                this.catalogLookupFailed = !product;
            }
        } catch (e) {
            this.catalogLookupFailed = true;
        }
    },
    closeStaged() { navigate('staging'); },
    get hasStaged() { return this.staged !== null; },
    get stagedTitle() {
        if (!this.staged) return '';
        const titles = this.staged.titles || {};
        return titles.en || Object.values(titles)[0] || this.staged.externalId;
    },
    get stagedLanguages() { return Object.keys(this.staged ? this.staged.titles || {} : {}).sort(); },
    get languageColumns() {
        return this.stagedLanguages.map(code => ({ code, label: this.languageLabel(code) }));
    },
    /** Title and description per language, side by side: one row per text, one column per language. */
    get textRows() {
        if (!this.staged) return [];
        return [['title', 'Title', this.staged.titles], ['description', 'Description', this.staged.descriptions]]
            .map(([key, label, values]) => ({
                key, label,
                cells: this.stagedLanguages.map(code => ({ code, text: textOf((values || {})[code]) })),
            }));
    },
    /** The raw values per language, side by side: every name any language has, in the first one's order. */
    get rawRows() {
        if (!this.staged) return [];
        const raw = this.staged.raw || {};
        const names = [];
        this.stagedLanguages.forEach(code => Object.keys(raw[code] || {}).forEach(n => {
            if (!names.includes(n)) names.push(n);
        }));
        return names.map(name => ({
            name,
            cells: this.stagedLanguages.map(code => ({ code, text: textOf((raw[code] || {})[name]) })),
        }));
    },
    get hasRaw() { return this.rawRows.length > 0; },
    get facts() {
        if (!this.staged) return [];
        const s = this.staged;
        return FACTS.map(([key, label]) => {
            let value = s[key];
            if ((key === 'price' || key === 'salePrice') && value !== null && value !== undefined) {
                value = money(value) + ' ' + ((key === 'price' ? s.currency : s.saleCurrency) || '');
            }
            return { key, label, text: textOf(value) };
        }).concat([{ key: 'additionalImages', label: 'Additional images', text: textOf(s.additionalImages) }]);
    },
    get attributes() {
        const attributes = this.staged ? this.staged.attributes || {} : {};
        return Object.keys(attributes).sort().map(name => ({ name, text: textOf(attributes[name]) }));
    },
    get noAttributes() { return this.attributes.length === 0; },
    get changes() {
        if (!this.staged) return [];
        return (this.staged.lastChanges || []).map((c, i) => ({
            key: i + ':' + c.field + ':' + (c.language || ''),
            field: c.field.startsWith('attributes.') ? 'Attribute ' + c.field.slice('attributes.'.length)
                : (FIELD_LABELS[c.field] || c.field),
            language: c.language ? this.languageLabel(c.language) : '—',
            from: this.changeValue(c, c.from),
            to: this.changeValue(c, c.to),
            job: c.jobId,
        }));
    },
    changeValue(change, value) {
        return (change.field === 'price' || change.field === 'salePrice') && typeof value === 'number'
            ? money(value) : textOf(value);
    },
    get noChanges() { return this.staged !== null && this.changes.length === 0; },
    get stagedState() { return this.staged && this.staged.published ? 'Published' : 'Staged, not published'; },
    get stagedStateClass() { return this.staged && this.staged.published ? 'badge badge-ok' : 'badge badge-info'; },
    get isPublished() { return this.staged !== null && this.staged.published; },
    get hasCatalogProduct() { return this.catalogProductId !== null; },
    get stagedCatalogHref() { return this.catalogHref(this.catalogProductId); },
    get catalogNote() {
        return this.catalogLookupFailed
            ? 'Published; its catalog product could not be found (it may have been given another SKU).'
            : 'Published; looking up its catalog product…';
    },
    get showCatalogNote() { return this.isPublished && !this.hasCatalogProduct && this.can('products.view'); },
    get canPublishThis() { return this.canPublish && this.staged !== null && !this.staged.published; },
    get defaultPrice() { return this.staged && this.staged.price !== null ? String(this.staged.price) : ''; },
    get defaultName() { return this.stagedTitle; },
    get defaultQuantity() {
        return this.staged && this.staged.quantity !== null && this.staged.quantity !== undefined
            ? String(this.staged.quantity) : '';
    },
    publishFieldError(name) { return this.publishOneErrors[name] || ''; },
    publishInvalid(name) { return this.publishOneErrors[name] ? 'true' : 'false'; },
    get publishOneLabel() { return this.publishingOne ? 'Publishing…' : 'Publish to the catalog'; },
    async publishOne() {
        const body = {};
        const errors = {};
        if (this.overridePrice !== '') {
            const price = Number(this.overridePrice);
            if (!isFinite(price) || price < 0) errors.price = 'Enter a price of 0 or more, such as 12.50.';
            else body.price = price;
        }
        if (this.overrideName.trim() !== '') body.name = this.overrideName.trim();
        if (this.overrideDescription.trim() !== '') body.description = this.overrideDescription;
        if (this.overrideQuantity !== '') {
            const quantity = Number(this.overrideQuantity);
            if (!Number.isInteger(quantity) || quantity < 0) errors.initialQuantity = 'Enter a whole number of 0 or more.';
            else body.initialQuantity = quantity;
        }
        this.publishOneErrors = errors;
        this.publishOneError = null;
        this.publishOneOutcome = null;
        if (Object.keys(errors).length) return;
        this.publishingOne = true;
        const staged = this.staged;
        try {
            const product = await call('POST', '/vendor/products/from-import/' + staged.id, { body });
            this.catalogProductId = product.id;
            this.catalogLookupFailed = false;
            this.publishOneOutcome = 'Published as catalog product ' + (product.sku || product.id) + '.';
            await Promise.all([this.reloadStaged(), this.load()]);
        } catch (e) {
            this.publishOneErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.publishOneError = messageOf(e);
        } finally {
            this.publishingOne = false;
        }
    },
    formatDate,
}));
