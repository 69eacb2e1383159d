--liquibase formatted sql

--changeset wizamart:catalog-001-search-configurations
--comment: btree_gin lets a GIN index lead with vendor_id, so a search reads only the vendor's postings; unaccent
--comment: lets "cafe" find "café". Both are trusted extensions (the migration role needs CREATE on the database).
--comment: One text search configuration per catalog language (stemmer after unaccent), and one without a stemmer
--comment: for brand, SKU and GTIN.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION wizamart_english (COPY = english);
ALTER TEXT SEARCH CONFIGURATION wizamart_english
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION wizamart_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION wizamart_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION wizamart_german (COPY = german);
ALTER TEXT SEARCH CONFIGURATION wizamart_german
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION wizamart_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION wizamart_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

--changeset wizamart:catalog-002-products
--comment: A vendor's catalog. search_vector is small on purpose (ranking reads it for every match): names in each
--comment: language with its own stemmer (weight A), brand, SKU and GTIN unstemmed (B), and the first 300
--comment: characters of each description without positions (ranked as D, the lowest weight).
CREATE TABLE catalog_products (
  id                 uuid          PRIMARY KEY,
  vendor_id          uuid          NOT NULL,
  sku                varchar(100)  NOT NULL,
  default_language   varchar(2)    NOT NULL CHECK (default_language IN ('en', 'fr', 'de')),
  names              jsonb         NOT NULL
                     CHECK (jsonb_typeof(names) = 'object' AND jsonb_exists(names, default_language)),
  descriptions       jsonb         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(descriptions) = 'object'),
  price_amount       numeric(12, 2) NOT NULL CHECK (price_amount >= 0),
  sale_amount        numeric(12, 2) CHECK (sale_amount >= 0 AND sale_amount <= price_amount),
  currency           char(3)       NOT NULL,
  current_price      numeric(12, 2) GENERATED ALWAYS AS (coalesce(sale_amount, price_amount)) STORED,
  tax_rate           numeric(5, 2) NOT NULL CHECK (tax_rate >= 0 AND tax_rate < 100),
  brand              varchar(200),
  gtin               varchar(14),
  images             jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(images) = 'array'),
  category_path      varchar(500),
  active             boolean       NOT NULL DEFAULT true,
  featured           boolean       NOT NULL DEFAULT false,
  source_staged_id   uuid,
  source_marketplace varchar(32),
  source_external_id varchar(200),
  source_quantity    integer,
  locked_fields      text[]        NOT NULL DEFAULT '{}',
  available_quantity integer       NOT NULL DEFAULT 0,
  units_sold         bigint        NOT NULL DEFAULT 0,
  sort_name          text          GENERATED ALWAYS AS (lower(names ->> default_language)) STORED,
  search_vector      tsvector      GENERATED ALWAYS AS (
                       setweight(to_tsvector('wizamart_english', coalesce(names ->> 'en', '')), 'A')
                       || setweight(to_tsvector('wizamart_french', coalesce(names ->> 'fr', '')), 'A')
                       || setweight(to_tsvector('wizamart_german', coalesce(names ->> 'de', '')), 'A')
                       || setweight(to_tsvector('wizamart_simple',
                            coalesce(brand, '') || ' ' || sku || ' ' || coalesce(gtin, '')), 'B')
                       || strip(to_tsvector('wizamart_english', left(coalesce(descriptions ->> 'en', ''), 300))
                            || to_tsvector('wizamart_french', left(coalesce(descriptions ->> 'fr', ''), 300))
                            || to_tsvector('wizamart_german', left(coalesce(descriptions ->> 'de', ''), 300)))
                     ) STORED,
  created_at         timestamptz   NOT NULL,
  updated_at         timestamptz   NOT NULL,
  version            bigint        NOT NULL DEFAULT 0,
  CONSTRAINT catalog_products_sku_uk UNIQUE (vendor_id, sku),
  CONSTRAINT catalog_products_source_uk UNIQUE (vendor_id, source_staged_id),
  CONSTRAINT catalog_products_source_complete CHECK ((source_staged_id IS NULL) = (source_marketplace IS NULL))
);
--comment: Every index leads with vendor_id: queries never cross vendors, and the table can be sharded by vendor.
--comment: The search index is GIN on (vendor_id, search_vector) (btree_gin): GIN intersects the vendor's posting
--comment: list with the terms' inside the index, so a term common across all vendors costs one vendor's matches.
CREATE INDEX catalog_products_search_idx ON catalog_products USING gin (vendor_id, search_vector);
CREATE INDEX catalog_products_newest_idx ON catalog_products (vendor_id, created_at DESC, id);
--comment: Counts the shop's (active) products of a vendor from the index alone: the page total of every list.
CREATE INDEX catalog_products_active_idx ON catalog_products (vendor_id) WHERE active;
CREATE INDEX catalog_products_price_idx ON catalog_products (vendor_id, current_price, id);
CREATE INDEX catalog_products_name_idx ON catalog_products (vendor_id, sort_name, id);
CREATE INDEX catalog_products_bestselling_idx ON catalog_products (vendor_id, units_sold DESC, id);
CREATE INDEX catalog_products_brand_idx ON catalog_products (vendor_id, lower(brand));
SELECT wizamart_enable_vendor_rls('catalog_products');

