--liquibase formatted sql

--changeset wizamart:ordering-001-carts
--comment: Persistent carts. An anonymous cart is keyed by (vendor, session id); a customer has at most one cart per
--comment: vendor (an anonymous cart is merged into it when the customer uses the session). updated_at drives expiry.
CREATE TABLE ordering_carts (
  id          uuid         PRIMARY KEY,
  vendor_id   uuid         NOT NULL,
  session_id  varchar(100) NOT NULL,
  customer_id uuid,
  created_at  timestamptz  NOT NULL,
  updated_at  timestamptz  NOT NULL,
  CONSTRAINT ordering_carts_vendor_id_uk UNIQUE (vendor_id, id)
);
CREATE UNIQUE INDEX ordering_carts_session_uk ON ordering_carts (vendor_id, session_id) WHERE customer_id IS NULL;
CREATE UNIQUE INDEX ordering_carts_customer_uk ON ordering_carts (vendor_id, customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX ordering_carts_idle_idx ON ordering_carts (updated_at);
SELECT wizamart_enable_vendor_rls('ordering_carts');

CREATE TABLE ordering_cart_lines (
  vendor_id  uuid        NOT NULL,
  cart_id    uuid        NOT NULL,
  product_id uuid        NOT NULL,
  quantity   int         NOT NULL CHECK (quantity > 0),
  added_at   timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, cart_id, product_id),
  CONSTRAINT ordering_cart_lines_cart_fk FOREIGN KEY (vendor_id, cart_id)
    REFERENCES ordering_carts (vendor_id, id) ON DELETE CASCADE
);
SELECT wizamart_enable_vendor_rls('ordering_cart_lines');

--changeset wizamart:ordering-002-orders
--comment: Orders with snapshots of what was bought (lines) and where it goes (addresses, JSON). Money is gross
--comment: (VAT included); the VAT breakdown is derived from the lines. customer_email and customer_name are
--comment: snapshots for the vendor's search.
CREATE TABLE ordering_orders (
  id               uuid          PRIMARY KEY,
  vendor_id        uuid          NOT NULL,
  order_number     varchar(64)   NOT NULL,
  customer_id      uuid          NOT NULL,
  customer_email   varchar(320)  NOT NULL,
  customer_name    varchar(201)  NOT NULL,
  status           varchar(16)   NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED',
                                                             'DELIVERED', 'CANCELLED', 'REFUNDED')),
  currency         char(3)       NOT NULL,
  total            numeric(12, 2) NOT NULL CHECK (total >= 0),
  tax_total        numeric(12, 2) NOT NULL CHECK (tax_total >= 0),
  item_count       int           NOT NULL CHECK (item_count > 0),
  shipping_address jsonb         NOT NULL,
  billing_address  jsonb         NOT NULL,
  note             varchar(1000),
  tracking_number  varchar(100),
  assignee_id      uuid,
  placed_at        timestamptz   NOT NULL,
  updated_at       timestamptz   NOT NULL,
  CONSTRAINT ordering_orders_vendor_id_uk UNIQUE (vendor_id, id),
  CONSTRAINT ordering_orders_number_uk UNIQUE (vendor_id, order_number)
);
CREATE INDEX ordering_orders_placed_idx ON ordering_orders (vendor_id, placed_at DESC, id);
CREATE INDEX ordering_orders_customer_idx ON ordering_orders (vendor_id, customer_id, placed_at DESC);
CREATE INDEX ordering_orders_status_idx ON ordering_orders (vendor_id, status, placed_at DESC);
--comment: the hold-time sweep reads only pending orders, oldest first, across vendors
--comment: the platform-wide figures per day (admin dashboard) read a range of days across vendors
CREATE INDEX ordering_orders_placed_at_idx ON ordering_orders (placed_at);
CREATE INDEX ordering_orders_pending_idx ON ordering_orders (placed_at) WHERE status = 'PENDING';
SELECT wizamart_enable_vendor_rls('ordering_orders');

CREATE TABLE ordering_order_lines (
  vendor_id  uuid           NOT NULL,
  order_id   uuid           NOT NULL,
  line_no    int            NOT NULL,
  product_id uuid           NOT NULL,
  sku        varchar(100)   NOT NULL,
  name       varchar(500)   NOT NULL,
  unit_price numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
  tax_rate   numeric(5, 2)  NOT NULL CHECK (tax_rate >= 0 AND tax_rate < 100),
  quantity   int            NOT NULL CHECK (quantity > 0),
  line_total numeric(12, 2) NOT NULL CHECK (line_total >= 0),
  PRIMARY KEY (vendor_id, order_id, line_no),
  CONSTRAINT ordering_order_lines_order_fk FOREIGN KEY (vendor_id, order_id)
    REFERENCES ordering_orders (vendor_id, id)
);
CREATE INDEX ordering_order_lines_product_idx ON ordering_order_lines (vendor_id, product_id);
SELECT wizamart_enable_vendor_rls('ordering_order_lines');

