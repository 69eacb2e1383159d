// Forgotten passwords and first passwords of platform accounts (ADR 0036), for both web apps: the "Forgot password?"
// form beside the sign-in form, and the vendor portal's pages that mailed links open (#/reset-password?token=...,
// #/activate?token=...). None of these calls sends a session token: the address or the mailed token is the credential.
import { ApiError } from './api.js';
import { navigate } from './shell.js';
import { messageOf } from './ui.js';

async function post(path, body) {
    const response = await fetch('/api/v1' + path, { method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(body), credentials: 'omit' });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
}

function focus(id) {
    const element = document.getElementById(id);
    if (element) element.focus();
}

/**
 * The request for a reset link, in place of the sign-in form (the root component's `email` fills it in). It always
 * says the same once sent: whether the address has an account is not told.
 */
export function forgotPassword() {
    return {
        forgotOpen: false,
        forgotEmail: '',
        forgotSending: false,
        forgotSentTo: null,
        forgotErrors: {},
        forgotProblem: null,

        get signInShown() { return !this.forgotOpen; },
        get forgotSent() { return this.forgotSentTo !== null; },
        get forgotFormShown() { return this.forgotOpen && this.forgotSentTo === null; },
        get forgotSentText() {
            return 'If an account exists for ' + this.forgotSentTo + ', we sent a link to set a new password to it. '
                + 'The link works for an hour, once.';
        },
        get forgotLabel() { return this.forgotSending ? 'Sending…' : 'Send me a link'; },
        forgotFieldError(name) { return this.forgotErrors[name] || ''; },
        forgotInvalid(name) { return this.forgotErrors[name] ? 'true' : 'false'; },

        openForgot() {
            this.forgotOpen = true;
            this.forgotSentTo = null;
            this.forgotErrors = {};
            this.forgotProblem = null;
            this.forgotEmail = (this.email || '').trim();
            this.$nextTick(() => focus('forgot-title'));
        },
        closeForgot() {
            this.forgotOpen = false;
            this.$nextTick(() => focus('login-title'));
        },
        async requestReset() {
            this.forgotErrors = {};
            this.forgotProblem = null;
            const email = this.forgotEmail.trim();
            if (!email) {
                this.forgotErrors = { email: 'Enter the email address of your account.' };
                return;
            }
            this.forgotSending = true;
            try {
                await post('/auth/password-reset', { email });
                this.forgotSentTo = email;
                this.$nextTick(() => focus('forgot-sent'));
            } catch (e) {
                this.forgotErrors = e instanceof ApiError ? e.fieldErrors() : {};
                this.forgotProblem = e instanceof ApiError && e.errors.length ? null : messageOf(e);
            } finally {
                this.forgotSending = false;
            }
        },
    };
}

/**
 * The page a mailed link opens to set a password: a new one (route `reset-password`) or an owner's first one (route
 * `activate`). The token comes from the link's fragment; the root component's `route` and `params` say which.
 */
export function setPasswordPage() {
    return {
        newPassword: '',
        newPasswordAgain: '',
        saving: false,
        saved: false,
        linkInvalid: false,
        setErrors: {},
        setProblem: null,

        get activating() { return this.route === 'activate'; },
        get setTitle() { return this.activating ? 'Activate your account' : 'Set a new password'; },
        get setIntro() {
            return this.activating
                ? 'Choose the password of your new team account (10 characters or more).'
                : 'Choose a new password (10 characters or more). Every session of your account ends with the old one.';
        },
        get setLabel() { return this.saving ? 'Saving…' : 'Set the password'; },
        get savedText() {
            return this.activating ? 'Your account is active. Sign in with your email and the password you chose.'
                : 'Your password is set. Sign in with it.';
        },
        get setFormShown() { return !this.saved && !this.linkInvalid && this.hasToken; },
        get hasToken() { return Boolean(this.params.token); },
        get invalidShown() { return this.linkInvalid || !this.hasToken; },
        get invalidText() {
            return this.activating
                ? 'This activation link is invalid, expired or already used. Ask the platform admin for a new one.'
                : 'This link is invalid, expired or already used. Ask for a new one from the sign-in page.';
        },
        setFieldError(name) { return this.setErrors[name] || ''; },
        setInvalid(name) { return this.setErrors[name] ? 'true' : 'false'; },

        async setPassword() {
            this.setErrors = {};
            this.setProblem = null;
            if (!this.newPassword) this.setErrors.password = 'Choose a password of at least 10 characters.';
            else if (this.newPassword !== this.newPasswordAgain) this.setErrors.passwordAgain = 'The two passwords differ.';
            if (Object.keys(this.setErrors).length) return;
            this.saving = true;
            const token = this.params.token;
            try {
                if (this.activating) {
                    await post('/auth/activation/' + encodeURIComponent(token), { password: this.newPassword });
                } else {
                    await post('/auth/password-reset/confirm', { token, password: this.newPassword });
                }
                this.newPassword = '';
                this.newPasswordAgain = '';
                this.saved = true;
                this.$nextTick(() => focus('set-password-done'));
            } catch (e) {
                if (e instanceof ApiError && ['RESET_TOKEN_INVALID', 'ACTIVATION_NOT_FOUND'].includes(e.errorCode)) {
                    this.linkInvalid = true;
                } else {
                    this.setErrors = e instanceof ApiError ? e.fieldErrors() : {};
                    this.setProblem = e instanceof ApiError && e.errors.length ? null : messageOf(e);
                }
            } finally {
                this.saving = false;
            }
        },
        /** To the sign-in form (signed out: the shell shows it at the empty route). */
        toSignIn() { navigate(''); },
    };
}
