--liquibase formatted sql

--changeset wizamart:identity-001-users
--comment: Platform accounts (admins, vendor team members). Not vendor-owned: one user may join several vendors.
CREATE TABLE identity_users (
  id                   uuid PRIMARY KEY,
  email                varchar(320) NOT NULL,
  password_hash        varchar(255),
  first_name           varchar(100) NOT NULL DEFAULT '',
  last_name            varchar(100) NOT NULL DEFAULT '',
  platform_admin       boolean      NOT NULL DEFAULT false,
  active               boolean      NOT NULL DEFAULT true,
  must_change_password boolean      NOT NULL DEFAULT false,
  created_at           timestamptz  NOT NULL,
  updated_at           timestamptz  NOT NULL,
  last_login_at        timestamptz,
  version              bigint       NOT NULL DEFAULT 0,
  CONSTRAINT identity_users_email_lower CHECK (email = lower(email))
);
CREATE UNIQUE INDEX identity_users_email_uk ON identity_users (email);

--changeset wizamart:identity-002-team splitStatements:true
CREATE TABLE identity_roles (
  id          uuid PRIMARY KEY,
  vendor_id   uuid        NOT NULL,
  name        varchar(50) NOT NULL,
  permissions text[]      NOT NULL,
  system      boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT identity_roles_vendor_id_uk UNIQUE (vendor_id, id)
);
CREATE UNIQUE INDEX identity_roles_name_uk ON identity_roles (vendor_id, lower(name));
SELECT wizamart_enable_vendor_rls('identity_roles');

CREATE TABLE identity_memberships (
  id         uuid PRIMARY KEY,
  vendor_id  uuid        NOT NULL,
  user_id    uuid        NOT NULL REFERENCES identity_users (id),
  role_id    uuid        NOT NULL,
  status     varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at timestamptz NOT NULL,
  CONSTRAINT identity_memberships_user_uk UNIQUE (vendor_id, user_id),
  --comment: the role must belong to the same vendor
  CONSTRAINT identity_memberships_role_fk FOREIGN KEY (vendor_id, role_id) REFERENCES identity_roles (vendor_id, id)
);
CREATE INDEX identity_memberships_user_idx ON identity_memberships (user_id);
SELECT wizamart_enable_vendor_rls('identity_memberships');

CREATE TABLE identity_invitations (
  id          uuid PRIMARY KEY,
  vendor_id   uuid         NOT NULL,
  email       varchar(320) NOT NULL,
  role_id     uuid         NOT NULL,
  token_hash  char(64)     NOT NULL UNIQUE,
  invited_by  uuid,
  expires_at  timestamptz  NOT NULL,
  accepted_at timestamptz,
  created_at  timestamptz  NOT NULL,
  CONSTRAINT identity_invitations_role_fk FOREIGN KEY (vendor_id, role_id) REFERENCES identity_roles (vendor_id, id)
);
CREATE INDEX identity_invitations_vendor_idx ON identity_invitations (vendor_id, created_at DESC);
SELECT wizamart_enable_vendor_rls('identity_invitations');

--changeset wizamart:identity-003-customers
--comment: Customers belong to one vendor; the same email may register at several vendors.
CREATE TABLE identity_customers (
  id            uuid PRIMARY KEY,
  vendor_id     uuid         NOT NULL,
  email         varchar(320) NOT NULL CHECK (email = lower(email)),
  password_hash varchar(255) NOT NULL,
  first_name    varchar(100) NOT NULL,
  last_name     varchar(100) NOT NULL DEFAULT '',
  phone         varchar(50),
  active        boolean      NOT NULL DEFAULT true,
  created_at    timestamptz  NOT NULL,
  version       bigint       NOT NULL DEFAULT 0,
  CONSTRAINT identity_customers_email_uk UNIQUE (vendor_id, email)
);
SELECT wizamart_enable_vendor_rls('identity_customers');

