--liquibase formatted sql

--changeset wizamart:marketplace-001-configs
CREATE TABLE marketplace_import_configs (
  vendor_id   uuid        NOT NULL,
  marketplace varchar(32) NOT NULL,
  feed_urls   jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(feed_urls) = 'object'),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vendor_id, marketplace)
);
SELECT wizamart_enable_vendor_rls('marketplace_import_configs');

--changeset wizamart:marketplace-002-jobs
CREATE TABLE marketplace_import_jobs (
  id               uuid PRIMARY KEY,
  vendor_id        uuid         NOT NULL,
  marketplace      varchar(32)  NOT NULL,
  language         varchar(8)   NOT NULL,
  source           varchar(8)   NOT NULL CHECK (source IN ('URL', 'UPLOAD')),
  source_url       text,
  source_file      varchar(200),
  source_name      varchar(500),
  status           varchar(24)  NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'COMPLETED',
                                                           'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED')),
  rows_total       bigint,
  rows_processed   bigint       NOT NULL DEFAULT 0,
  bytes_read       bigint       NOT NULL DEFAULT 0,
  bytes_total      bigint,
  created_count    bigint       NOT NULL DEFAULT 0,
  updated_count    bigint       NOT NULL DEFAULT 0,
  unchanged_count  bigint       NOT NULL DEFAULT 0,
  failed_count     bigint       NOT NULL DEFAULT 0,
  error_count      bigint       NOT NULL DEFAULT 0,
  message          text,
  cancel_requested boolean      NOT NULL DEFAULT false,
  attempts         int          NOT NULL DEFAULT 0,
  requested_by     uuid,
  created_at       timestamptz  NOT NULL,
  started_at       timestamptz,
  finished_at      timestamptz,
  updated_at       timestamptz  NOT NULL DEFAULT now()
);
--comment: one pending or running job per vendor, marketplace and language, across all instances
CREATE UNIQUE INDEX marketplace_import_jobs_one_active ON marketplace_import_jobs (vendor_id, marketplace, language)
  WHERE status IN ('PENDING', 'RUNNING');
CREATE INDEX marketplace_import_jobs_vendor_idx ON marketplace_import_jobs (vendor_id, created_at DESC);
CREATE INDEX marketplace_import_jobs_status_idx ON marketplace_import_jobs (status, created_at DESC);
SELECT wizamart_enable_vendor_rls('marketplace_import_jobs');

CREATE TABLE marketplace_import_errors (
  job_id      uuid   NOT NULL REFERENCES marketplace_import_jobs (id) ON DELETE CASCADE,
  seq         bigint NOT NULL,
  vendor_id   uuid   NOT NULL,
  row_number  bigint NOT NULL,
  column_name varchar(200),
  value       text,
  message     text   NOT NULL,
  PRIMARY KEY (job_id, seq)
);
SELECT wizamart_enable_vendor_rls('marketplace_import_errors');

--changeset wizamart:marketplace-003-staged-products
CREATE TABLE marketplace_staged_products (
  id                      uuid PRIMARY KEY,
  vendor_id               uuid          NOT NULL,
  marketplace             varchar(32)   NOT NULL,
  external_id             varchar(200)  NOT NULL,
  titles                  jsonb         NOT NULL DEFAULT '{}',
  descriptions            jsonb         NOT NULL DEFAULT '{}',
  raw                     jsonb         NOT NULL DEFAULT '{}',
  link                    text,
  image_link              text,
  additional_images       jsonb         NOT NULL DEFAULT '[]',
  availability            varchar(16),
  price_amount            numeric(12, 2) NOT NULL CHECK (price_amount >= 0),
  price_currency          char(3)       NOT NULL,
  sale_amount             numeric(12, 2) CHECK (sale_amount >= 0),
  sale_currency           char(3),
  brand                   varchar(200),
  gtin                    varchar(14),
  mpn                     varchar(100),
  condition               varchar(50),
  google_product_category varchar(300),
  product_type            varchar(500),
  item_group_id           varchar(200),
  color                   varchar(100),
  size                    varchar(100),
  gender                  varchar(50),
  age_group               varchar(50),
  identifier_exists       boolean,
  adult                   boolean,
  quantity                integer CHECK (quantity >= 0),
  tax_rate                numeric(5, 2),
  delivery_method         varchar(100),
  facts_hash              varchar(32)   NOT NULL,
  published_at            timestamptz,
  first_job_id            uuid          NOT NULL,
  last_job_id             uuid          NOT NULL,
  created_at              timestamptz   NOT NULL,
  updated_at              timestamptz   NOT NULL,
  CONSTRAINT marketplace_staged_products_key UNIQUE (vendor_id, marketplace, external_id)
);
CREATE INDEX marketplace_staged_products_job_idx ON marketplace_staged_products (vendor_id, last_job_id);
CREATE INDEX marketplace_staged_products_brand_idx ON marketplace_staged_products (vendor_id, brand);
SELECT wizamart_enable_vendor_rls('marketplace_staged_products');