--changeset wizamart:catalog-003-settings
--comment: Per vendor: the language a product's name must at least have, and the VAT rate of products whose feed
--comment: row or request gives none. No row means the defaults (en, 17.00).
CREATE TABLE catalog_vendor_settings (
  vendor_id        uuid         PRIMARY KEY,
  default_language varchar(2)   NOT NULL CHECK (default_language IN ('en', 'fr', 'de')),
  default_tax_rate numeric(5, 2) NOT NULL CHECK (default_tax_rate >= 0 AND default_tax_rate < 100),
  updated_at       timestamptz  NOT NULL
);
SELECT wizamart_enable_vendor_rls('catalog_vendor_settings');

--changeset wizamart:catalog-004-import-refreshes
--comment: What each completed import did (or, held by the guardrail, would do) to the published products, and the
--comment: per-field changes behind it.
CREATE TABLE catalog_import_refreshes (
  id                   uuid         PRIMARY KEY,
  vendor_id            uuid         NOT NULL,
  job_id               uuid         NOT NULL,
  marketplace          varchar(32)  NOT NULL,
  language             varchar(8)   NOT NULL,
  status               varchar(16)  NOT NULL CHECK (status IN ('APPLIED', 'HELD', 'APPROVED', 'REJECTED')),
  hold_reason          text,
  products_checked     integer      NOT NULL DEFAULT 0,
  products_changed     integer      NOT NULL DEFAULT 0,
  prices_changed       integer      NOT NULL DEFAULT 0,
  titles_changed       integer      NOT NULL DEFAULT 0,
  descriptions_changed integer      NOT NULL DEFAULT 0,
  stock_changed        integer      NOT NULL DEFAULT 0,
  stock_zeroed         integer      NOT NULL DEFAULT 0,
  other_changed        integer      NOT NULL DEFAULT 0,
  locked_kept          integer      NOT NULL DEFAULT 0,
  published_products   integer      NOT NULL DEFAULT 0,
  missing_from_feed    integer,
  created_at           timestamptz  NOT NULL,
  decided_at           timestamptz,
  decided_by           uuid,
  CONSTRAINT catalog_import_refreshes_job_uk UNIQUE (vendor_id, job_id)
);
CREATE INDEX catalog_import_refreshes_vendor_idx ON catalog_import_refreshes (vendor_id, created_at DESC);
SELECT wizamart_enable_vendor_rls('catalog_import_refreshes');

CREATE TABLE catalog_refresh_changes (
  refresh_id uuid        NOT NULL REFERENCES catalog_import_refreshes (id) ON DELETE CASCADE,
  vendor_id  uuid        NOT NULL,
  product_id uuid        NOT NULL,
  field      varchar(40) NOT NULL,
  from_value text,
  to_value   text,
  outcome    varchar(16) NOT NULL
             CHECK (outcome IN ('PENDING', 'APPLIED', 'KEPT_LOCKED', 'SKIPPED_STALE', 'SKIPPED_INVALID',
                                 'REJECTED')),
  PRIMARY KEY (refresh_id, product_id, field)
);
SELECT wizamart_enable_vendor_rls('catalog_refresh_changes');

