// Payments: which payment methods the shop offers and which one checkout proposes first, the bank account that bank
// transfers go to, and whether card payments through Stripe are available (GET /vendor/payments/settings with
// orders.view; PUT with settings.edit). Card payments need the connected Stripe account that the platform's team
// links to the shop: the page shows it read-only. The API's field errors show next to their field (an IBAN that is
// not one, a holder missing while bank transfer is offered). A platform without payments (404 or 501) shows a
// sentence saying so. No secret is ever part of these settings.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { messageOf } from '/shared/js/ui.js';
import { call } from '../api.js';

const METHODS = [
    { value: 'CARD', label: 'Card (through Stripe)', flag: 'offerCard' },
    { value: 'BANK_TRANSFER', label: 'Bank transfer', flag: 'offerBank' },
    { value: 'CASH_ON_DELIVERY', label: 'Cash on delivery', flag: 'offerCash' },
];

/** The API's field names for the form's fields (its problem details name these). */
const API_FIELDS = {
    methods: 'methods', defaultMethod: 'defaultMethod', accountHolder: 'bankTransfer.accountHolder',
    iban: 'bankTransfer.iban', bic: 'bankTransfer.bic',
};

Alpine.data('paymentSettingsPage', () => ({
    loading: false,
    loadError: null,
    unavailable: false,
    settings: null,
    offerCard: false,
    offerBank: false,
    offerCash: false,
    defaultMethod: '',
    accountHolder: '',
    iban: '',
    bic: '',
    saving: false,
    errors: {},
    saveError: null,
    saved: null,

    async init() {
        this.loading = true;
        try {
            this.show(await call('GET', '/vendor/payments/settings'));
        } catch (e) {
            if (e && (e.status === 404 || e.status === 501)) this.unavailable = true;
            else this.loadError = 'The payment settings could not be loaded: ' + messageOf(e);
        } finally {
            this.loading = false;
        }
    },
    /** Shows the settings as the server has them now (after a load or a save). */
    show(settings) {
        this.settings = settings;
        const offered = settings.methods || [];
        for (const m of METHODS) this[m.flag] = offered.includes(m.value);
        this.defaultMethod = settings.defaultMethod || offered[0] || '';
        const bank = settings.bankTransfer || {};
        this.accountHolder = bank.accountHolder || '';
        this.iban = bank.iban || '';
        this.bic = bank.bic || '';
    },
    reset() {
        if (this.settings) this.show(this.settings);
        this.errors = {};
        this.saveError = null;
        this.saved = null;
    },

    get hasSettings() { return this.settings !== null; },
    get canEditPayments() { return this.can('settings.edit'); },
    get paymentsReadOnly() { return !this.canEditPayments; },
    get unavailableText() {
        return 'Payments are not available on this platform yet: its API answers no payment settings. Orders are '
            + 'taken as before.';
    },
    get notConfigured() { return this.settings !== null && !this.settings.configured; },

    // --- methods -------------------------------------------------------------------------------------------------
    get chosen() { return METHODS.filter(m => this[m.flag]).map(m => m.value); },
    get defaultOptions() { return METHODS.filter(m => this[m.flag]); },
    get noMethodChosen() { return this.chosen.length === 0; },
    isDefault(option) { return option.value === this.effectiveDefault; },
    get effectiveDefault() {
        return this.chosen.includes(this.defaultMethod) ? this.defaultMethod : (this.chosen[0] || '');
    },
    get cardAvailable() { return !!(this.settings && this.settings.card && this.settings.card.available); },
    /** Cards can be chosen only when available (an Owner may still take them off the list). */
    get cardLocked() { return !this.cardAvailable && !this.offerCard; },
    get hasConnectedAccount() { return !!(this.settings && this.settings.card && this.settings.card.connectedAccount); },
    get cardHint() {
        if (this.cardAvailable) {
            return 'Shoppers pay by card on Stripe\'s page; the money is paid out to your connected account.';
        }
        return this.hasConnectedAccount
            ? 'Not available: the platform\'s card payments are not set up yet. Ask the platform\'s team.'
            : 'Not available: card payments need a Stripe connected account, which the platform\'s team links to '
                + 'your shop. Ask them.';
    },
    get cardState() { return this.cardAvailable ? 'Available' : 'Not available'; },
    get cardStateClass() { return this.cardAvailable ? 'badge badge-ok' : 'badge badge-warn'; },
    get connectedAccount() { return this.hasConnectedAccount ? this.settings.card.connectedAccount : 'None linked'; },
    get bankRequired() { return this.offerBank; },
    get bankHint() {
        return this.offerBank
            ? 'Shown to shoppers who pay by bank transfer, with the order\'s reference. Holder and IBAN are required.'
            : 'Used only when you offer bank transfer.';
    },

    fieldError(field) { return this.errors[API_FIELDS[field] || field] || ''; },
    invalid(field) { return this.fieldError(field) ? 'true' : 'false'; },
    get saveLabel() { return this.saving ? 'Saving…' : 'Save the payment settings'; },

    async save() {
        if (!this.canEditPayments) return;
        this.errors = {};
        this.saveError = null;
        this.saved = null;
        if (this.noMethodChosen) {
            this.errors = { methods: 'Offer at least one payment method.' };
            this.saveError = 'Some fields need another value: see the messages next to them.';
            return;
        }
        this.saving = true;
        const blank = v => (v || '').trim() === '' ? null : v.trim();
        const body = {
            methods: this.chosen,
            defaultMethod: this.effectiveDefault,
            bankTransfer: { accountHolder: blank(this.accountHolder), iban: blank(this.iban), bic: blank(this.bic) },
        };
        try {
            this.show(await call('PUT', '/vendor/payments/settings', { body }));
            this.saved = 'Payment settings saved.';
        } catch (e) {
            this.errors = e.fieldErrors ? e.fieldErrors() : {};
            this.saveError = Object.keys(this.errors).length
                ? 'Some fields need another value: see the messages next to them.' : messageOf(e);
        } finally {
            this.saving = false;
        }
    },
}));
