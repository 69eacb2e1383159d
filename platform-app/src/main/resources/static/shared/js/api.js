// The web apps' API client (the admin app and the vendor portal each make one): the session (tokens in memory,
// mirrored to sessionStorage under the app's own key so a reload of the tab keeps it; never in a URL), refreshing the
// access token before it expires, problem details as errors.

const REFRESH_MARGIN_MS = 60_000;

/** A failed call: the problem details of the answer (status, errorCode, detail, errors[{field, message}]). */
export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.detail || problem.title)) || ('Request failed with status ' + status));
        this.status = status;
        this.errorCode = (problem && problem.errorCode) || null;
        this.errors = (problem && Array.isArray(problem.errors)) ? problem.errors : [];
        this.requestId = (problem && problem.requestId) || null;
    }

    /** The messages per field ("owner.email" -> "must be a well-formed email address"), for forms. */
    fieldErrors() {
        const byField = {};
        for (const e of this.errors) {
            const field = e.field || '_';
            byField[field] = byField[field] ? byField[field] + '; ' + e.message : e.message;
        }
        return byField;
    }
}

/** The claims of a JWT, unverified: only to tell which kind of account the app holds (the server decides). */
export function claimsOf(token) {
    try {
        const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
        return JSON.parse(decodeURIComponent(Array.from(atob(part))
            .map(c => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
    } catch (e) {
        return {};
    }
}

class Session {
    constructor(storageKey, tokenType) {
        this.storageKey = storageKey;
        this.tokenType = tokenType;
        this.state = null;
        this.timer = null;
        this.listeners = [];
        this.refreshing = null;
        try {
            const stored = sessionStorage.getItem(this.storageKey);
            if (stored) this.state = JSON.parse(stored);
        } catch (e) {
            this.state = null;
        }
        this.schedule();
    }

    /** Called with (reason) when the session ends by itself: 'expired', 'forbidden'. */
    onEnd(listener) {
        this.listeners.push(listener);
    }

    get active() {
        return this.state !== null;
    }

    get user() {
        return this.state ? this.state.user : null;
    }

    /** Whether the held access token is of this app's kind (the API refuses any other at every call anyway). */
    get ownToken() {
        return this.state !== null && claimsOf(this.state.accessToken).typ === this.tokenType;
    }

    /** The claims of the held access token (unverified), or an empty object. */
    get claims() {
        return this.state ? claimsOf(this.state.accessToken) : {};
    }

    start(tokens, user) {
        this.state = {
            accessToken: tokens.accessToken,
            refreshToken: tokens.refreshToken,
            expiresAt: Date.now() + tokens.expiresIn * 1000,
            user: user || (this.state && this.state.user) || null,
        };
        sessionStorage.setItem(this.storageKey, JSON.stringify(this.state));
        this.schedule();
    }

    clear() {
        clearTimeout(this.timer);
        this.timer = null;
        this.state = null;
        sessionStorage.removeItem(this.storageKey);
    }

    end(reason) {
        this.clear();
        this.listeners.forEach(l => l(reason));
    }

    /** Refreshes a little before the access token expires (or at once if it already has). */
    schedule() {
        clearTimeout(this.timer);
        if (!this.state) return;
        const lifetime = this.state.expiresAt - Date.now();
        const delay = Math.max(0, Math.min(lifetime - REFRESH_MARGIN_MS, lifetime * 0.8));
        this.timer = setTimeout(() => this.refresh().catch(() => {}), delay);
    }

    /** Swaps the refresh token for a new pair; one at a time. Ends the session when refused. */
    refresh() {
        if (!this.state) return Promise.reject(new ApiError(401, null));
        if (!this.refreshing) {
            const refreshToken = this.state.refreshToken;
            this.refreshing = fetch('/api/v1/auth/refresh', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                body: JSON.stringify({ refreshToken }),
                credentials: 'omit',
            }).then(async response => {
                // signed out, or signed in anew (another vendor), while this refresh was under way: not this one's
                const current = this.state !== null && this.state.refreshToken === refreshToken;
                if (!response.ok) {
                    if (current) this.end('expired');
                    throw new ApiError(response.status, await problemOf(response));
                }
                const tokens = await response.json();
                if (current) {
                    this.start(tokens);
                } else {
                    revoke(tokens.refreshToken);
                }
            }).finally(() => { this.refreshing = null; });
        }
        return this.refreshing;
    }
}

async function problemOf(response) {
    try {
        return await response.json();
    } catch (e) {
        return null;
    }
}

function url(path, query) {
    const params = new URLSearchParams();
    Object.entries(query || {}).forEach(([k, v]) => {
        if (v !== undefined && v !== null && v !== '') params.append(k, v);
    });
    const q = params.toString();
    return '/api/v1' + path + (q ? '?' + q : '');
}

/** Revokes a refresh token (and so its session on the server); a failure leaves it to expire on its own. */
export async function revoke(refreshToken) {
    try {
        await fetch('/api/v1/auth/logout', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ refreshToken }),
            credentials: 'omit',
        });
    } catch (e) {
        // gone from this tab either way
    }
}