--changeset wizamart:marketplace-004-job-engine-schema
--comment: JobRunr keeps its tables in a schema of their own, created by the application role at start-up; the role
--comment: may create objects there and nowhere else (vendor data stays in tables it does not own).
CREATE SCHEMA IF NOT EXISTS jobrunr;
GRANT USAGE, CREATE ON SCHEMA jobrunr TO ${app_role};

--changeset wizamart:marketplace-005-content-hashes
--comment: per language, a 64-bit hash of what that language's import stored (facts, texts, raw columns); an import
--comment: skips rows whose hash it finds unchanged without sending them (ADR 0008). Rows staged before start empty
--comment: and get their hash on their next import.
ALTER TABLE marketplace_staged_products ADD COLUMN content_hashes jsonb NOT NULL DEFAULT '{}';

--changeset wizamart:marketplace-006-engine-jobs
--comment: the job-engine (JobRunr) job an import was last handed to. While the import is PENDING: the hand-over on its
--comment: way (null: none, it waits for one of its vendor's running imports to end); while RUNNING: the only engine
--comment: job that may resume it (JobRunr re-runs a job under its own id after a retry or a dead instance), so two
--comment: hand-overs of one import never run it twice. Rows from before this column run under the import's own id.
ALTER TABLE marketplace_import_jobs ADD COLUMN engine_job_id uuid;

--changeset wizamart:marketplace-007-catalog-refresh-outcome
--comment: What the catalog did with the import's published products (ADR 0019), recorded by the catalog through
--comment: marketplace's ImportRefreshReports: its refresh, the refresh's status, products applied and skipped, and the
--comment: hold reason or failure. NULL until the catalog reports (within a second of the job's end).
ALTER TABLE marketplace_import_jobs ADD COLUMN refresh_id uuid;
ALTER TABLE marketplace_import_jobs ADD COLUMN refresh_status varchar(16);
ALTER TABLE marketplace_import_jobs ADD COLUMN refresh_products_applied integer;
ALTER TABLE marketplace_import_jobs ADD COLUMN refresh_products_skipped integer;
ALTER TABLE marketplace_import_jobs ADD COLUMN refresh_message text;
--changeset wizamart:marketplace-008-row-warnings
--comment: A row imported without one of its optional values (malformed, or beyond what staging holds) gets a warning,
--comment: listed with the row errors and counted apart from them. Errors stored before are errors.
ALTER TABLE marketplace_import_jobs ADD COLUMN warning_count bigint NOT NULL DEFAULT 0;
ALTER TABLE marketplace_import_errors ADD COLUMN severity varchar(8) NOT NULL DEFAULT 'ERROR'
  CHECK (severity IN ('ERROR', 'WARNING'));

--changeset wizamart:marketplace-009-import-configs-to-feed-sources
--comment: A vendor's own marketplace configuration (feed URLs per language) becomes its feed sources in tenancy
--comment: (tenancy-004, ADR 0029), and the configuration table and the vendor row's Letzshop URLs go, all in this one
--comment: transaction: a failure leaves the release before's columns and table as they were. The vendor row's URLs
--comment: are copied again (the release before may have changed them since tenancy-004 ran, when this failed once);
--comment: for a marketplace the vendor configured, its configuration replaces them, as it hid them before (even a
--comment: configuration without URLs did). URLs, languages and marketplaces the feed sources' checks refuse are left
--comment: out. Both tables force Row-Level Security on their owner, which a migration role that is not a superuser is
--comment: bound by: they stop forcing it for this transaction only.
ALTER TABLE tenancy_vendor_feed_sources NO FORCE ROW LEVEL SECURITY;
ALTER TABLE marketplace_import_configs NO FORCE ROW LEVEL SECURITY;
DELETE FROM tenancy_vendor_feed_sources;
INSERT INTO tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
  SELECT v.id, 'letzshop', u.key, btrim(u.value)
  FROM tenancy_vendors v CROSS JOIN LATERAL jsonb_each_text(v.letzshop_csv_urls) u
  WHERE btrim(coalesce(u.value, '')) ~* '^https?://' AND length(btrim(u.value)) <= 2000
    AND u.key ~ '^[a-z]{2,3}$'
    AND NOT EXISTS (SELECT 1 FROM marketplace_import_configs c
                    WHERE c.vendor_id = v.id AND c.marketplace = 'letzshop');
INSERT INTO tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
  SELECT c.vendor_id, c.marketplace, u.key, btrim(u.value)
  FROM marketplace_import_configs c CROSS JOIN LATERAL jsonb_each_text(c.feed_urls) u
  WHERE btrim(coalesce(u.value, '')) ~* '^https?://' AND length(btrim(u.value)) <= 2000
    AND u.key ~ '^[a-z]{2,3}$' AND c.marketplace ~ '^[a-z0-9-]{1,32}$'
    AND EXISTS (SELECT 1 FROM tenancy_vendors v WHERE v.id = c.vendor_id);
ALTER TABLE tenancy_vendor_feed_sources FORCE ROW LEVEL SECURITY;
DROP TABLE marketplace_import_configs;
ALTER TABLE tenancy_vendors DROP CONSTRAINT tenancy_vendors_urls_object;
ALTER TABLE tenancy_vendors DROP COLUMN letzshop_csv_urls;

--changeset wizamart:marketplace-010-lean-staging
--comment: Staging in the shape of ADR 0030. A staged product keeps its language-independent facts in one row, all its
--comment: attributes (well-known and adapter-declared) in one JSON object; each language its import staged has a row of
--comment: its own in marketplace_staged_texts (title, description, the raw values of the record in the source's order
--comment: as one text, separated by U+001F, a U+001F or U+001B inside a value preceded by U+001B, and the content hash
--comment: that lets a re-import skip it); the names of the raw values are kept once per vendor and
--comment: list of names in marketplace_raw_layouts (a list's id is the MD5 of its names as a JSON array). Existing rows
--comment: move over in this one transaction (a failure leaves the former columns as they were); the migration role is
--comment: bound by the tables' forced Row-Level Security, so they stop forcing it for this transaction only. The brand
--comment: index serves the brand filter (lower(brand)).
CREATE TABLE marketplace_raw_layouts (
  vendor_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  names       text[]      NOT NULL,
  PRIMARY KEY (vendor_id, id)
);
SELECT wizamart_enable_vendor_rls('marketplace_raw_layouts');
CREATE TABLE marketplace_staged_texts (
  product_id   uuid       NOT NULL,
  language     varchar(8) NOT NULL,
  vendor_id    uuid       NOT NULL,
  title        text       NOT NULL,
  description  text,
  raw_layout   uuid       NOT NULL,
  raw_values   text       NOT NULL,
  content_hash bigint,
  PRIMARY KEY (product_id, language)
);
SELECT wizamart_enable_vendor_rls('marketplace_staged_texts');
ALTER TABLE marketplace_staged_products ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}'
  CHECK (jsonb_typeof(attributes) = 'object');
ALTER TABLE marketplace_staged_products NO FORCE ROW LEVEL SECURITY;
ALTER TABLE marketplace_staged_texts NO FORCE ROW LEVEL SECURITY;
ALTER TABLE marketplace_raw_layouts NO FORCE ROW LEVEL SECURITY;
UPDATE marketplace_staged_products SET attributes = jsonb_strip_nulls(jsonb_build_object(
  'google_product_category', google_product_category, 'color', color, 'size', size, 'gender', gender,
  'age_group', age_group, 'identifier_exists', identifier_exists, 'adult', adult, 'delivery_method', delivery_method));
WITH texts AS (
  SELECT s.id, s.vendor_id, l.lang, l.title, s.descriptions ->> l.lang AS description,
    (s.content_hashes ->> l.lang)::bigint AS content_hash, s.raw -> l.lang AS raw_object,
    array(SELECT k FROM jsonb_object_keys(
      CASE WHEN jsonb_typeof(s.raw -> l.lang) = 'object' THEN s.raw -> l.lang ELSE '{}'::jsonb END) k) AS names
  FROM marketplace_staged_products s CROSS JOIN LATERAL jsonb_each_text(s.titles) l(lang, title)
  WHERE l.title IS NOT NULL
), layouts AS (
  INSERT INTO marketplace_raw_layouts (vendor_id, id, names)
  SELECT DISTINCT vendor_id, md5(array_to_json(names)::text)::uuid, names FROM texts
  ON CONFLICT DO NOTHING
)
INSERT INTO marketplace_staged_texts (product_id, language, vendor_id, title, description, raw_layout, raw_values,
  content_hash)
SELECT t.id, t.lang, t.vendor_id, t.title, t.description, md5(array_to_json(t.names)::text)::uuid,
  coalesce(array_to_string(array(
    SELECT replace(replace(coalesce(t.raw_object ->> n, ''), chr(27), chr(27) || chr(27)), chr(31), chr(27) || chr(31))
    FROM unnest(t.names) WITH ORDINALITY u(n, i) ORDER BY i), chr(31)), ''), t.content_hash
FROM texts t;
ALTER TABLE marketplace_staged_products FORCE ROW LEVEL SECURITY;
ALTER TABLE marketplace_staged_texts FORCE ROW LEVEL SECURITY;
ALTER TABLE marketplace_raw_layouts FORCE ROW LEVEL SECURITY;
DROP INDEX marketplace_staged_products_brand_idx;
CREATE INDEX marketplace_staged_products_brand_idx ON marketplace_staged_products (vendor_id, lower(brand));
ALTER TABLE marketplace_staged_products DROP COLUMN titles, DROP COLUMN descriptions, DROP COLUMN raw,
  DROP COLUMN content_hashes, DROP COLUMN facts_hash, DROP COLUMN google_product_category, DROP COLUMN color,
  DROP COLUMN size, DROP COLUMN gender, DROP COLUMN age_group, DROP COLUMN identifier_exists, DROP COLUMN adult,
  DROP COLUMN delivery_method;

--changeset wizamart:marketplace-011-staging-statistics splitStatements:false
--comment: The statistics of staging, gathered by an import that wrote many rows (ADR 0030): right after a vendor's
--comment: first import they counted its products as a handful until autovacuum came by, and the planner read all of
--comment: them for every chunk of the next import. Only a table's owner may analyze it: SECURITY DEFINER (owned by the
--comment: migration role), for the application role alone, and only these two tables.
CREATE FUNCTION marketplace_analyze_staging() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
BEGIN
  ANALYZE public.marketplace_staged_products;
  ANALYZE public.marketplace_staged_texts;
END
$$;
REVOKE ALL ON FUNCTION marketplace_analyze_staging() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION marketplace_analyze_staging() TO ${app_role};

--changeset wizamart:marketplace-012-last-changes
--comment: What the latest import that changed a staged product changed, so that the team sees it before publishing:
--comment: the facts it rewrote (their former values by column, each wrapped in a one-element array so that a former
--comment: NULL is kept) with that import's job, and per language the title and description it rewrote with its job.
--comment: NULL for products and texts no import has changed since they were staged.
ALTER TABLE marketplace_staged_products ADD COLUMN facts_changed jsonb, ADD COLUMN facts_changed_by uuid;
ALTER TABLE marketplace_staged_texts ADD COLUMN texts_changed jsonb, ADD COLUMN texts_changed_by uuid;
