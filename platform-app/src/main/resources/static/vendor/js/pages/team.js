// The team page: the members with their roles and status (a member's detail at #/team?id=..., where an Owner changes
// the role or removes them), invitations (send one: the link goes by email once the platform sends mail, else it is
// shown once to pass on; the pending ones, withdraw), and the roles with their permissions (custom ones created, edited at #/team?role=...,
// deleted). What the member's role does not allow is hidden or disabled with a sentence; the server checks again.
//
// And the page that accepts an invitation (#/invitation?token=..., signed in or not): who invites, with which role,
// then a first password for a new account or the current one of an existing account.
import Alpine from '/shared/lib/alpinejs-csp/module.esm.js';
import { ApiError } from '/shared/js/api.js';
import { navigate } from '/shared/js/shell.js';
import { compose, formatDate, messageOf, pagedList } from '/shared/js/ui.js';
import { call } from '../api.js';

/** Every permission a role may hold, grouped, each with what it allows in words. */
const PERMISSION_GROUPS = [
    { group: 'Team', permissions: [
        ['team.view', 'see the team, its roles and pending invitations'],
        ['team.invite', 'invite people and withdraw invitations'],
        ['team.manage', "change members' roles and manage the roles"],
        ['team.remove', 'remove members from the team'],
    ] },
    { group: 'Products', permissions: [
        ['products.view', 'see products, staging and inventory'],
        ['products.create', 'create products and publish staged ones'],
        ['products.edit', 'edit products'],
        ['products.delete', 'delete products'],
    ] },
    { group: 'Orders', permissions: [
        ['orders.view', 'see orders and customers'],
        ['orders.create', 'create orders'],
        ['orders.edit', "change orders' status and assignment"],
    ] },
    { group: 'Imports', permissions: [
        ['imports.view', 'see imports and their errors'],
        ['imports.trigger', 'start and cancel imports'],
        ['imports.configure', 'set the feed sources'],
    ] },
    { group: 'Settings', permissions: [['settings.edit', "change the shop's settings"]] },
    { group: 'Analytics', permissions: [['analytics.view', 'see the dashboard']] },
];
const DESCRIPTIONS = new Map(PERMISSION_GROUPS.flatMap(g => g.permissions));
const GROUP_OF = new Map(PERMISSION_GROUPS.flatMap(g => g.permissions.map(([name]) => [name, g.group])));
const OWNER = 'Owner';
/** The default roles from the most to the least allowed (the API lists them by name). */
const DEFAULT_ORDER = [OWNER, 'Manager', 'Editor', 'Viewer'];

function rank(role) {
    const index = role.system ? DEFAULT_ORDER.indexOf(role.name) : -1;
    return index === -1 ? DEFAULT_ORDER.length : index;
}

/** "products.edit — edit products" (a permission the portal does not know yet: its name alone). */
export function permissionText(name) {
    const description = DESCRIPTIONS.get(name);
    return description ? name + ' — ' + description : name;
}

/** A role's permissions by group, in the catalogue's order: [{group, items: [{name, text}]}]. */
function grouped(permissions) {
    const held = new Set(permissions);
    const groups = PERMISSION_GROUPS.map(g => ({
        group: g.group,
        items: g.permissions.filter(([name]) => held.has(name)).map(([name]) => ({ name, text: permissionText(name) })),
    })).filter(g => g.items.length > 0);
    const unknown = permissions.filter(p => !GROUP_OF.has(p));
    if (unknown.length) groups.push({ group: 'Other', items: unknown.map(name => ({ name, text: name })) });
    return groups;
}

function fullName(person) {
    return ((person.firstName || '') + ' ' + (person.lastName || '')).trim();
}

function notFound(e) {
    return e instanceof ApiError && (e.status === 404 || e.status === 400);
}

