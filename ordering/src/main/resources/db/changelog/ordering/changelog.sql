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

--changeset wizamart:ordering-005-backordered-lines
--comment: Units of a line that no stock held when the order was placed (a preorder or backorder product ordered beyond
--comment: its stock); reserved when the order ships. Orders placed before are fully reserved: 0.
ALTER TABLE ordering_order_lines ADD COLUMN backordered_quantity int NOT NULL DEFAULT 0
  CHECK (backordered_quantity >= 0 AND backordered_quantity <= quantity);