CREATE TABLE ordering_status_history (
  seq         bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vendor_id   uuid         NOT NULL,
  order_id    uuid         NOT NULL,
  from_status varchar(16),
  to_status   varchar(16)  NOT NULL,
  actor_id    uuid,
  actor_email varchar(320),
  note        varchar(1000),
  changed_at  timestamptz  NOT NULL,
  CONSTRAINT ordering_status_history_order_fk FOREIGN KEY (vendor_id, order_id)
    REFERENCES ordering_orders (vendor_id, id)
);
CREATE INDEX ordering_status_history_order_idx ON ordering_status_history (vendor_id, order_id, seq);
SELECT wizamart_enable_vendor_rls('ordering_status_history');

--changeset wizamart:ordering-003-idempotency-keys
--comment: One row per (vendor, customer, Idempotency-Key) of a checkout that succeeded, written in the checkout's own
--comment: transaction: a key is either absent (never ran, or refused and rolled back) or points to its order.
CREATE TABLE ordering_idempotency_keys (
  vendor_id       uuid         NOT NULL,
  customer_id     uuid         NOT NULL,
  idempotency_key varchar(255) NOT NULL,
  fingerprint     char(64)     NOT NULL,
  order_id        uuid         NOT NULL,
  created_at      timestamptz  NOT NULL,
  PRIMARY KEY (vendor_id, customer_id, idempotency_key)
);
CREATE INDEX ordering_idempotency_keys_age_idx ON ordering_idempotency_keys (created_at);
SELECT wizamart_enable_vendor_rls('ordering_idempotency_keys');

--changeset wizamart:ordering-004-order-numbers splitStatements:false
--comment: Per-vendor order numbers from one sequence per vendor, created on first use. Sequences are never rolled
--comment: back and take no row lock, so concurrent checkouts of one vendor never queue behind a counter row (a
--comment: number may be skipped when a checkout fails after drawing it). SECURITY DEFINER: the application role
--comment: may not create objects; this function (owned by the migration role) may, and only this kind.
CREATE FUNCTION ordering_next_order_number(vendor uuid) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
DECLARE
  seq text := 'public.ordering_order_no_' || replace(vendor::text, '-', '');
BEGIN
  IF to_regclass(seq) IS NULL THEN
    -- first order of this vendor: concurrent first orders queue here, the later ones find the sequence
    PERFORM pg_advisory_xact_lock(hashtextextended(seq, 0));
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %s', seq);
  END IF;
  RETURN nextval(seq::regclass);
END
$$;
REVOKE ALL ON FUNCTION ordering_next_order_number(uuid) FROM PUBLIC;

--changeset wizamart:ordering-005-refunds-returns-assignments-lifecycle
--comment: Refunds by line and quantity, returns of shipped goods, and assignment changes in the order's history.
--comment: refunded_total (per order) and refunded_quantity (per line) are kept with the refunds that make them, in
--comment: the refunding transaction, so figures can subtract them without reading the refunds.
ALTER TABLE ordering_orders ADD COLUMN refunded_total numeric(12, 2) NOT NULL DEFAULT 0,
  ADD CONSTRAINT ordering_orders_refunded_total_check CHECK (refunded_total >= 0 AND refunded_total <= total);
ALTER TABLE ordering_order_lines ADD COLUMN refunded_quantity int NOT NULL DEFAULT 0,
  ADD CONSTRAINT ordering_order_lines_refunded_quantity_check
    CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity);
--comment: the "mine" and "assignee" filters of the vendor's order list
CREATE INDEX ordering_orders_assignee_idx ON ordering_orders (vendor_id, assignee_id, placed_at DESC)
  WHERE assignee_id IS NOT NULL;