Alpine.data('teamPage', () => compose(pagedList(function () {
        return call('GET', '/vendor/team/members', { query: { page: this.page, size: this.size, sort: this.sort } });
    }), {
    sort: 'joinedAt,asc',
    roles: [],
    rolesLoading: false,
    rolesError: null,
    invitations: [],
    invitationsLoading: false,
    invitationsLoaded: false,
    invitationsError: null,

    inviteEmail: '',
    inviteRole: '',
    inviting: false,
    inviteErrors: {},
    inviteError: null,
    issued: null,
    copyStatus: '',

    member: null,
    memberError: null,
    memberRole: '',
    memberSaving: false,
    memberErrors: {},
    memberProblem: null,
    memberOutcome: null,

    roleFormOpen: false,
    roleId: null,
    roleFormName: '',
    rolePermissions: [],
    roleSaving: false,
    roleErrors: {},
    roleProblem: null,
    roleLoadError: null,
    roleOutcome: null,
    asked: 0,

    init() {
        this.load();
        this.loadRoles();
        this.loadInvitations();
        this.openFromRoute();
        this.$watch('params', () => this.openFromRoute());
    },

    // --- what the member's role allows ------------------------------------------------------------------------
    get canInvite() { return this.can('team.invite'); },
    get canManage() { return this.can('team.manage'); },
    get canRemove() { return this.can('team.remove'); },
    get readOnly() { return !this.canInvite && !this.canManage && !this.canRemove; },
    get isOwner() { return this.me !== null && this.me.role === OWNER; },
    /** Whether the member may give this role: only an Owner gives Owner; nobody gives what they do not hold. */
    mayGrant(role) {
        if (this.isOwner) return true;
        return role.name !== OWNER && role.permissions.every(p => this.me.permissions.includes(p));
    },
    get grantableRoles() { return this.roles.filter(r => this.mayGrant(r)); },
    roleKey(role) { return role.id; },

    // --- members ----------------------------------------------------------------------------------------------
    href(member) { return '#/team?id=' + member.id; },
    nameOf(member) { return fullName(member) || member.email; },
    isSelf(member) { return this.me !== null && member.userId === this.me.member.id; },
    selfNote(member) { return this.isSelf(member) ? '(you)' : ''; },
    statusText(member) {
        if (!member.userActive) return 'Account deactivated';
        return member.status === 'ACTIVE' ? 'Active' : 'Suspended';
    },
    statusClass(member) {
        if (!member.userActive) return 'badge badge-bad';
        return member.status === 'ACTIVE' ? 'badge badge-ok' : 'badge badge-warn';
    },
    manageLabel(member) { return 'Open ' + this.nameOf(member); },
    changeSort() { return this.search(); },

    /**
     * Opens what the address names. Each opening counts: an answer that arrives after the address moved on (from
     * member A to member B, from role A to role B) is dropped, so nothing of A is ever shown or saved under B's
     * address.
     */
    async openFromRoute() {
        if (this.route !== 'team') return; // the address moved on to another page, which this one is leaving
        const id = this.params.id;
        const role = this.params.role;
        const asking = ++this.asked;
        this.memberError = null;
        this.roleLoadError = null;
        // another member's detail (or none) is not left on screen while this one loads
        if (!id || (this.member !== null && this.member.id !== id)) this.member = null;
        if (role) {
            await this.openRole(role, asking);
        } else if (this.roleId !== null) {
            this.closeRoleForm();
        }
        if (!id || asking !== this.asked) return;
        try {
            const member = await call('GET', '/vendor/team/members/' + encodeURIComponent(id));
            if (asking !== this.asked) return;
            this.showMember(member);
            this.$nextTick(() => { const h = document.getElementById('member-heading'); if (h) h.focus(); });
        } catch (e) {
            if (asking !== this.asked) return;
            this.member = null;
            this.memberError = notFound(e)
                ? 'Member not found. They may belong to another shop, or the link is wrong.' : messageOf(e);
        }
    },
    showMember(member) {
        this.member = member;
        this.memberRole = member.role;
        this.memberErrors = {};
        this.memberProblem = null;
    },
    closeMember() {
        this.memberOutcome = null;
        navigate('team');
    },
    get hasMember() { return this.member !== null; },
    get memberIsOwner() { return this.member !== null && this.member.role === OWNER; },
    /** Why the member's role cannot be changed or they cannot be removed here, or '' when it can. */
    get memberLockedReason() {
        if (!this.canManage && !this.canRemove) {
            return 'Your role can see team members but not change their roles or remove them.';
        }
        if (this.memberIsOwner && !this.isOwner) return 'Only an Owner may change or remove an Owner.';
        return '';
    },
    get memberLocked() { return this.memberLockedReason !== ''; },
    get canChangeMemberRole() { return this.canManage && !this.memberLocked; },
    get canRemoveMember() { return this.canRemove && !this.memberLocked; },
    get memberRoleOptions() {
        const options = this.grantableRoles.map(r => r.name);
        if (this.member && !options.includes(this.member.role)) options.unshift(this.member.role);
        return options;
    },
    memberFieldError(name) { return this.memberErrors[name] || ''; },
    memberInvalid(name) { return this.memberErrors[name] ? 'true' : 'false'; },
    get memberSaveLabel() { return this.memberSaving ? 'Saving…' : 'Change the role'; },
    async changeMemberRole() {
        this.memberSaving = true;
        this.memberErrors = {};
        this.memberProblem = null;
        this.memberOutcome = null;
        try {
            const changed = await call('PUT', '/vendor/team/members/' + this.member.id, { body: { role: this.memberRole } });
            // the address may have moved on to another member meanwhile: their detail stays theirs
            if (this.member !== null && this.member.id === changed.id) this.showMember(changed);
            this.memberOutcome = this.nameOf(changed) + ' is now ' + changed.role
                + '. Their sessions ended: they sign in again to work with the new role.';
            await this.load();
        } catch (e) {
            this.memberErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.memberProblem = messageOf(e);
        } finally {
            this.memberSaving = false;
        }
    },
    removeMember() {
        const member = this.member;
        this.confirm('Remove ' + this.nameOf(member) + ' (' + member.email + ') from the team? Their sessions end at '
            + 'once; their account stays.', async () => {
            this.memberProblem = null;
            try {
                await call('DELETE', '/vendor/team/members/' + member.id);
                this.member = null;
                this.memberOutcome = this.nameOf(member) + ' was removed from the team.';
                navigate('team');
                await this.load();
            } catch (e) {
                this.memberProblem = messageOf(e);
            }
        });
    },

    // --- invitations ------------------------------------------------------------------------------------------
    async loadInvitations() {
        this.invitationsLoading = true;
        this.invitationsError = null;
        try {
            this.invitations = await call('GET', '/vendor/team/invitations');
        } catch (e) {
            this.invitationsError = messageOf(e);
        } finally {
            this.invitationsLoading = false;
            this.invitationsLoaded = true;
        }
    },
    get noInvitations() {
        return this.invitationsLoaded && !this.invitationsLoading && !this.invitationsError
            && this.invitations.length === 0;
    },
    get hasInvitations() { return this.invitations.length > 0; },
    get noInvitationsText() {
        return this.canInvite ? 'No pending invitations. Invite someone with the form above.' : 'No pending invitations.';
    },
    mayRevoke(invitation) {
        if (!this.canInvite) return false;
        const role = this.roles.find(r => r.name === invitation.role);
        return role === undefined ? this.isOwner : this.mayGrant(role);
    },
    cannotRevoke(invitation) { return !this.mayRevoke(invitation); },
    revokeLabel(invitation) { return 'Withdraw the invitation of ' + invitation.email; },
    inviteFieldError(name) { return this.inviteErrors[name] || ''; },
    inviteInvalid(name) { return this.inviteErrors[name] ? 'true' : 'false'; },
    get inviteLabel() { return this.inviting ? 'Inviting…' : 'Invite'; },
    async invite() {
        this.inviteErrors = {};
        this.inviteError = null;
        this.issued = null;
        this.copyStatus = '';
        if (!this.inviteEmail.trim()) this.inviteErrors.email = 'Enter the email address of the person to invite.';
        if (!this.inviteRole) this.inviteErrors.role = 'Choose the role they get.';
        if (Object.keys(this.inviteErrors).length) return;
        this.inviting = true;
        try {
            this.issued = await call('POST', '/vendor/team/invitations',
                { body: { email: this.inviteEmail.trim(), role: this.inviteRole } });
            this.inviteEmail = '';
            await this.loadInvitations();
            this.$nextTick(() => {
                const link = document.getElementById(this.issuedLinkShown ? 'invitation-link' : 'invitation-mailed');
                if (link) link.focus();
            });
        } catch (e) {
            this.inviteErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.inviteError = messageOf(e);
        } finally {
            this.inviting = false;
        }
    },
    get hasIssued() { return this.issued !== null; },
    /** The link is in the answer only while the platform sends no mail (wizamart.identity.return-links). */
    get issuedLinkShown() { return this.issued !== null && Boolean(this.issued.acceptUrl); },
    get issuedByMail() { return this.issued !== null && !this.issued.acceptUrl; },
    get issuedMailedText() {
        return this.issued ? 'We sent the invitation link to ' + this.issued.email + ' by email.' : '';
    },
    get issuedText() {
        return this.issued ? 'Invitation for ' + this.issued.email + ' as ' + this.issued.role + ' created.' : '';
    },
    get issuedExpiry() { return this.issued ? 'The link works once, until ' + formatDate(this.issued.expiresAt) + '.' : ''; },
    async copyLink() {
        const link = this.issued.acceptUrl;
        try {
            await navigator.clipboard.writeText(link);
            this.copyStatus = 'Link copied.';
        } catch (e) {
            const input = document.getElementById('invitation-link');
            input.select();
            this.copyStatus = document.execCommand('copy') ? 'Link copied.' : 'Select the link and copy it.';
        }
    },
    forgetIssued() {
        this.issued = null;
        this.copyStatus = '';
    },
    revokeInvitation(invitation) {
        this.confirm('Withdraw the invitation of ' + invitation.email + '? Its link stops working at once.', async () => {
            this.invitationsError = null;
            try {
                await call('DELETE', '/vendor/team/invitations/' + invitation.id);
                if (this.issued && this.issued.id === invitation.id) this.forgetIssued();
            } catch (e) {
                this.invitationsError = messageOf(e);
            }
            await this.loadInvitations();
        });
    },

    // --- roles ------------------------------------------------------------------------------------------------
    async loadRoles() {
        this.rolesLoading = true;
        this.rolesError = null;
        try {
            const roles = await call('GET', '/vendor/team/roles');
            this.roles = roles.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(x => x.r);
            if (!this.inviteRole || !this.grantableRoles.some(r => r.name === this.inviteRole)) {
                const viewer = this.grantableRoles.find(r => r.name === 'Viewer');
                this.inviteRole = viewer ? viewer.name : (this.grantableRoles[0] ? this.grantableRoles[0].name : '');
            }
        } catch (e) {
            this.rolesError = messageOf(e);
        } finally {
            this.rolesLoading = false;
        }
    },
    roleGroups(role) { return grouped(role.permissions); },
    roleKind(role) { return role.system ? 'default' : 'custom'; },
    roleKindClass(role) { return role.system ? 'badge badge-default-role' : 'badge badge-info'; },
    mayEditRole(role) { return this.canManage && !role.system && this.mayGrant(role); },
    roleHref(role) { return '#/team?role=' + role.id; },
    editRoleLabel(role) { return 'Edit the role ' + role.name; },
    get rolesReadOnlyNote() {
        return this.canManage ? 'The default roles stay as they are; create custom roles for what they do not fit.'
            : 'Your role can see the roles but not change them.';
    },
    openNewRole() {
        this.roleId = null;
        this.roleFormName = '';
        this.rolePermissions = [];
        this.roleErrors = {};
        this.roleProblem = null;
        this.roleOutcome = null;
        this.roleFormOpen = true;
        if (this.params.role) navigate('team');
        this.$nextTick(() => { const h = document.getElementById('role-form-title'); if (h) h.focus(); });
    },
    /** Opens the role in the form, unless the address moved on before it answers (`asking`: see openFromRoute). */
    async openRole(id, asking) {
        this.roleOutcome = null;
        // the form of another role is not left open (nor saved to that role) while this one loads
        if (this.roleId !== null && this.roleId !== id) this.closeRoleForm();
        try {
            const role = await call('GET', '/vendor/team/roles/' + encodeURIComponent(id));
            if (asking !== this.asked) return;
            if (role.system) {
                this.roleFormOpen = false;
                this.roleLoadError = 'The default role ' + role.name + ' cannot be changed.';
                return;
            }
            this.roleId = role.id;
            this.roleFormName = role.name;
            this.rolePermissions = [...role.permissions];
            this.roleErrors = {};
            this.roleProblem = null;
            this.roleFormOpen = true;
            this.$nextTick(() => { const h = document.getElementById('role-form-title'); if (h) h.focus(); });
        } catch (e) {
            if (asking !== this.asked) return;
            this.closeRoleForm();
            this.roleLoadError = notFound(e)
                ? 'Role not found. It may belong to another shop, or it was deleted.' : messageOf(e);
        }
    },
    closeRoleForm() {
        this.roleFormOpen = false;
        this.roleId = null;
        this.roleErrors = {};
        this.roleProblem = null;
    },
    cancelRole() {
        this.closeRoleForm();
        if (this.params.role) navigate('team');
    },
    get editingRole() { return this.roleId !== null; },
    get roleFormTitle() { return this.editingRole ? 'Edit the role ' + this.roleFormName : 'New role'; },
    get roleSaveLabel() { return this.roleSaving ? 'Saving…' : (this.editingRole ? 'Save the role' : 'Create the role'); },
    get permissionGroups() {
        return PERMISSION_GROUPS.map(g => ({ group: g.group, items: g.permissions.map(([name]) => ({
            name, text: permissionText(name), id: 'role-perm-' + name.replace('.', '-'),
        })) }));
    },
    /** A permission the member does not hold themselves cannot be given (Owners hold every one). */
    permissionDisabled(item) { return !this.isOwner && !this.me.permissions.includes(item.name); },
    get grantNote() {
        return this.isOwner ? '' : 'Permissions your own role does not hold cannot be given, and are disabled.';
    },
    roleFieldError(name) { return this.roleErrors[name] || ''; },
    roleInvalid(name) { return this.roleErrors[name] ? 'true' : 'false'; },
    async saveRole() {
        this.roleErrors = {};
        this.roleProblem = null;
        if (!this.roleFormName.trim()) this.roleErrors.name = 'Give the role a name.';
        if (this.rolePermissions.length === 0) this.roleErrors.permissions = 'Choose at least one permission.';
        if (Object.keys(this.roleErrors).length) return;
        this.roleSaving = true;
        const body = { name: this.roleFormName.trim(), permissions: [...this.rolePermissions] };
        const asking = this.asked;
        try {
            const saved = this.editingRole
                ? await call('PUT', '/vendor/team/roles/' + this.roleId, { body })
                : await call('POST', '/vendor/team/roles', { body });
            this.roleOutcome = this.editingRole
                ? 'Role ' + saved.name + ' saved. Its members sign in again to work with the new permissions.'
                : 'Role ' + saved.name + ' created.';
            if (asking === this.asked) { // not when the address moved on to another role meanwhile: its form stays
                this.closeRoleForm();
                if (this.params.role) navigate('team');
            }
            await this.loadRoles();
            this.load();
        } catch (e) {
            this.roleErrors = e.fieldErrors ? e.fieldErrors() : {};
            this.roleProblem = messageOf(e);
        } finally {
            this.roleSaving = false;
        }
    },
    deleteRole() {
        const id = this.roleId;
        const name = this.roleFormName;
        this.confirm('Delete the role ' + name + '? Members and pending invitations must have another role first.',
            async () => {
                this.roleProblem = null;
                try {
                    await call('DELETE', '/vendor/team/roles/' + id);
                    this.closeRoleForm();
                    this.roleOutcome = 'Role ' + name + ' deleted.';
                    navigate('team');
                    await this.loadRoles();
                } catch (e) {
                    this.roleProblem = messageOf(e);
                }
            });
    },
}));

