// The vendor portal's API client: vendor-team tokens only. A 403 for want of a permission leaves the session as it is
// (the page says what is not allowed); a token another vendor's host refuses (UNAUTHORIZED_VENDOR_ACCESS: a token
// planted from elsewhere, or a host of another vendor) ends it.
import { createClient } from '/shared/js/api.js';

const client = createClient({
    storageKey: 'wizamart.vendor.session',
    tokenType: 'vendor',
    endsSession: (status, path, problem) => status === 403 && problem !== null
        && problem.errorCode === 'UNAUTHORIZED_VENDOR_ACCESS',
});

export const { session, call, logout, revoke } = client;

/**
 * Signs in as a member of the vendor with this code; without a code, the vendor of the host (its subdomain or
 * custom domain) is meant.
 */
export function login(vendorCode, email, password) {
    return client.login('/vendor/auth/login', { vendorCode: vendorCode || null, email, password },
        'This account is not a member of a vendor team.');
}

/** The vendor the page's host belongs to ({code, name}), or null on the platform's own hosts. */
export async function hostVendor() {
    const response = await fetch('/api/v1/public/host-vendor', { headers: { 'Accept': 'application/json' },
        credentials: 'omit' });
    return response.status === 200 ? response.json() : null;
}
