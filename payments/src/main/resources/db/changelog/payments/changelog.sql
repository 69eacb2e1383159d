--liquibase formatted sql

--changeset wizamart:payments-001-vendor-settings
--comment: A vendor's payment configuration: offered methods (comma list, default first; null: the platform's
--comment: default), the account bank transfers go to, the provider's connected account card payments are paid to.
CREATE TABLE payments_vendor_settings (
  vendor_id         uuid         PRIMARY KEY,
  methods           varchar(100),
  account_holder    varchar(140),
  iban              varchar(34),
  bic               varchar(11),
  connected_account varchar(120) CHECK (connected_account ~ '^acct_[A-Za-z0-9]+$'),
  updated_at        timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX payments_vendor_settings_account_idx ON payments_vendor_settings (connected_account);
SELECT wizamart_enable_vendor_rls('payments_vendor_settings');

--changeset wizamart:payments-002-attempts
--comment: Every card payment attempt of an order. The row is written (CREATED) before the provider is called, with the
--comment: idempotency key the call carries and its id in the PaymentIntent's metadata, so a webhook that arrives
--comment: before the API's answer was stored finds it; a retried call reuses the key (one PaymentIntent per attempt).
CREATE TABLE payments_attempts (
  id                uuid          PRIMARY KEY,
  vendor_id         uuid          NOT NULL,
  order_id          uuid          NOT NULL,
  order_number      varchar(40)   NOT NULL,
  attempt_no        int           NOT NULL CHECK (attempt_no > 0),
  idempotency_key   varchar(255)  NOT NULL,
  provider_id       varchar(255),
  charge_id         varchar(255),
  status            varchar(24)   NOT NULL CHECK (status IN ('CREATED', 'PENDING', 'REQUIRES_ACTION', 'AUTHORIZED',
                                                           'CAPTURED', 'FAILED', 'CANCELED')),
  amount            numeric(19,4) NOT NULL,
  amount_minor      bigint        NOT NULL CHECK (amount_minor > 0),
  fee_minor         bigint        NOT NULL DEFAULT 0,
  captured_minor    bigint        NOT NULL DEFAULT 0,
  currency          char(3)       NOT NULL,
  connected_account varchar(120)  NOT NULL,
  failure_code      varchar(100),
  failure_message   varchar(1000),
  created_at        timestamptz   NOT NULL,
  updated_at        timestamptz   NOT NULL,
  authorized_at     timestamptz,
  captured_at       timestamptz,
  capture_requested_at timestamptz,
  payment_method_id varchar(255),
  return_url        varchar(2000),
  CONSTRAINT payments_attempts_no_uk UNIQUE (vendor_id, order_id, attempt_no),
  CONSTRAINT payments_attempts_key_uk UNIQUE (vendor_id, idempotency_key)
);
CREATE UNIQUE INDEX payments_attempts_provider_uk ON payments_attempts (provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX payments_attempts_charge_idx ON payments_attempts (charge_id) WHERE charge_id IS NOT NULL;
CREATE INDEX payments_attempts_authorized_idx ON payments_attempts (authorized_at) WHERE status = 'AUTHORIZED';
SELECT wizamart_enable_vendor_rls('payments_attempts');

--changeset wizamart:payments-003-refunds
--comment: Money sent back: through the provider for card payments (idempotency key refund:<id>), recorded as done by
--comment: hand for bank transfers and cash on delivery. A refund the provider refused stays FAILED with its reason.
CREATE TABLE payments_refunds (
  id             uuid          PRIMARY KEY,
  vendor_id      uuid          NOT NULL,
  order_id       uuid          NOT NULL,
  order_number   varchar(40)   NOT NULL,
  attempt_id     uuid,
  provider_id    varchar(255),
  method         varchar(24)   NOT NULL,
  status         varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'MANUAL')),
  amount         numeric(19,4) NOT NULL CHECK (amount > 0),
  currency       char(3)       NOT NULL,
  failure_reason varchar(1000),
  created_at     timestamptz   NOT NULL,
  updated_at     timestamptz   NOT NULL
);
CREATE INDEX payments_refunds_order_idx ON payments_refunds (vendor_id, order_id, created_at);
CREATE UNIQUE INDEX payments_refunds_provider_uk ON payments_refunds (provider_id) WHERE provider_id IS NOT NULL;
SELECT wizamart_enable_vendor_rls('payments_refunds');