/**
 * An app's client.
 *
 * @param storageKey  the sessionStorage key of the app's session.
 * @param tokenType   the `typ` claim of the tokens the app works with ('admin', 'vendor').
 * @param endsSession (status, path, problem) => whether a refused call means the token cannot serve this app at all
 *                    (the session then ends as 'forbidden'); a 401 always ends it as 'expired'.
 */
export function createClient({ storageKey, tokenType, endsSession = () => false }) {
    const session = new Session(storageKey, tokenType);

    /**
     * Calls the API with the session's token. A 401 refreshes once and retries; a second 401 ends the session.
     * Answers the parsed JSON (or a Blob for `accept` other than JSON, or null for 204).
     */
    async function call(method, path, { query, body, form, accept } = {}, retried = false) {
        if (!session.state) {
            // Signed out meanwhile (say, a debounced search firing after logout): no call goes out without a token.
            throw new ApiError(401, { detail: 'You are signed out.', errorCode: 'UNAUTHENTICATED' });
        }
        if (session.state.expiresAt - Date.now() < 5_000) {
            await session.refresh();
        }
        const headers = { 'Accept': accept || 'application/json', 'Authorization': 'Bearer ' + session.state.accessToken };
        let payload;
        if (form) {
            payload = form;
        } else if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(body);
        }
        const response = await fetch(url(path, query), { method, headers, body: payload, credentials: 'omit' });
        if (response.status === 401 && session.state && !retried) {
            await session.refresh();
            return call(method, path, { query, body, form, accept }, true);
        }
        if (!response.ok) {
            const problem = await problemOf(response);
            if (response.status === 401 && session.state) session.end('expired');
            if (session.state && endsSession(response.status, path, problem)) session.end('forbidden');
            throw new ApiError(response.status, problem);
        }
        if (response.status === 204) return null;
        if (accept && accept !== 'application/json') return response.blob();
        return response.json();
    }

    /**
     * Signs in at `path` with `credentials`; a token of another kind than the app's is refused with `refusal`
     * (and never kept).
     */
    async function login(path, credentials, refusal) {
        const response = await fetch('/api/v1' + path, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(credentials),
            credentials: 'omit',
        });
        if (!response.ok) throw new ApiError(response.status, await problemOf(response));
        const answer = await response.json();
        if (claimsOf(answer.accessToken).typ !== tokenType) {
            throw new ApiError(403, { detail: refusal, errorCode: 'ACCESS_DENIED' });
        }
        session.start(answer, answer.user);
        return answer;
    }

    /** Signs out: forgets the session at once, then revokes its refresh token (after a refresh under way, if any). */
    async function logout() {
        const pending = session.refreshing;
        const refreshToken = session.state && session.state.refreshToken;
        session.clear();
        if (pending) {
            await pending.catch(() => {}); // a refresh that ends now finds the session gone and revokes its tokens
        }
        if (refreshToken) await revoke(refreshToken);
    }

    return { session, call, login, logout, revoke };
}
