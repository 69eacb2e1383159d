// What the web apps' pages share beyond the API client: dates, error messages, server-side paging, downloads.
import { ApiError } from './api.js';

export function formatDate(value) {
    if (!value) return '—';
    const date = new Date(value);
    return isNaN(date) ? String(value) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

export function messageOf(error) {
    if (error instanceof ApiError) return error.message + (error.errorCode ? ' (' + error.errorCode + ')' : '');
    return 'The platform could not be reached: ' + (error && error.message ? error.message : error);
}

/**
 * Server-side paging shared by the list pages: `page`, `size`, `totalElements`, `totalPages`, `load()`. Loads can
 * overlap (a search typed while an action reloads the list): only the answer to the latest one is shown.
 */
export function pagedList(fetchPage) {
    let latest = 0;
    return {
        items: [],
        page: 0,
        size: 20,
        totalElements: 0,
        totalPages: 0,
        loading: false,
        loaded: false,
        error: null,
        async load() {
            const mine = ++latest;
            this.loading = true;
            this.error = null;
            try {
                const answer = await fetchPage.call(this);
                if (mine !== latest) return;
                this.items = answer.content;
                this.totalElements = answer.page.totalElements;
                this.totalPages = answer.page.totalPages;
                if (this.page > 0 && this.page >= this.totalPages) {
                    this.page = Math.max(0, this.totalPages - 1);
                    if (this.totalPages > 0) return this.load();
                }
            } catch (e) {
                if (mine === latest) this.error = messageOf(e);
            } finally {
                if (mine === latest) {
                    this.loading = false;
                    this.loaded = true;
                }
            }
        },
        search() {
            this.page = 0;
            return this.load();
        },
        previous() {
            if (this.page > 0) { this.page--; this.load(); }
        },
        next() {
            if (this.page + 1 < this.totalPages) { this.page++; this.load(); }
        },
        get hasPrevious() { return this.page > 0; },
        get hasNext() { return this.page + 1 < this.totalPages; },
        get pageLabel() {
            return this.totalPages === 0 ? 'No results'
                : 'Page ' + (this.page + 1) + ' of ' + this.totalPages + ' (' + this.totalElements + ' in all)';
        },
        get empty() { return this.loaded && !this.loading && !this.error && this.items.length === 0; },
        get hasItems() { return this.items.length > 0; },
    };
}

/** Merges objects keeping their getters (a spread would read each getter once and keep the value). */
export function compose(...parts) {
    const target = {};
    for (const part of parts) Object.defineProperties(target, Object.getOwnPropertyDescriptors(part));
    return target;
}

export function yesNoAny(value) {
    return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** Saves a Blob as a file through a temporary object URL (the token stays in the request header). */
export function saveBlob(blob, filename) {
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