--changeset wizamart:payments-004-provider-events
--comment: Each provider event (webhook) once: the primary key makes a replay change nothing. Stored in the answering
--comment: transaction, processed after the answer (processed_at set once done).
CREATE TABLE payments_provider_events (
  id           varchar(255) PRIMARY KEY,
  vendor_id    uuid         NOT NULL,
  type         varchar(100) NOT NULL,
  object_id    varchar(255),
  payload      text         NOT NULL,
  received_at  timestamptz  NOT NULL,
  processed_at timestamptz
);
SELECT wizamart_enable_vendor_rls('payments_provider_events');

--changeset wizamart:payments-005-reconciliation
--comment: What the daily reconciliation found, per vendor, until an admin resolves it; a finding is recorded once.
CREATE TABLE payments_mismatches (
  id           uuid          PRIMARY KEY,
  vendor_id    uuid          NOT NULL,
  kind         varchar(32)   NOT NULL CHECK (kind IN ('MISSING_AT_PROVIDER', 'MISSING_ON_PLATFORM',
                                                    'AMOUNT_DIFFERS', 'REFUND_REFUSED')),
  order_number varchar(40),
  provider_id  varchar(255)  NOT NULL,
  expected     numeric(19,4),
  actual       numeric(19,4),
  currency     char(3),
  detected_at  timestamptz   NOT NULL,
  resolved_at  timestamptz,
  resolved_by  varchar(320),
  note         varchar(1000),
  CONSTRAINT payments_mismatches_uk UNIQUE (vendor_id, kind, provider_id)
);
CREATE INDEX payments_mismatches_open_idx ON payments_mismatches (detected_at DESC) WHERE resolved_at IS NULL;
SELECT wizamart_enable_vendor_rls('payments_mismatches');
--comment: the platform's own bookkeeping of the runs (no vendor data: times and counts)
CREATE TABLE payments_reconciliation_runs (
  id             uuid        PRIMARY KEY,
  covered_from   timestamptz NOT NULL,
  covered_to     timestamptz NOT NULL,
  transactions   int         NOT NULL,
  findings       int         NOT NULL,
  finished_at    timestamptz NOT NULL
);

--changeset wizamart:payments-006-duplicate-capture-finding
--comment: The reconciliation also flags an order with more than one captured card payment.
ALTER TABLE payments_mismatches DROP CONSTRAINT payments_mismatches_kind_check;
ALTER TABLE payments_mismatches ADD CONSTRAINT payments_mismatches_kind_check
  CHECK (kind IN ('MISSING_AT_PROVIDER', 'MISSING_ON_PLATFORM', 'AMOUNT_DIFFERS', 'REFUND_REFUSED',
                  'DUPLICATE_CAPTURE'));

--changeset wizamart:payments-007-refund-pending-finding
--comment: The reconciliation also flags a card refund the provider has left pending for days (REFUND_PENDING), and
--comment: reads refunds by creation time, pending ones by age and failed ones by the time they failed.
ALTER TABLE payments_mismatches DROP CONSTRAINT payments_mismatches_kind_check;
ALTER TABLE payments_mismatches ADD CONSTRAINT payments_mismatches_kind_check
  CHECK (kind IN ('MISSING_AT_PROVIDER', 'MISSING_ON_PLATFORM', 'AMOUNT_DIFFERS', 'REFUND_REFUSED',
                  'DUPLICATE_CAPTURE', 'REFUND_PENDING'));
CREATE INDEX payments_refunds_created_idx ON payments_refunds (created_at);
CREATE INDEX payments_refunds_pending_idx ON payments_refunds (created_at) WHERE status = 'PENDING';
CREATE INDEX payments_refunds_failed_idx ON payments_refunds (updated_at) WHERE status = 'FAILED';
