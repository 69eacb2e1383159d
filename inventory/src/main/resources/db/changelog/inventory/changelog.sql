--liquibase formatted sql

--changeset wizamart:inventory-001-locations
--comment: Where a vendor keeps stock. Every vendor has exactly one default location (created with the vendor).
CREATE TABLE inventory_locations (
  id         uuid         PRIMARY KEY,
  vendor_id  uuid         NOT NULL,
  code       varchar(32)  NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
  name       varchar(100) NOT NULL CHECK (length(btrim(name)) > 0),
  priority   int          NOT NULL DEFAULT 100 CHECK (priority >= 0),
  is_default boolean      NOT NULL DEFAULT false,
  created_at timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT inventory_locations_vendor_id_uk UNIQUE (vendor_id, id)
);
CREATE UNIQUE INDEX inventory_locations_code_uk ON inventory_locations (vendor_id, lower(code));
CREATE UNIQUE INDEX inventory_locations_one_default ON inventory_locations (vendor_id) WHERE is_default;
--comment: vendors opened before inventory existed get their default location here (before RLS, which would refuse
--comment: rows with no vendor bound)
INSERT INTO inventory_locations (id, vendor_id, code, name, priority, is_default, created_at)
SELECT gen_random_uuid(), v.id, 'DEFAULT', 'Default location', 0, true, now() FROM tenancy_vendors v;
SELECT wizamart_enable_vendor_rls('inventory_locations');

--changeset wizamart:inventory-002-stock
--comment: Stock of one product at one location. The CHECKs make negative or over-reserved stock impossible,
--comment: whatever the application does.
CREATE TABLE inventory_stock (
  id          uuid        PRIMARY KEY,
  vendor_id   uuid        NOT NULL,
  product_id  uuid        NOT NULL,
  location_id uuid        NOT NULL,
  on_hand     int         NOT NULL DEFAULT 0,
  reserved    int         NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT inventory_stock_on_hand_not_negative CHECK (on_hand >= 0),
  CONSTRAINT inventory_stock_reserved_not_negative CHECK (reserved >= 0),
  CONSTRAINT inventory_stock_reserved_within_on_hand CHECK (reserved <= on_hand),
  CONSTRAINT inventory_stock_product_location_uk UNIQUE (vendor_id, product_id, location_id),
  CONSTRAINT inventory_stock_location_fk FOREIGN KEY (vendor_id, location_id)
    REFERENCES inventory_locations (vendor_id, id)
);
CREATE INDEX inventory_stock_location_idx ON inventory_stock (vendor_id, location_id);
SELECT wizamart_enable_vendor_rls('inventory_stock');

--changeset wizamart:inventory-003-movements
--comment: Every change of stock, append-only. quantity is signed: the change of on hand (RECEIPT, IMPORT, RETURN,
--comment: ADJUSTMENT, SALE) or of reserved (RESERVATION, RELEASE); the *_after columns are the row after the change.
CREATE TABLE inventory_movements (
  seq             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id              uuid         NOT NULL UNIQUE,
  vendor_id       uuid         NOT NULL,
  product_id      uuid         NOT NULL,
  location_id     uuid         NOT NULL,
  type            varchar(16)  NOT NULL CHECK (type IN ('RECEIPT', 'ADJUSTMENT', 'RESERVATION', 'RELEASE', 'SALE',
                                                       'RETURN', 'IMPORT')),
  quantity        int          NOT NULL,
  on_hand_after   int          NOT NULL,
  reserved_after  int          NOT NULL,
  reason          varchar(500),
  reference       varchar(100),
  actor_id        uuid,
  actor_email     varchar(320),
  occurred_at     timestamptz  NOT NULL,
  CONSTRAINT inventory_movements_location_fk FOREIGN KEY (vendor_id, location_id)
    REFERENCES inventory_locations (vendor_id, id)
);
CREATE INDEX inventory_movements_vendor_idx ON inventory_movements (vendor_id, occurred_at DESC, seq DESC);
CREATE INDEX inventory_movements_product_idx ON inventory_movements (vendor_id, product_id, occurred_at DESC, seq DESC);
SELECT wizamart_enable_vendor_rls('inventory_movements');

--changeset wizamart:inventory-004-reservations
--comment: One reservation per vendor and order reference (the idempotency key of reserve, release and commit), and
--comment: what it holds per product and location.
CREATE TABLE inventory_reservations (
  vendor_id       uuid         NOT NULL,
  order_reference varchar(100) NOT NULL,
  status          varchar(16)  NOT NULL CHECK (status IN ('RESERVED', 'RELEASED', 'COMMITTED')),
  created_at      timestamptz  NOT NULL,
  updated_at      timestamptz  NOT NULL,
  PRIMARY KEY (vendor_id, order_reference)
);
CREATE INDEX inventory_reservations_open_idx ON inventory_reservations (vendor_id, created_at)
  WHERE status = 'RESERVED';
SELECT wizamart_enable_vendor_rls('inventory_reservations');