--changeset wizamart:identity-004-credential-tokens
--comment: Opaque tokens stored as SHA-256 hashes. Security infrastructure keyed by hash, not vendor data: no RLS.
CREATE TABLE identity_refresh_tokens (
  id           uuid PRIMARY KEY,
  token_hash   char(64)    NOT NULL UNIQUE,
  family_id    uuid        NOT NULL,
  subject_type varchar(16) NOT NULL CHECK (subject_type IN ('admin', 'vendor', 'customer')),
  subject_id   uuid        NOT NULL,
  vendor_id    uuid,
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  revoked_at   timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_refresh_tokens_family_idx ON identity_refresh_tokens (family_id);
CREATE INDEX identity_refresh_tokens_subject_idx ON identity_refresh_tokens (subject_id);
CREATE INDEX identity_refresh_tokens_vendor_idx ON identity_refresh_tokens (vendor_id);

CREATE TABLE identity_activation_tokens (
  token_hash char(64)    PRIMARY KEY,
  user_id    uuid        NOT NULL REFERENCES identity_users (id),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

CREATE TABLE identity_login_attempts (
  key             varchar(500) PRIMARY KEY,
  failures        int          NOT NULL,
  window_start    timestamptz  NOT NULL,
  locked_until    timestamptz
);

--changeset wizamart:identity-005-customers-registered-idx
--comment: The vendor's customer list is read newest first by default (GET /api/v1/vendor/customers).
CREATE INDEX identity_customers_registered_idx ON identity_customers (vendor_id, created_at DESC, id);

--changeset wizamart:identity-006-credentials-version
--comment: Bumped whenever an account's password changes or the account is deactivated; access tokens carry the value
--comment: they were issued with (claim cver) and are refused for writes (and, for admins, for anything) once it moved on.
ALTER TABLE identity_users ADD COLUMN credentials_version bigint NOT NULL DEFAULT 0;

--changeset wizamart:identity-007-customer-account
--comment: The customer's own account (ADR 0025): a preferred language (ISO 639-1, the shop's texts fall back to it when
--comment: a request names none), marketing consent with the time it last changed, and a credentials version like the
--comment: team's (ADR 0013): customer tokens carry it (cver) and are refused for writes once a password change moved it.
ALTER TABLE identity_customers
  ADD COLUMN preferred_language   varchar(2) CHECK (preferred_language ~ '^[a-z]{2}$'),
  ADD COLUMN marketing_consent    boolean     NOT NULL DEFAULT false,
  ADD COLUMN marketing_consent_at timestamptz,
  ADD COLUMN credentials_version  bigint      NOT NULL DEFAULT 0;

--changeset wizamart:identity-008-account-mail-flows splitStatements:true
--comment: Forgotten passwords and proven customer addresses (ADR 0036). Team members' (platform accounts') reset
--comment: tokens are security infrastructure keyed by hash, like activation tokens: no RLS. Customers' tokens (password
--comment: reset and email verification) belong to the shop: RLS, so a token of one shop is not even found at another.
--comment: Customers registered before count as verified (the column is filled for them, then has no default).
CREATE TABLE identity_password_reset_tokens (
  token_hash char(64)    PRIMARY KEY,
  user_id    uuid        NOT NULL REFERENCES identity_users (id),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_password_reset_tokens_user_idx ON identity_password_reset_tokens (user_id);

CREATE TABLE identity_customer_tokens (
  token_hash  char(64)    PRIMARY KEY,
  vendor_id   uuid        NOT NULL,
  customer_id uuid        NOT NULL REFERENCES identity_customers (id),
  purpose     varchar(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identity_customer_tokens_customer_idx ON identity_customer_tokens (vendor_id, customer_id, purpose);
SELECT wizamart_enable_vendor_rls('identity_customer_tokens');

ALTER TABLE identity_customers ADD COLUMN email_verified_at timestamptz DEFAULT now();
ALTER TABLE identity_customers ALTER COLUMN email_verified_at DROP DEFAULT;