--comment: a history entry is a status move (to_status set) or an assignment change (assignees, snapshots of the
--comment: members' names and emails when it was written, since members may leave the team later)
ALTER TABLE ordering_status_history
  ADD COLUMN entry_type varchar(16) NOT NULL DEFAULT 'STATUS' CHECK (entry_type IN ('STATUS', 'ASSIGNMENT')),
  ALTER COLUMN to_status DROP NOT NULL,
  ADD COLUMN from_assignee_id uuid,
  ADD COLUMN from_assignee_name varchar(201),
  ADD COLUMN from_assignee_email varchar(320),
  ADD COLUMN to_assignee_id uuid,
  ADD COLUMN to_assignee_name varchar(201),
  ADD COLUMN to_assignee_email varchar(320),
  ADD CONSTRAINT ordering_status_history_entry_check CHECK (
    (entry_type = 'STATUS' AND to_status IS NOT NULL AND from_assignee_id IS NULL AND to_assignee_id IS NULL)
    OR (entry_type = 'ASSIGNMENT' AND from_status IS NULL AND to_status IS NULL));

CREATE TABLE ordering_returns (
  id           uuid          PRIMARY KEY,
  vendor_id    uuid          NOT NULL,
  order_id     uuid          NOT NULL,
  status       varchar(16)   NOT NULL CHECK (status IN ('REQUESTED', 'RECEIVED', 'REFUNDED', 'REJECTED')),
  reason       varchar(1000),
  note         varchar(1000),
  restock      boolean,
  by_customer  boolean       NOT NULL,
  actor_id     uuid,
  actor_email  varchar(320),
  refund_id    uuid,
  requested_at timestamptz   NOT NULL,
  received_at  timestamptz,
  updated_at   timestamptz   NOT NULL,
  CONSTRAINT ordering_returns_vendor_id_uk UNIQUE (vendor_id, id),
  CONSTRAINT ordering_returns_order_fk FOREIGN KEY (vendor_id, order_id) REFERENCES ordering_orders (vendor_id, id)
);
CREATE INDEX ordering_returns_order_idx ON ordering_returns (vendor_id, order_id, requested_at);
SELECT wizamart_enable_vendor_rls('ordering_returns');

CREATE TABLE ordering_return_lines (
  vendor_id uuid NOT NULL,
  return_id uuid NOT NULL,
  order_id  uuid NOT NULL,
  line_no   int  NOT NULL,
  quantity  int  NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (vendor_id, return_id, line_no),
  CONSTRAINT ordering_return_lines_return_fk FOREIGN KEY (vendor_id, return_id)
    REFERENCES ordering_returns (vendor_id, id),
  CONSTRAINT ordering_return_lines_line_fk FOREIGN KEY (vendor_id, order_id, line_no)
    REFERENCES ordering_order_lines (vendor_id, order_id, line_no)
);
SELECT wizamart_enable_vendor_rls('ordering_return_lines');

--comment: idempotency_key is the client's Idempotency-Key (stored as key:<key>) or one the platform derives
--comment: (return:<id>, rest); unique per order, so a retried request finds its refund instead of refunding twice
CREATE TABLE ordering_refunds (
  id              uuid           PRIMARY KEY,
  vendor_id       uuid           NOT NULL,
  order_id        uuid           NOT NULL,
  idempotency_key varchar(300)   NOT NULL,
  fingerprint     char(64)       NOT NULL,
  amount          numeric(12, 2) NOT NULL CHECK (amount >= 0),
  currency        char(3)        NOT NULL,
  reason          varchar(1000),
  return_id       uuid,
  shipped         boolean        NOT NULL,
  actor_id        uuid,
  actor_email     varchar(320),
  created_at      timestamptz    NOT NULL,
  CONSTRAINT ordering_refunds_vendor_id_uk UNIQUE (vendor_id, id),
  CONSTRAINT ordering_refunds_key_uk UNIQUE (vendor_id, order_id, idempotency_key),
  CONSTRAINT ordering_refunds_order_fk FOREIGN KEY (vendor_id, order_id) REFERENCES ordering_orders (vendor_id, id),
  CONSTRAINT ordering_refunds_return_fk FOREIGN KEY (vendor_id, return_id) REFERENCES ordering_returns (vendor_id, id)
);
--comment: the refunds of a period (figures subtract them on the day they were made)
CREATE INDEX ordering_refunds_created_idx ON ordering_refunds (vendor_id, created_at);
SELECT wizamart_enable_vendor_rls('ordering_refunds');

CREATE TABLE ordering_refund_lines (
  vendor_id  uuid           NOT NULL,
  refund_id  uuid           NOT NULL,
  order_id   uuid           NOT NULL,
  line_no    int            NOT NULL,
  product_id uuid           NOT NULL,
  quantity   int            NOT NULL CHECK (quantity > 0),
  amount     numeric(12, 2) NOT NULL CHECK (amount >= 0),
  restock    boolean        NOT NULL,
  PRIMARY KEY (vendor_id, refund_id, line_no),
  CONSTRAINT ordering_refund_lines_refund_fk FOREIGN KEY (vendor_id, refund_id)
    REFERENCES ordering_refunds (vendor_id, id),
  CONSTRAINT ordering_refund_lines_line_fk FOREIGN KEY (vendor_id, order_id, line_no)
    REFERENCES ordering_order_lines (vendor_id, order_id, line_no)
);
CREATE INDEX ordering_refund_lines_product_idx ON ordering_refund_lines (vendor_id, product_id);
SELECT wizamart_enable_vendor_rls('ordering_refund_lines');
