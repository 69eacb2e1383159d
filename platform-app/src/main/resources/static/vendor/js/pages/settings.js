// Settings: the vendor's business details and theme (GET/PUT /vendor/settings; changing them needs settings.edit) with
// a live preview of the colours, and the feed sources per marketplace and language (GET/PUT
// /vendor/marketplace/feed-sources; reading and changing them needs imports.configure). Every member opens the page;
// what the role may not change is shown read-only with the reason. The vendor is always the signed-in one: the page
// takes no vendor from the address. The preview's colours are set through Alpine's :style object binding, which
// writes CSS custom properties with CSSOM (element.style.setProperty), not a style attribute in markup: the
// Content-Security-Policy without 'unsafe-inline' allows that. The logo is not loaded (the portal loads images from
// its own origin only); its address is shown as text.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { messageOf } from '/shared/js/ui.js';
import { call } from '../api.js';

/** The platform's colours, used where the vendor chose none (as app.css draws the portal). */
const DEFAULT_PRIMARY = '#1d4ed8';
const DEFAULT_ACCENT = '#f59e0b';
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The fields of the details form, as the page keeps them, and where the API has them. */
const FIELDS = {
    name: s => s.name,
    businessEmail: s => s.businessEmail,
    businessPhone: s => s.businessPhone,
    vatNumber: s => s.vatNumber,
    street: s => s.businessAddress && s.businessAddress.street,
    postalCode: s => s.businessAddress && s.businessAddress.postalCode,
    city: s => s.businessAddress && s.businessAddress.city,
    country: s => s.businessAddress && s.businessAddress.country,
    primaryColor: s => s.theme && s.theme.primaryColor,
    accentColor: s => s.theme && s.theme.accentColor,
    logoUrl: s => s.theme && s.theme.logoUrl,
};