--changeset wizamart:catalog-005-leakproof-text-match runAlways:true splitStatements:false
--comment: Under Row-Level Security the planner may use an index for a condition only if its operator is LEAKPROOF;
--comment: PostgreSQL does not mark tsvector @@ tsquery (ts_match_vq) so, and then every search reads all of the
--comment: vendor's products instead of the GIN index (measured: 270-800 ms instead of 1-2 ms for a selective search
--comment: in a 100k-product catalog). ts_match_vq raises no error that depends on the row's value, so marking it is
--comment: safe; it takes a superuser. Run as another role, this only warns: then a DBA runs the ALTER once per
--comment: database (docs/operations.md). Run always: a restored dump does not keep the attribute.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
  ELSIF NOT (SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'::regprocedure) THEN
    RAISE WARNING 'Catalog search cannot use its index under Row-Level Security until a superuser runs: ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF';
  END IF;
END
$$;

--changeset wizamart:catalog-006-counted-orders
--comment: Orders whose units were added to units_sold (ordering's OrderPlaced), so a redelivered event counts nothing.
CREATE TABLE catalog_counted_orders (
  vendor_id  uuid        NOT NULL,
  order_id   uuid        NOT NULL,
  counted_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, order_id)
);
SELECT wizamart_enable_vendor_rls('catalog_counted_orders');

--changeset wizamart:catalog-007-products-fillfactor
--comment: Room on each page for a changed row version, so the updates that change no indexed column (the stock
--comment: figure that every order, reservation and receipt changes) are HOT: no new entry in any of the ten
--comment: indexes, the GIN one included, whose pending list every search then has to read. Rows are ~1.4 kB, so
--comment: 15 % leaves room for one more version on most pages. Applies to pages written from now on; an existing
--comment: catalog gets it as its pages are rewritten (VACUUM FULL or pg_repack at a quiet time, docs/operations.md).
ALTER TABLE catalog_products SET (fillfactor = 85);

--changeset wizamart:catalog-008-counted-units-figures splitStatements:false
--comment: What each order adds to units_sold as it stands now (product id -> units), so the units of an order that is
--comment: cancelled or refunded are taken out again (ADR 0022: units sold are the lines of orders that count). Orders
--comment: counted before had all their units added whatever became of them: their units are worked out once here from
--comment: ordering's tables where those exist (on a new database ordering's changelog runs later, and there are no
--comment: orders), vendor by vendor under Row-Level Security, and units_sold follows.
ALTER TABLE catalog_counted_orders ADD COLUMN units jsonb NOT NULL DEFAULT '{}';
DO $$
DECLARE
  v uuid;
BEGIN
  IF to_regclass('ordering_orders') IS NULL THEN
    RETURN;
  END IF;
  FOR v IN SELECT id FROM tenancy_vendors LOOP
    PERFORM set_config('app.vendor_id', v::text, true);
    UPDATE catalog_counted_orders c SET units = coalesce((
        SELECT jsonb_object_agg(s.product_id::text, s.units) FROM (
          SELECT l.product_id, sum(l.quantity) AS units
          FROM ordering_order_lines l
            JOIN ordering_orders o ON o.vendor_id = l.vendor_id AND o.id = l.order_id
          WHERE l.vendor_id = c.vendor_id AND l.order_id = c.order_id
            AND o.status NOT IN ('CANCELLED', 'REFUNDED')
          GROUP BY l.product_id) s), '{}')
    WHERE c.vendor_id = v;
    UPDATE catalog_products p SET units_sold = s.units
    FROM (SELECT u.key::uuid AS product_id, sum(u.value::bigint) AS units
          FROM catalog_counted_orders c, jsonb_each_text(c.units) u
          WHERE c.vendor_id = v GROUP BY 1) s
    WHERE p.vendor_id = v AND p.id = s.product_id AND p.units_sold <> s.units;
    UPDATE catalog_products p SET units_sold = 0
    WHERE p.vendor_id = v AND p.units_sold <> 0 AND NOT EXISTS (
      SELECT 1 FROM catalog_counted_orders c WHERE c.vendor_id = v AND jsonb_exists(c.units, p.id::text));
  END LOOP;
  PERFORM set_config('app.vendor_id', '', true);
