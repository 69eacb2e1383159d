--liquibase formatted sql

--changeset wizamart:tenancy-001-vendors
--comment: The tenant registry. Read before any vendor is known (to resolve one from a host or code), so no RLS.
CREATE TABLE tenancy_vendors (
  id                   uuid PRIMARY KEY,
  code                 varchar(32)  NOT NULL,
  name                 varchar(200) NOT NULL,
  subdomain            varchar(63)  NOT NULL,
  business_email       varchar(320),
  business_phone       varchar(50),
  business_address     varchar(300),
  business_city        varchar(100),
  business_postal_code varchar(20),
  business_country     varchar(100),
  vat_number           varchar(30),
  letzshop_csv_urls    jsonb        NOT NULL DEFAULT '{}',
  theme                jsonb        NOT NULL DEFAULT '{}',
  verified             boolean      NOT NULL DEFAULT false,
  active               boolean      NOT NULL DEFAULT true,
  deleted_at           timestamptz,
  created_at           timestamptz  NOT NULL,
  updated_at           timestamptz  NOT NULL,
  version              bigint       NOT NULL DEFAULT 0,
  CONSTRAINT tenancy_vendors_code_uk UNIQUE (code),
  CONSTRAINT tenancy_vendors_code_format CHECK (code ~ '^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$'),
  CONSTRAINT tenancy_vendors_theme_object CHECK (jsonb_typeof(theme) = 'object'),
  CONSTRAINT tenancy_vendors_urls_object CHECK (jsonb_typeof(letzshop_csv_urls) = 'object')
);
--comment: A deleted vendor keeps its code (order numbers stay unique) but frees its subdomain.
CREATE UNIQUE INDEX tenancy_vendors_subdomain_uk ON tenancy_vendors (subdomain) WHERE deleted_at IS NULL;
CREATE INDEX tenancy_vendors_created_idx ON tenancy_vendors (created_at DESC);

CREATE TABLE tenancy_vendor_domains (
  vendor_id uuid         NOT NULL REFERENCES tenancy_vendors (id),
  domain    varchar(253) NOT NULL,
  verified  boolean      NOT NULL DEFAULT false,
  PRIMARY KEY (vendor_id, domain)
);
CREATE UNIQUE INDEX tenancy_vendor_domains_domain_uk ON tenancy_vendor_domains (domain);

--changeset wizamart:tenancy-002-audit-log
--comment: Admin actions; platform data read by admins only. The application role may only append (see grants).
CREATE TABLE tenancy_audit_log (
  id          uuid         PRIMARY KEY,
  at          timestamptz  NOT NULL,
  actor_id    uuid,
  actor_email varchar(320) NOT NULL,
  action      varchar(64)  NOT NULL,
  vendor_id   uuid,
  target_type varchar(64),
  target_id   varchar(100),
  before      jsonb        NOT NULL DEFAULT '{}',
  after       jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX tenancy_audit_log_at_idx ON tenancy_audit_log (at DESC);
CREATE INDEX tenancy_audit_log_vendor_idx ON tenancy_audit_log (vendor_id, at DESC);

--changeset wizamart:tenancy-003-audit-target-name-and-origin
--comment: The audit trail names its target (a member's email, an order number) so the admin app shows it by name,
--comment: and records where the request came from. Still append-only for the application role (platform/grants.sql).
ALTER TABLE tenancy_audit_log ADD COLUMN target_name    varchar(300);
ALTER TABLE tenancy_audit_log ADD COLUMN client_address varchar(64);
ALTER TABLE tenancy_audit_log ADD COLUMN request_id     varchar(100);
CREATE INDEX tenancy_audit_log_action_idx ON tenancy_audit_log (action, at DESC);
CREATE INDEX tenancy_audit_log_target_idx ON tenancy_audit_log (target_type, target_id, at DESC);

--changeset wizamart:tenancy-004-vendor-feed-sources
--comment: Where the platform fetches a vendor's product feeds: one URL per marketplace and language (ADR 0029). The
--comment: URLs may carry credentials, so the rows are vendor-owned under Row-Level Security (unlike the tenant
--comment: registry). The Letzshop URLs kept on the vendor row become feed sources of the marketplace letzshop (blank
--comment: ones dropped, as the application dropped them, and those the table's checks refuse); marketplace-009 then
--comment: copies them again, moves the vendors' own marketplace configurations in, and only then drops the column, so a
--comment: failure there leaves the release before working. Filled before the policies exist, so the migration role
--comment: writes whatever its attributes.
CREATE TABLE tenancy_vendor_feed_sources (
  vendor_id   uuid          NOT NULL REFERENCES tenancy_vendors (id),
  marketplace varchar(32)   NOT NULL,
  language    varchar(8)    NOT NULL,
  url         varchar(2000) NOT NULL,
  PRIMARY KEY (vendor_id, marketplace, language),
  CONSTRAINT tenancy_vendor_feed_sources_marketplace_format CHECK (marketplace ~ '^[a-z0-9-]{1,32}$'),
  CONSTRAINT tenancy_vendor_feed_sources_language_format CHECK (language ~ '^[a-z]{2,3}$'),
  CONSTRAINT tenancy_vendor_feed_sources_url_http CHECK (url ~* '^https?://')
);
INSERT INTO tenancy_vendor_feed_sources (vendor_id, marketplace, language, url)
  SELECT v.id, 'letzshop', u.key, btrim(u.value)
  FROM tenancy_vendors v CROSS JOIN LATERAL jsonb_each_text(v.letzshop_csv_urls) u
  WHERE btrim(coalesce(u.value, '')) ~* '^https?://' AND length(btrim(u.value)) <= 2000
    AND u.key ~ '^[a-z]{2,3}$';
SELECT wizamart_enable_vendor_rls('tenancy_vendor_feed_sources');