/** The API's field names (in its problem details) for the form's fields that differ. */
const API_FIELDS = {
    street: 'businessAddress.street', postalCode: 'businessAddress.postalCode', city: 'businessAddress.city',
    country: 'businessAddress.country', primaryColor: 'theme.primaryColor', accentColor: 'theme.accentColor',
    logoUrl: 'theme.logoUrl',
};

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
function textOn(hex) {
    const channel = i => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

function validColor(value, fallback) {
    const v = (value || '').trim();
    return COLOR.test(v) ? v.toLowerCase() : fallback;
}

Alpine.data('settingsPage', () => ({
    loading: false,
    loadError: null,
    settings: null,
    name: '',
    businessEmail: '',
    businessPhone: '',
    vatNumber: '',
    street: '',
    postalCode: '',
    city: '',
    country: '',
    primaryColor: '',
    accentColor: '',
    logoUrl: '',
    saving: false,
    errors: {},
    saveError: null,
    saved: null,

    marketplaces: [],
    sources: [],
    sourcesLoaded: false,
    sourcesError: null,
    sourceErrors: {},
    sourcesFormError: null,
    sourcesSaved: null,
    savingSources: false,

    async init() {
        this.loading = true;
        try {
            await Promise.all([this.load(), this.canConfigure ? this.loadSources() : null]);
        } finally {
            this.loading = false;
        }
    },

    // --- business details and theme -----------------------------------------------------------------------------
    async load() {
        this.loadError = null;
        try {
            this.show(await call('GET', '/vendor/settings'));
        } catch (e) {
            this.loadError = 'The settings could not be loaded: ' + messageOf(e);
        }
    },
    /** Shows the settings as the server has them now (after a load or a save). */
    show(settings) {
        this.settings = settings;
        for (const [field, read] of Object.entries(FIELDS)) this[field] = read(settings) || '';
    },
    reset() {
        if (this.settings) this.show(this.settings);
        this.errors = {};
        this.saveError = null;
        this.saved = null;
    },
    get hasSettings() { return this.settings !== null; },
    get canEditSettings() { return this.can('settings.edit'); },
    get readOnly() { return !this.canEditSettings; },
    get code() { return this.settings ? this.settings.code : ''; },
    get subdomain() { return this.settings ? this.settings.subdomain : ''; },
    get saveLabel() { return this.saving ? 'Saving…' : 'Save the settings'; },
    fieldError(field) { return this.errors[API_FIELDS[field] || field] || ''; },
    invalid(field) { return this.fieldError(field) ? 'true' : 'false'; },

    async save() {
        if (!this.canEditSettings) return;
        this.saving = true;
        this.errors = {};
        this.saveError = null;
        this.saved = null;
        const blank = v => (v || '').trim() === '' ? null : v.trim();
        const body = {
            name: this.name,
            businessEmail: this.businessEmail,
            businessPhone: blank(this.businessPhone),
            vatNumber: blank(this.vatNumber),
            businessAddress: { street: blank(this.street), postalCode: blank(this.postalCode), city: blank(this.city),
                country: blank(this.country) },
            theme: { primaryColor: blank(this.primaryColor), accentColor: blank(this.accentColor),
                logoUrl: blank(this.logoUrl) },
        };
        try {
            this.show(await call('PUT', '/vendor/settings', { body }));
            this.saved = 'Settings saved.';
            await this.loadMe(); // the top bar shows the vendor's name as the server has it now
        } catch (e) {
            this.errors = e.fieldErrors ? e.fieldErrors() : {};
            this.saveError = Object.keys(this.errors).length
                ? 'Some fields need another value: see the messages next to them.' : messageOf(e);
        } finally {
            this.saving = false;
        }
    },

    // --- the theme's preview ---------------------------------------------------------------------------------------
    get primaryShown() { return validColor(this.primaryColor, DEFAULT_PRIMARY); },
    get accentShown() { return validColor(this.accentColor, DEFAULT_ACCENT); },
    /** CSS custom properties the preview's styles read (app.css, "Settings"): set with CSSOM, never as markup. */
    get previewStyle() {
        return {
            '--preview-primary': this.primaryShown,
            '--preview-on-primary': textOn(this.primaryShown),
            '--preview-accent': this.accentShown,
            '--preview-on-accent': textOn(this.accentShown),
        };
    },
    get previewName() { return this.name.trim() || 'Your shop'; },
    get previewLogo() {
        const url = this.logoUrl.trim();
        return url ? 'Logo: ' + url : 'No logo set.';
    },
    get previewNote() {
        return 'Primary ' + this.primaryShown + ', accent ' + this.accentShown
            + (this.primaryColor.trim() && this.primaryShown !== this.primaryColor.trim().toLowerCase()
                ? ' (the primary colour typed is not #rrggbb: the default is shown)' : '')
            + (this.accentColor.trim() && this.accentShown !== this.accentColor.trim().toLowerCase()
                ? ' (the accent colour typed is not #rrggbb: the default is shown)' : '');
    },
    pickPrimary(event) { this.primaryColor = event.target.value; },
    pickAccent(event) { this.accentColor = event.target.value; },
    clearPrimary() { this.primaryColor = ''; },
    clearAccent() { this.accentColor = ''; },

    // --- feed sources ------------------------------------------------------------------------------------------------
    get canConfigure() { return this.can('imports.configure'); },
    async loadSources() {
        this.sourcesError = null;
        try {
            const [installed, stored] = await Promise.all([
                call('GET', '/vendor/marketplaces'),
                call('GET', '/vendor/marketplace/feed-sources'),
            ]);
            this.marketplaces = installed.marketplaces;
            this.sources = this.rowsOf(installed.marketplaces, stored.feedSources);
            this.sourcesLoaded = true;
        } catch (e) {
            this.sourcesError = 'The feed sources could not be loaded: ' + messageOf(e);
        }
    },
    /**
     * One row per installed marketplace and language, with the stored URL where there is one; a stored source whose
     * marketplace or language is no longer installed stays as a row of its own (sent again unchanged, it is kept).
     */
    rowsOf(marketplaces, stored) {
        const url = new Map(stored.map(s => [s.marketplace + ':' + s.language, s.url]));
        const rows = [];
        for (const m of marketplaces) {
            for (const language of m.languages) {
                rows.push(this.row(m.name, m.displayName, language, url.get(m.name + ':' + language), true));
                url.delete(m.name + ':' + language);
            }
        }
        for (const s of stored) {
            if (url.has(s.marketplace + ':' + s.language)) {
                rows.push(this.row(s.marketplace, s.marketplace, s.language, s.url, false));
            }
        }
        return rows;
    },
    row(marketplace, displayName, language, url, installed) {
        const key = marketplace + ':' + language;
        const id = 'feed-' + marketplace + '-' + language;
        return {
            key, id, marketplace, language, installed, url: url || '', errorId: id + '-error',
            label: displayName + ' feed in ' + language.toUpperCase()
                + (installed ? '' : ' (marketplace no longer installed)'),
        };
    },
    get noMarketplaces() { return this.sourcesLoaded && this.sources.length === 0; },
    setUrl(row, event) {
        row.url = event.target.value;
    },
    sourceError(row) { return this.sourceErrors[row.key] || ''; },
    sourceInvalid(row) { return this.sourceErrors[row.key] ? 'true' : 'false'; },
    get sourcesLabel() { return this.savingSources ? 'Saving…' : 'Save the feed sources'; },

    async saveSources() {
        if (!this.canConfigure) return;
        this.savingSources = true;
        this.sourceErrors = {};
        this.sourcesFormError = null;
        this.sourcesSaved = null;
        const sent = this.sources.filter(r => r.url.trim() !== '');
        try {
            const answer = await call('PUT', '/vendor/marketplace/feed-sources', {
                body: { feedSources: sent.map(r => ({ marketplace: r.marketplace, language: r.language,
                    url: r.url.trim() })) },
            });
            this.sources = this.rowsOf(this.marketplaces, answer.feedSources);
            this.sourcesSaved = answer.feedSources.length === 0 ? 'Feed sources saved: none is set.'
                : 'Feed sources saved: ' + answer.feedSources.length + ' set.';
        } catch (e) {
            // "feedSources[2].url" names the third source sent: shown next to that row's field
            const errors = {};
            const others = [];
            for (const error of (e.errors || [])) {
                const match = /^feedSources\[(\d+)\]/.exec(error.field || '');
                const row = match ? sent[Number(match[1])] : null;
                if (row) errors[row.key] = errors[row.key] ? errors[row.key] + '; ' + error.message : error.message;
                else others.push(error.message);
            }
            this.sourceErrors = errors;
            this.sourcesFormError = Object.keys(errors).length && others.length === 0
                ? 'Some feed sources need another value: see the messages next to them.'
                : messageOf(e) + (others.length ? ': ' + others.join('; ') : '');
        } finally {
            this.savingSources = false;
        }
    },
}));