END
$$;
--changeset wizamart:catalog-009-tax-category
--comment: A product's VAT category (STANDARD unless the vendor says otherwise): which of a destination's rates applies
--comment: when ordering taxes an order at the destination's rates (EU one-stop shop, ADR 0023). Feeds carry none.
--comment: A constant default: PostgreSQL adds the column without rewriting the table.
ALTER TABLE catalog_products ADD COLUMN tax_category varchar(16) NOT NULL DEFAULT 'STANDARD'
  CONSTRAINT catalog_products_tax_category_ck CHECK (tax_category IN ('STANDARD', 'REDUCED', 'SECOND_REDUCED',
                                                                      'SUPER_REDUCED', 'PARKING', 'ZERO'));
--changeset wizamart:catalog-010-refresh-outcomes
--comment: ADR 0019. Every change not applied carries its reason; refreshes may fail (recorded, for the vendor to
--comment: retry) and count the products applied and skipped; vendors choose who owns stock and prices; values a
--comment: vendor rejected are remembered per product and field; products a refresh skipped are checked again by the
--comment: next refresh of their marketplace.
ALTER TABLE catalog_refresh_changes DROP CONSTRAINT catalog_refresh_changes_outcome_check;
ALTER TABLE catalog_refresh_changes ALTER COLUMN outcome TYPE varchar(24);
ALTER TABLE catalog_refresh_changes ADD CONSTRAINT catalog_refresh_changes_outcome_check
  CHECK (outcome IN ('PENDING', 'APPLIED', 'KEPT_LOCKED', 'KEPT_REJECTED', 'KEPT_PLATFORM_OWNED', 'SKIPPED_STALE',
                     'SKIPPED_INVALID', 'SKIPPED_STOCK_RESERVED', 'REJECTED'));
ALTER TABLE catalog_refresh_changes ADD COLUMN reason_code varchar(32);
ALTER TABLE catalog_refresh_changes ADD COLUMN reason text;

ALTER TABLE catalog_import_refreshes DROP CONSTRAINT catalog_import_refreshes_status_check;
ALTER TABLE catalog_import_refreshes ADD CONSTRAINT catalog_import_refreshes_status_check
  CHECK (status IN ('APPLIED', 'HELD', 'APPROVED', 'REJECTED', 'FAILED'));
ALTER TABLE catalog_import_refreshes ADD COLUMN rejected_kept integer NOT NULL DEFAULT 0;
ALTER TABLE catalog_import_refreshes ADD COLUMN platform_kept integer NOT NULL DEFAULT 0;
ALTER TABLE catalog_import_refreshes ADD COLUMN products_applied integer NOT NULL DEFAULT 0;
ALTER TABLE catalog_import_refreshes ADD COLUMN products_skipped integer NOT NULL DEFAULT 0;
ALTER TABLE catalog_import_refreshes ADD COLUMN failure text;

ALTER TABLE catalog_vendor_settings ADD COLUMN stock_owner varchar(8) NOT NULL DEFAULT 'FEED'
  CHECK (stock_owner IN ('FEED', 'PLATFORM'));
ALTER TABLE catalog_vendor_settings ADD COLUMN price_owner varchar(8) NOT NULL DEFAULT 'FEED'
  CHECK (price_owner IN ('FEED', 'PLATFORM'));

--comment: The value of a field the vendor rejected (with a held refresh); later refreshes keep it out while the feed
--comment: presents that same value. value NULL: the vendor rejected the field's removal.
CREATE TABLE catalog_rejected_values (
  vendor_id   uuid        NOT NULL,
  product_id  uuid        NOT NULL REFERENCES catalog_products (id) ON DELETE CASCADE,
  field       varchar(40) NOT NULL,
  value       text,
  refresh_id  uuid        NOT NULL,
  rejected_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, product_id, field)
);
SELECT wizamart_enable_vendor_rls('catalog_rejected_values');

