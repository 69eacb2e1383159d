// The admin app's API client: admin tokens only; a 403 ACCESS_DENIED on an admin endpoint means the token held is
// no admin's, and ends the session.
import { createClient } from '/shared/js/api.js';

const client = createClient({
    storageKey: 'wizamart.admin.session',
    tokenType: 'admin',
    endsSession: (status, path, problem) => status === 403 && path.startsWith('/admin/')
        && problem !== null && problem.errorCode === 'ACCESS_DENIED',
});

export const { session, call, logout } = client;

export function login(email, password) {
    return client.login('/admin/auth/login', { email, password }, 'This account is not a platform admin.');
}