CREATE TABLE inventory_reservation_lines (
  vendor_id       uuid         NOT NULL,
  order_reference varchar(100) NOT NULL,
  product_id      uuid         NOT NULL,
  location_id     uuid         NOT NULL,
  quantity        int          NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (vendor_id, order_reference, product_id, location_id),
  CONSTRAINT inventory_reservation_lines_reservation_fk FOREIGN KEY (vendor_id, order_reference)
    REFERENCES inventory_reservations (vendor_id, order_reference),
  CONSTRAINT inventory_reservation_lines_location_fk FOREIGN KEY (vendor_id, location_id)
    REFERENCES inventory_locations (vendor_id, id)
);
CREATE INDEX inventory_reservation_lines_product_idx ON inventory_reservation_lines (vendor_id, product_id);
SELECT wizamart_enable_vendor_rls('inventory_reservation_lines');

--changeset wizamart:inventory-005-returned-reservations
--comment: A sold (committed) reservation whose units came back into stock after a refund.
ALTER TABLE inventory_reservations DROP CONSTRAINT inventory_reservations_status_check;
ALTER TABLE inventory_reservations ADD CONSTRAINT inventory_reservations_status_check
  CHECK (status IN ('RESERVED', 'RELEASED', 'COMMITTED', 'RETURNED'));

--changeset wizamart:inventory-006-order-numbers-as-references splitStatements:false
--comment: Orders reserve stock under their order number (ACME-000001), which is how people name them, no longer under
--comment: the order's id. Reservations, their lines and movements written before are renamed once from ordering's
--comment: orders where those exist (on a new database ordering's changelog runs later, and there are no orders), vendor
--comment: by vendor under Row-Level Security; a reference that names no order is left as it is.
ALTER TABLE inventory_reservation_lines DROP CONSTRAINT inventory_reservation_lines_reservation_fk;
DO $$
DECLARE
  v uuid;
BEGIN
  IF to_regclass('ordering_orders') IS NULL THEN
    RETURN;
  END IF;
  FOR v IN SELECT id FROM tenancy_vendors LOOP
    PERFORM set_config('app.vendor_id', v::text, true);
    UPDATE inventory_reservations r SET order_reference = o.order_number
    FROM ordering_orders o WHERE r.vendor_id = v AND o.vendor_id = v AND r.order_reference = o.id::text;
    UPDATE inventory_reservation_lines l SET order_reference = o.order_number
    FROM ordering_orders o WHERE l.vendor_id = v AND o.vendor_id = v AND l.order_reference = o.id::text;
    UPDATE inventory_movements m SET reference = o.order_number
    FROM ordering_orders o WHERE m.vendor_id = v AND o.vendor_id = v AND m.reference = o.id::text;
  END LOOP;
  PERFORM set_config('app.vendor_id', '', true);
END
$$;
ALTER TABLE inventory_reservation_lines ADD CONSTRAINT inventory_reservation_lines_reservation_fk
  FOREIGN KEY (vendor_id, order_reference) REFERENCES inventory_reservations (vendor_id, order_reference);
--changeset wizamart:inventory-007-partial-release-and-return-lifecycle
--comment: Part of a reservation may be given back: units of an open one released (order lines refunded before
--comment: shipping), units of a committed one returned (a partial refund with restock, a received return). Each line
--comment: counts what left it either way; quantity stays what the reservation took. Each partial change is applied
--comment: once: its reference (the refund's or the return's) is recorded in the transaction that applies it.
ALTER TABLE inventory_reservation_lines
  ADD COLUMN released int NOT NULL DEFAULT 0,
  ADD COLUMN returned int NOT NULL DEFAULT 0,
  ADD CONSTRAINT inventory_reservation_lines_given_back_check
    CHECK (released >= 0 AND returned >= 0 AND released + returned <= quantity);

CREATE TABLE inventory_reservation_changes (
  vendor_id        uuid         NOT NULL,
  order_reference  varchar(100) NOT NULL,
  change_reference varchar(100) NOT NULL,
  applied_at       timestamptz  NOT NULL,
  PRIMARY KEY (vendor_id, order_reference, change_reference),
  CONSTRAINT inventory_reservation_changes_reservation_fk FOREIGN KEY (vendor_id, order_reference)
    REFERENCES inventory_reservations (vendor_id, order_reference)
);
SELECT wizamart_enable_vendor_rls('inventory_reservation_changes');
--changeset wizamart:inventory-008-feed-location
--comment: Per vendor: the location whose on-hand stock a marketplace feed's quantity sets (ADR 0019). No row means
--comment: the default location. The foreign key keeps it one of the vendor's own locations.
CREATE TABLE inventory_vendor_settings (
  vendor_id        uuid        PRIMARY KEY,
  feed_location_id uuid        NOT NULL,
  updated_at       timestamptz NOT NULL,
  CONSTRAINT inventory_vendor_settings_feed_location_fk FOREIGN KEY (vendor_id, feed_location_id)
    REFERENCES inventory_locations (vendor_id, id)
);
SELECT wizamart_enable_vendor_rls('inventory_vendor_settings');