--comment: Products whose last refresh skipped a change that may pass later (stock held by orders, changed meanwhile):
--comment: the next refresh of their marketplace checks them again, even when its feed left their row unchanged.
CREATE TABLE catalog_refresh_carryover (
  vendor_id   uuid        NOT NULL,
  product_id  uuid        NOT NULL REFERENCES catalog_products (id) ON DELETE CASCADE,
  marketplace varchar(32) NOT NULL,
  refresh_id  uuid        NOT NULL,
  PRIMARY KEY (vendor_id, product_id)
);
CREATE INDEX catalog_refresh_carryover_marketplace_idx ON catalog_refresh_carryover (vendor_id, marketplace, product_id);
SELECT wizamart_enable_vendor_rls('catalog_refresh_carryover');

--changeset wizamart:catalog-011-shop-currency-and-availability
--comment: A shop sells in one currency (EUR unless the vendor chooses another; vendors without a settings row read
--comment: the default). Products keep theirs: one priced in another currency stays, shown but not orderable, until
--comment: the vendor edits it into the shop's currency. Each product says whether and how it can be ordered (the
--comment: feed's availability): IN_STOCK for every product until a feed or the vendor says otherwise.
ALTER TABLE catalog_vendor_settings ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR'
  CHECK (currency ~ '^[A-Z]{3}$');
ALTER TABLE catalog_products ADD COLUMN availability varchar(16) NOT NULL DEFAULT 'IN_STOCK'
  CHECK (availability IN ('IN_STOCK', 'OUT_OF_STOCK', 'PREORDER', 'BACKORDER'));

--changeset wizamart:catalog-012-existing-shops-currency-and-availability splitStatements:false
--comment: Existing data, one vendor at a time (the policies hold for the migration role too): a shop whose products
--comment: are all priced in one currency other than EUR sells in that one (so it keeps selling); a published product
--comment: takes the availability its staged product already has (a refresh sets it only when the feed row changes),
--comment: unless the vendor locked it.
DO $$
DECLARE
  v uuid;
  only_currency char(3);
BEGIN
  FOR v IN SELECT id FROM tenancy_vendors LOOP
    PERFORM set_config('app.vendor_id', v::text, true);
    SELECT min(currency) INTO only_currency FROM catalog_products WHERE vendor_id = v
      HAVING count(DISTINCT currency) = 1;
    IF only_currency IS NOT NULL AND only_currency <> 'EUR' THEN
      INSERT INTO catalog_vendor_settings (vendor_id, default_language, default_tax_rate, currency, updated_at)
      VALUES (v, 'en', 17.00, only_currency, now())
      ON CONFLICT (vendor_id) DO UPDATE SET currency = excluded.currency, updated_at = excluded.updated_at;
    END IF;
    UPDATE catalog_products p SET availability = s.availability
    FROM marketplace_staged_products s
    WHERE p.vendor_id = v AND s.vendor_id = v AND s.id = p.source_staged_id
      AND s.availability IN ('OUT_OF_STOCK', 'PREORDER', 'BACKORDER')
      AND NOT ('availability' = ANY (p.locked_fields));
  END LOOP;
  PERFORM set_config('app.vendor_id', '', true);
END
$$;

--changeset wizamart:catalog-013-refresh-review
--comment: Per vendor: which import refreshes wait for the vendor's approval. GUARDED (every vendor until it chooses):
--comment: the operator's guardrail decides; ALWAYS: every refresh that changes a product; NEVER: none, applied at once.
ALTER TABLE catalog_vendor_settings ADD COLUMN refresh_review varchar(8) NOT NULL DEFAULT 'GUARDED'
  CONSTRAINT catalog_vendor_settings_refresh_review_ck CHECK (refresh_review IN ('GUARDED', 'ALWAYS', 'NEVER'));
