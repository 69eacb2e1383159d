// The shell both web apps share: hash routes, the message line, the confirmation dialog, the phone-width menu,
// focus on the page heading after navigation, the sign-in form's state and errors.
import { ApiError } from './api.js';
import { formatDate, messageOf } from './ui.js';

/** The route in the location's hash (`#/name?key=value`): one of `names`, else `fallback`, with its parameters. */
export function parseHash(names, fallback) {
    const hash = location.hash.replace(/^#\/?/, '');
    const [name, query] = hash.split('?');
    return { name: names.includes(name) ? name : fallback, params: Object.fromEntries(new URLSearchParams(query || '')) };
}

export function navigate(name, params) {
    const query = new URLSearchParams(params || {}).toString();
    location.hash = '#/' + name + (query ? '?' + query : '');
}

/** The shell's state and behaviour, composed into an app's root component (`compose(shell(), {...})`). */
export function shell() {
    return {
        notice: null,
        noticeKind: 'info',
        loginErrors: {},
        loginError: null,
        signingIn: false,
        confirmMessage: '',
        confirmAction: null,
        menuOpen: false,

        focusMain() {
            this.$nextTick(() => {
                const heading = document.querySelector('main h1');
                if (heading) heading.focus();
            });
        },

        showNotice(message, kind) {
            this.notice = message;
            this.noticeKind = kind || 'info';
        },
        dismissNotice() { this.notice = null; },
        get noticeClass() { return 'notice notice-' + this.noticeKind; },
        get navClass() { return this.menuOpen ? 'nav open' : 'nav'; },
        get signInLabel() { return this.signingIn ? 'Signing in…' : 'Sign in'; },

        fieldError(name) { return this.loginErrors[name] || ''; },
        loginInvalid(name) { return this.loginErrors[name] ? 'true' : 'false'; },
        /** Shows why a sign-in failed: next to the fields the problem names, or as one message. */
        signInFailed(e) {
            if (e instanceof ApiError) {
                this.loginErrors = e.fieldErrors();
                this.loginError = e.errors.length ? null : e.message;
            } else {
                this.loginError = messageOf(e);
            }
        },

        toggleMenu() { this.menuOpen = !this.menuOpen; },

        /** Asks before a destructive action; `action` runs on "Confirm". */
        confirm(message, action) {
            this.confirmMessage = message;
            this.confirmAction = action;
            this.$refs.confirmDialog.showModal();
        },
        async confirmed() {
            const action = this.confirmAction;
            this.$refs.confirmDialog.close();
            this.confirmAction = null;
            if (action) await action();
        },
        cancelled() {
            this.$refs.confirmDialog.close();
            this.confirmAction = null;
        },
        formatDate,
        /** The value, or a dash where there is none. */
        orDash(value) { return value || '—'; },
    };
}