// Accepting an invitation, signed in or not. The token comes from the address's fragment (#/invitation?token=...),
// which the browser sends to no server; the calls carry it to the API only.
Alpine.data('invitationPage', () => ({
    token: '',
    invitation: null,
    loading: false,
    invalid: false,
    loadError: null,
    /** The form the person chose, or the API sent them to ('new', 'existing'); null: none chosen yet. */
    choice: null,
    firstName: '',
    lastName: '',
    password: '',
    passwordAgain: '',
    currentPassword: '',
    accepting: false,
    errors: {},
    problem: null,
    note: null,
    accepted: null,

    init() {
        this.open();
        this.$watch('params', () => this.open());
    },
    async open() {
        if (this.route !== 'invitation') return;
        const token = this.params.token || '';
        if (token === this.token && (this.invitation || this.invalid)) return;
        this.token = token;
        this.invitation = null;
        this.invalid = false;
        this.loadError = null;
        this.accepted = null;
        this.problem = null;
        this.note = null;
        this.errors = {};
        this.choice = null;
        if (!token) {
            this.invalid = true;
            return;
        }
        this.loading = true;
        try {
            const response = await fetch('/api/v1/auth/invitations/' + encodeURIComponent(token),
                { headers: { 'Accept': 'application/json' }, credentials: 'omit' });
            if (response.status === 404) {
                this.invalid = true;
            } else if (!response.ok) {
                throw new ApiError(response.status, await response.json().catch(() => null));
            } else {
                this.invitation = await response.json();
                this.$nextTick(() => { const h = document.getElementById('invitation-title'); if (h) h.focus(); });
            }
        } catch (e) {
            this.loadError = messageOf(e);
        } finally {
            this.loading = false;
        }
    },
    get hasInvitation() { return this.invitation !== null && this.accepted === null; },
    get signedInAsInvitee() {
        return this.signedIn && this.me !== null && this.invitation !== null
            && this.me.member.email.toLowerCase() === this.invitation.email.toLowerCase();
    },
    /**
     * Which form the page offers: signed in as the invited address, the one button; else the form chosen, a new
     * account at first. Derived, not set once: the member signed in (`me`, loaded by the shell) may answer after the
     * invitation, and a session may end while the page is open.
     */
    get mode() {
        if (this.signedInAsInvitee) return 'signedIn';
        return this.choice || 'new';
    },
    get newAccount() { return this.mode === 'new'; },
    get existingAccount() { return this.mode === 'existing'; },
    get acceptSignedIn() { return this.mode === 'signedIn'; },
    get expiry() { return this.invitation ? formatDate(this.invitation.expiresAt) : ''; },
    get acceptLabel() {
        if (this.accepting) return 'Joining…';
        return this.acceptSignedIn ? 'Accept as ' + this.me.member.email : 'Join the team';
    },
    useExistingAccount() {
        this.choice = 'existing';
        this.errors = {};
        this.problem = null;
        this.$nextTick(() => { const i = document.getElementById('invitation-current-password'); if (i) i.focus(); });
    },
    useNewAccount() {
        this.choice = 'new';
        this.errors = {};
        this.problem = null;
        this.note = null;
    },
    acceptFieldError(name) { return this.errors[name] || ''; },
    invalidField(name) { return this.errors[name] ? 'true' : 'false'; },

    async accept() {
        this.errors = {};
        this.problem = null;
        const signedIn = this.acceptSignedIn;
        let body = {};
        if (this.newAccount) {
            if (!this.password) this.errors.password = 'Choose a password of at least 10 characters.';
            else if (this.password !== this.passwordAgain) this.errors.passwordAgain = 'The two passwords differ.';
            body = { password: this.password, firstName: this.firstName.trim() || null,
                lastName: this.lastName.trim() || null };
        } else if (this.existingAccount) {
            if (!this.currentPassword) this.errors.currentPassword = 'Enter the current password of your account.';
            body = { currentPassword: this.currentPassword };
        }
        if (Object.keys(this.errors).length) return;
        this.accepting = true;
        const path = '/auth/invitations/' + encodeURIComponent(this.token) + '/accept';
        try {
            if (signedIn) {
                // as the account signed in: through the API client, which sends the session's token (refreshed when
                // it expires, and none at all once the session ended)
                this.accepted = await call('POST', path, { body });
            } else {
                // with a password: no token goes with it, whoever may be signed in
                const response = await fetch('/api/v1' + path, { method: 'POST',
                    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                    body: JSON.stringify(body), credentials: 'omit' });
                if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
                this.accepted = await response.json();
            }
            this.password = '';
            this.passwordAgain = '';
            this.currentPassword = '';
            this.$nextTick(() => { const h = document.getElementById('invitation-done-title'); if (h) h.focus(); });
        } catch (e) {
            this.failed(e, signedIn);
        } finally {
            this.accepting = false;
        }
    },
    failed(e, signedIn) {
        if (e instanceof ApiError && e.errorCode === 'SIGN_IN_REQUIRED' && !this.existingAccount) {
            this.choice = 'existing';
            this.password = '';
            this.passwordAgain = '';
            this.note = this.invitation.email + ' already has a Wizamart account. Enter its current password to '
                + 'accept: your password and names stay as they are.';
            this.$nextTick(() => { const i = document.getElementById('invitation-current-password'); if (i) i.focus(); });
        } else if (signedIn && e instanceof ApiError && e.status === 401) {
            // the session ended (signed out, or its token could not be refreshed): the account accepts with its
            // password instead
            this.choice = 'existing';
            this.note = 'You are no longer signed in. Enter the current password of ' + this.invitation.email
                + ' to accept.';
            this.$nextTick(() => { const i = document.getElementById('invitation-current-password'); if (i) i.focus(); });
        } else if (e instanceof ApiError && e.errorCode === 'INVALID_CREDENTIALS') {
            this.errors = { currentPassword: 'This is not the password of ' + this.invitation.email + '.' };
        } else if (e instanceof ApiError && e.status === 404) {
            this.invitation = null;
            this.invalid = true;
        } else {
            this.errors = e.fieldErrors ? e.fieldErrors() : {};
            this.problem = messageOf(e);
        }
    },

    get done() { return this.accepted !== null; },
    get doneText() {
        return this.accepted ? 'You joined ' + this.invitation.vendorName + ' as ' + this.accepted.role + '.' : '';
    },
    get vendorCodeNote() { return this.invitation ? this.invitation.vendorCode : ''; },
    /** Signed out: to the sign-in form with the vendor code and the email filled in. */
    goSignIn() {
        this.vendorCode = this.invitation.vendorCode;
        this.email = this.invitation.email;
        navigate('');
    },
    /** Signed in already: back to the portal, which now offers the new team in the vendor switch. */
    async backToPortal() {
        navigate('');
        await this.loadMe();
    },
}));
