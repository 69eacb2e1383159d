--liquibase formatted sql

--changeset wizamart:platform-001-app-role runAlways:true splitStatements:false
--comment: The application's login role owns no table, so Row-Level Security applies to it. Its password is set on
--comment: every migration run from the configured value (wizamart.database.app-password).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    CREATE ROLE ${app_role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
-- (only LOGIN and PASSWORD here: changing SUPERUSER/BYPASSRLS would need a superuser; CREATE sets them once)
ALTER ROLE ${app_role} WITH LOGIN PASSWORD '${app_role_password}';

--changeset wizamart:platform-002-vendor-rls-functions splitStatements:false
--comment: The vendor bound to the current transaction (set_config('app.vendor_id', ..., true)); NULL when none.
CREATE FUNCTION wizamart_current_vendor() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.vendor_id', true), '')::uuid $$;

--comment: Whether the transaction runs an explicit, audited cross-vendor read.
CREATE FUNCTION wizamart_cross_vendor_read() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.cross_vendor_read', true), '') = 'on' $$;

--comment: Puts a vendor-owned table (one with vendor_id) under Row-Level Security: rows of the bound vendor only,
--comment: reads across vendors only on the explicit path, nothing at all when no vendor is bound (fail closed).
CREATE FUNCTION wizamart_enable_vendor_rls(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY vendor_isolation ON %s USING (vendor_id = wizamart_current_vendor()) '
                 'WITH CHECK (vendor_id = wizamart_current_vendor())', target);
  EXECUTE format('CREATE POLICY cross_vendor_read ON %s FOR SELECT USING (wizamart_cross_vendor_read())', target);
END
$$;

--changeset wizamart:platform-003-event-publication
--comment: Spring Modulith's event publication registry (schema v2); Modulith's own schema creation is off.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

--changeset wizamart:platform-004-cross-vendor-read-estimate splitStatements:false
--comment: Same meaning (true only when the transaction set app.cross_vendor_read to on; unset or empty is false),
--comment: but planned as a boolean cast (selectivity 0.5) instead of a text equality (0.005). Inlined into every
--comment: vendor policy, the equality made PostgreSQL expect 200 times fewer rows than a vendor has, so it sorted a
--comment: vendor's whole list instead of reading its first page off the matching index (ADR 0010).
CREATE OR REPLACE FUNCTION wizamart_cross_vendor_read() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(nullif(current_setting('app.cross_vendor_read', true), ''), 'off')::boolean $$;

--changeset wizamart:platform-005-policies-read-settings-once splitStatements:false
--comment: The vendor policies read the transaction's settings once per statement instead of once per row: each
--comment: function call is wrapped in a scalar subquery, which PostgreSQL runs once as an InitPlan; inlined as before,
--comment: current_setting() and its casts ran for every row a statement looked at (a list's count of a vendor's 1,000
--comment: products, a search's matches). Same meaning, same estimates (ADR 0010). Tables put under RLS later get the
--comment: new form from the function; the policies of existing ones are dropped and made again by it here. That locks
--comment: each table until the changeset commits: on a live database, deploy it at a quiet time (docs/operations.md).
CREATE OR REPLACE FUNCTION wizamart_enable_vendor_rls(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY vendor_isolation ON %s USING (vendor_id = (SELECT wizamart_current_vendor())) '
                 'WITH CHECK (vendor_id = (SELECT wizamart_current_vendor()))', target);
  EXECUTE format('CREATE POLICY cross_vendor_read ON %s FOR SELECT USING ((SELECT wizamart_cross_vendor_read()))',
                 target);
END
$$;
DO $$
DECLARE
  t regclass;
BEGIN
  -- give up rather than queue behind a long transaction while holding the locks taken so far
  PERFORM set_config('lock_timeout', '30s', true);
  -- the policy text lives in the function only: drop both policies and let it create them again
  FOR t IN SELECT format('%I.%I', schemaname, tablename)::regclass FROM pg_policies
           WHERE schemaname = current_schema() AND policyname = 'vendor_isolation' LOOP
    EXECUTE format('DROP POLICY vendor_isolation ON %s', t);
    EXECUTE format('DROP POLICY IF EXISTS cross_vendor_read ON %s', t);
    PERFORM wizamart_enable_vendor_rls(t);
  END LOOP;
  -- fail (and run again at the next start) rather than be recorded as done with a policy of the old form left
  IF EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema()
             AND policyname IN ('vendor_isolation', 'cross_vendor_read') AND qual NOT LIKE '%SELECT wizamart%') THEN
    RAISE EXCEPTION 'vendor policies of the old form are left';
  END IF;
END
$$;
