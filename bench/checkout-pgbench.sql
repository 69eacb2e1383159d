-- The limit for bench/checkout-benchmark.sh: the SQL the application runs for one order (add to cart, check out,
-- the two listeners that follow), statement for statement as PostgreSQL's log shows them in the steady state
-- (log_statement = all; re-captured 2026-12-07 from build 25af994, with its one change since: the order mail reads
-- the shop's details once, not twice), run by pgbench as the application role under Row-Level Security. Edited where
-- pgbench needs it: the mail's dedup key and the job's JSON without colons pgbench would take for variables, and the
-- job's history with fixed times.
-- The stock figures the listener writes are the real ones (until 2026-12-02 a constant, so after a product's first
-- order its catalog row was left as it was, which the application's listener never can).
-- Each request starts with the check of the customer's credentials version (a read-only transaction of its own).
-- One script run = one order. Variables (pgbench -D): vendor, hot (product id), products (count), hotmode (1: always
-- the hot product).
-- Not mirrored: request routing's vendor lookup (remembered for 2 s, so about one read-only transaction per vendor
-- and instance every 2 s, not per request) and Hikari's bookkeeping.
\set p random(1, :products)
\set c :client_id
-- POST /cart/{session}/items (each client's cart exists, as in the application's steady state: the benchmark script
-- creates them before pgbench runs)
BEGIN READ ONLY;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
SELECT credentials_version FROM identity_customers WHERE vendor_id = :vendor AND id = md5('bench-customer-' || :c)::uuid
  AND active;
SELECT set_config('app.vendor_id', '', true), set_config('app.cross_vendor_read', '', true);
COMMIT;
BEGIN;
-- the application's binding statement; the order's ids ride along in it (no round trip the application does not make)
SELECT set_config('app.vendor_id', :vendor, true) AS bound_vendor, set_config('app.cross_vendor_read', '', true) AS bound_cross,
  CASE WHEN :hotmode = 1 THEN :hot::uuid ELSE (SELECT id FROM bench_products WHERE n = :p) END AS pid,
  md5('bench-customer-' || :c)::uuid AS customer, md5('bench-cart-' || :c)::uuid AS cart,
  gen_random_uuid() AS order_id, gen_random_uuid() AS ikey \gset
SELECT id, session_id, customer_id, created_at, updated_at FROM ordering_carts
  WHERE vendor_id = :vendor AND (customer_id = :customer OR (session_id = 'bench-session' AND customer_id IS NULL))
  ORDER BY customer_id NULLS LAST, id FOR UPDATE;
SELECT cart_id, product_id, quantity, added_at FROM ordering_cart_lines
  WHERE vendor_id = :vendor AND cart_id IN (:cart) ORDER BY cart_id, added_at, product_id;
SELECT id, vendor_id, email, password_hash, first_name, last_name, phone, preferred_language, marketing_consent,
  marketing_consent_at, active, created_at, version, credentials_version, email_verified_at
  FROM identity_customers WHERE vendor_id = :vendor AND id = :customer;
SELECT p.id, p.vendor_id, p.sku, p.default_language, p.names AS names_json, p.descriptions AS descriptions_json,
  p.price_amount, p.sale_amount, p.currency, p.tax_rate, p.tax_category, p.brand, p.gtin, p.images AS images_json,
  p.category_path,
  p.active, p.featured, p.source_staged_id, p.source_marketplace, p.source_external_id, p.source_quantity,
  p.locked_fields, p.available_quantity, p.units_sold, p.created_at, p.updated_at, p.version, p.availability
  FROM catalog_products p WHERE p.vendor_id = :vendor AND p.id IN (:pid);
SELECT product_id, sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM inventory_stock
  WHERE vendor_id = :vendor AND product_id IN (:pid) GROUP BY product_id;
-- the shop's currency (a cart totals, and an order holds, only lines priced in it: ADR 0020)
SELECT default_language, default_tax_rate, currency, stock_owner, price_owner, refresh_review
  FROM catalog_vendor_settings WHERE vendor_id = :vendor;
WITH line AS (
  INSERT INTO ordering_cart_lines (vendor_id, cart_id, product_id, quantity, added_at)
  VALUES (:vendor, :cart, :pid, 1, now())
  ON CONFLICT (vendor_id, cart_id, product_id) DO UPDATE SET quantity = excluded.quantity)
UPDATE ordering_carts SET updated_at = now() WHERE vendor_id = :vendor AND id = :cart;
COMMIT;
-- POST /orders: the credentials check, then the checkout transaction (the order first, the stock reservation last:
-- ADR 0011)
BEGIN READ ONLY;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
SELECT credentials_version FROM identity_customers WHERE vendor_id = :vendor AND id = :customer AND active;
SELECT set_config('app.vendor_id', '', true), set_config('app.cross_vendor_read', '', true);
COMMIT;
BEGIN;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
SELECT pg_try_advisory_xact_lock(hashtextextended('ordering-checkout/' || :vendor || '/' || :customer || '/' || :ikey, 0));
SELECT fingerprint, order_id FROM ordering_idempotency_keys
  WHERE vendor_id = :vendor AND customer_id = :customer AND idempotency_key = :ikey;
SELECT id, session_id, customer_id, created_at, updated_at FROM ordering_carts
  WHERE vendor_id = :vendor AND (customer_id = :customer OR (session_id = 'bench-session' AND customer_id IS NULL))
  ORDER BY customer_id NULLS LAST, id FOR UPDATE;
SELECT cart_id, product_id, quantity, added_at FROM ordering_cart_lines
  WHERE vendor_id = :vendor AND cart_id IN (:cart) ORDER BY cart_id, added_at, product_id;
-- the shop's currency (a cart totals, and an order holds, only lines priced in it: ADR 0020)
SELECT default_language, default_tax_rate, currency, stock_owner, price_owner, refresh_review
  FROM catalog_vendor_settings WHERE vendor_id = :vendor;
SELECT id, vendor_id, email, password_hash, first_name, last_name, phone, preferred_language, marketing_consent,
  marketing_consent_at, active, created_at, version, credentials_version, email_verified_at
  FROM identity_customers WHERE vendor_id = :vendor AND id = :customer;
SELECT p.id, p.vendor_id, p.sku, p.default_language, p.names AS names_json, p.descriptions AS descriptions_json,
  p.price_amount, p.sale_amount, p.currency, p.tax_rate, p.tax_category, p.brand, p.gtin, p.images AS images_json,
  p.category_path,
  p.active, p.featured, p.source_staged_id, p.source_marketplace, p.source_external_id, p.source_quantity,
  p.locked_fields, p.available_quantity, p.units_sold, p.created_at, p.updated_at, p.version, p.availability
  FROM catalog_products p WHERE p.vendor_id = :vendor AND p.id IN (:pid);
-- the payment methods the shop offers (payments' settings), the customer's addresses, shipping and the VAT scheme,
-- the shop's details
SELECT vendor_id, methods, account_holder, iban, bic, connected_account, updated_at
  FROM payments_vendor_settings WHERE vendor_id = :vendor;
SELECT id, customer_id, label, first_name, last_name, company, street, street2, postal_code, city, country, phone,
  default_shipping, default_billing, created_at, updated_at
  FROM ordering_customer_addresses WHERE vendor_id = :vendor AND customer_id = :customer ORDER BY created_at, id;
SELECT id, name, kind, price, currency, threshold, countries, pickup_location, active, created_at, updated_at
  FROM ordering_shipping_methods WHERE vendor_id = :vendor AND active ORDER BY created_at, id;
SELECT oss_registered, origin_country FROM ordering_tax_settings WHERE vendor_id = :vendor;
SELECT v.id, v.code, v.name, v.subdomain, v.business_email, v.business_phone, v.business_address, v.business_city,
  v.business_postal_code, v.business_country, v.vat_number, v.theme::text AS theme, v.verified, v.active, v.deleted_at,
  v.created_at, v.version FROM tenancy_vendors v WHERE v.id = :vendor;
SELECT vendor_id, domain, verified FROM tenancy_vendor_domains WHERE vendor_id IN (:vendor) ORDER BY domain;
SELECT ordering_next_order_number(:vendor) AS number \gset
INSERT INTO ordering_orders (id, vendor_id, order_number, customer_id, customer_email, customer_name, status, currency,
  total, tax_total, item_count, shipping_address, billing_address, note, tracking_number, assignee_id, placed_at,
  updated_at, vat_scheme, vat_country, payment_method, payment_status, shopper_language)
  VALUES (:order_id, :vendor, 'PGBENCH-' || :number, :customer, 'c@bench.test', 'Ben Bench', 'PENDING', 'EUR',
  12.90, 1.87, 1,
  '{"firstName":"Ben","lastName":"Bench","company": null,"street":"1 Rue","street2": null,"postalCode":"L-1234","city":"Luxembourg","country":"LU","phone": null}',
  '{"firstName":"Ben","lastName":"Bench","company": null,"street":"1 Rue","street2": null,"postalCode":"L-1234","city":"Luxembourg","country":"LU","phone": null}',
  null, null, null, now(), now(), 'SHOP', 'LU', 'CASH_ON_DELIVERY', 'PENDING', null);
INSERT INTO ordering_order_lines (vendor_id, order_id, line_no, product_id, sku, name, unit_price, tax_rate, quantity,
  line_total, backordered_quantity) VALUES (:vendor, :order_id, 1, :pid, 'P1', 'Bench product P1', 12.90, 17.00, 1,
  12.90, 0);
INSERT INTO ordering_status_history (vendor_id, order_id, entry_type, from_status, to_status, from_assignee_id,
  from_assignee_name, from_assignee_email, to_assignee_id, to_assignee_name, to_assignee_email, actor_id, actor_email,
  note, changed_at) VALUES (:vendor, :order_id, 'STATUS', null, 'PENDING', null, null, null, null, null, null,
  :customer, 'c@bench.test', null, now());
INSERT INTO ordering_payment_history (vendor_id, order_id, from_status, to_status, amount, currency, note, actor_id,
  actor_email, changed_at) VALUES (:vendor, :order_id, null, 'PENDING', 12.90, 'EUR', null, :customer, 'c@bench.test',
  now());
WITH gone AS (DELETE FROM ordering_cart_lines WHERE vendor_id = :vendor AND cart_id = :cart)
UPDATE ordering_carts SET updated_at = now() WHERE vendor_id = :vendor AND id = :cart;
INSERT INTO ordering_idempotency_keys (vendor_id, customer_id, idempotency_key, fingerprint, order_id, created_at)
  VALUES (:vendor, :customer, :ikey, md5(:ikey) || md5(:ikey), :order_id, now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
  completion_attempts, last_resubmission_date)
  VALUES (gen_random_uuid(), 'com.wizamart.ordering.OrderPlaced', 'catalog.count-sales', now(),
  '{"orderId":"' || :order_id || '","vendorId":"' || :vendor || '","orderNumber":"BENCH-000001","customerId":"'
  || :customer || '","lines":[{"productId":"' || :pid || '","sku":"P1","quantity":1,"unitPrice":12.90}],'
  || '"total":12.90,"currency":"EUR","placedAt":"2026-01-01T00:00:00Z"}',
  'PUBLISHED', 1, now()) RETURNING id AS order_event \gset
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
  completion_attempts, last_resubmission_date)
  VALUES (gen_random_uuid(), 'com.wizamart.ordering.OrderPlaced', 'notifications.order-placed', now(),
  '{"orderId":"' || :order_id || '","vendorId":"' || :vendor || '","orderNumber":"BENCH-000001","customerId":"'
  || :customer || '","lines":[{"productId":"' || :pid || '","sku":"P1","quantity":1,"unitPrice":12.90}],'
  || '"total":12.90,"currency":"EUR","placedAt":"2026-01-01T00:00:00Z","paymentMethod":"CASH_ON_DELIVERY"}',
  'PUBLISHED', 1, now()) RETURNING id AS mail_event \gset
SELECT status, created_at FROM inventory_reservations WHERE vendor_id = :vendor AND order_reference = :order_id;
SELECT id AS location_id, vendor_id, code, name, priority, is_default, created_at FROM inventory_locations
  WHERE vendor_id = :vendor \gset
SELECT id AS stock_id, vendor_id, product_id, location_id, on_hand, reserved FROM inventory_stock
  WHERE vendor_id = :vendor AND product_id IN (:pid) ORDER BY product_id, location_id FOR UPDATE \gset
INSERT INTO inventory_reservations (vendor_id, order_reference, status, created_at, updated_at)
  VALUES (:vendor, :order_id, 'RESERVED', now(), now()) ON CONFLICT DO NOTHING;
INSERT INTO inventory_reservation_lines (vendor_id, order_reference, product_id, location_id, quantity)
  VALUES (:vendor, :order_id, :pid, :location_id, 1);
UPDATE inventory_stock SET on_hand = :on_hand, reserved = :reserved + 1, updated_at = now()
  WHERE vendor_id = :vendor AND id = :stock_id;
INSERT INTO inventory_movements (id, vendor_id, product_id, location_id, type, quantity, on_hand_after,
  reserved_after, reason, reference, actor_id, actor_email, occurred_at)
  VALUES (gen_random_uuid(), :vendor, :pid, :location_id, 'RESERVATION', 1, :on_hand, :reserved + 1, null,
  :order_id, null, 'system', now());
INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
  completion_attempts, last_resubmission_date)
  VALUES (gen_random_uuid(), 'com.wizamart.inventory.StockLevelChanged', 'catalog.record-stock-level', now(),
  '{"vendorId":"' || :vendor || '","productId":"' || :pid || '","available":' || (:on_hand::int - :reserved::int - 1)
  || ',"onHand":' || :on_hand || ',"reserved":' || (:reserved::int + 1) || '}',
  'PUBLISHED', 1, now()) RETURNING id AS stock_event \gset
COMMIT;
-- catalog.record-stock-level (after commit, three transactions as Spring Modulith runs a listener: the registry's
-- two need no vendor binding, the listener's own is bound from its start)
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :stock_event AND status != 'PROCESSING';
COMMIT;
BEGIN;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
-- (since 2026-12-06 the listener records inventory's current figure, not the event's: it locks the product's row,
-- reads the stock, then writes)
SELECT 1 FROM catalog_products WHERE vendor_id = :vendor AND id = :pid FOR NO KEY UPDATE;
SELECT product_id, sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM inventory_stock
  WHERE vendor_id = :vendor AND product_id IN (:pid) GROUP BY product_id;
UPDATE catalog_products SET available_quantity = :on_hand::int - :reserved::int - 1
  WHERE vendor_id = :vendor AND id = :pid AND available_quantity <> :on_hand::int - :reserved::int - 1;
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'COMPLETED', completion_date = now() WHERE id = :stock_event;
COMMIT;
-- catalog.count-sales
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :order_event AND status != 'PROCESSING';
COMMIT;
BEGIN;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
INSERT INTO catalog_counted_orders (vendor_id, order_id, counted_at) VALUES (:vendor, :order_id, now())
  ON CONFLICT DO NOTHING;
SELECT units FROM catalog_counted_orders WHERE vendor_id = :vendor AND order_id = :order_id FOR UPDATE;
SELECT product_id, sum(units) AS units FROM (SELECT l.vendor_id, l.order_id, l.product_id, l.sku, l.name, o.currency,
    o.placed_at, l.quantity - l.refunded_quantity AS units, l.line_total - l.unit_price * l.refunded_quantity AS revenue
  FROM ordering_order_lines l JOIN ordering_orders o ON o.vendor_id = l.vendor_id AND o.id = l.order_id
  WHERE o.status IN ('PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED')) counted
  WHERE vendor_id = :vendor AND order_id = :order_id GROUP BY product_id ORDER BY product_id;
UPDATE catalog_products SET units_sold = units_sold + 1 WHERE vendor_id = :vendor AND id = :pid;
UPDATE catalog_counted_orders SET units = cast('{"' || :pid || '":1}' AS jsonb), counted_at = now()
  WHERE vendor_id = :vendor AND order_id = :order_id;
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'COMPLETED', completion_date = now() WHERE id = :order_event;
COMMIT;
-- notifications.order-placed: the order confirmation is composed (the order as the customer sees it, the shop's
-- details) and queued; its first attempt is handed to the job engine in a transaction of its own after the commit
BEGIN;
UPDATE event_publication SET status = 'PROCESSING' WHERE id = :mail_event AND status != 'PROCESSING';
COMMIT;
BEGIN;
SELECT set_config('app.vendor_id', :vendor, true), set_config('app.cross_vendor_read', '', true);
SELECT o.id, o.vendor_id, o.order_number, o.customer_id, o.customer_email, o.customer_name, o.status, o.currency,
  o.total, o.tax_total, o.refunded_total, o.item_count, o.shipping_address, o.billing_address, o.note,
  o.tracking_number, o.assignee_id, o.placed_at, o.updated_at, o.vat_scheme, o.vat_country, o.payment_method,
  o.payment_status, o.shopper_language FROM ordering_orders o WHERE o.vendor_id = :vendor AND o.id = :order_id;
SELECT line_no, product_id, sku, name, unit_price, tax_rate, quantity, line_total, refunded_quantity,
  backordered_quantity FROM ordering_order_lines WHERE vendor_id = :vendor AND order_id = :order_id ORDER BY line_no;
SELECT method_id, name, kind, gross, tax_rate, net, tax, pickup_location FROM ordering_order_shipping
  WHERE vendor_id = :vendor AND order_id = :order_id;
SELECT id, vendor_id, email, password_hash, first_name, last_name, phone, preferred_language, marketing_consent,
  marketing_consent_at, active, created_at, version, credentials_version, email_verified_at
  FROM identity_customers WHERE vendor_id = :vendor AND id = :customer;
SELECT v.id, v.code, v.name, v.subdomain, v.business_email, v.business_phone, v.business_address, v.business_city,
  v.business_postal_code, v.business_country, v.vat_number, v.theme::text AS theme, v.verified, v.active, v.deleted_at,
  v.created_at, v.version FROM tenancy_vendors v WHERE v.id = :vendor;
SELECT vendor_id, domain, verified FROM tenancy_vendor_domains WHERE vendor_id IN (:vendor) ORDER BY domain;
-- the bodies as long as the application's (about 0.6 kB of text, 3.4 kB of HTML)
INSERT INTO notifications_messages (id, vendor_id, dedup_key, kind, recipient, recipient_name, language, subject,
  from_address, from_name, reply_to, text_body, html_body, send_text_body, send_html_body, order_id, order_number,
  message_id, status, attempts, next_attempt_at, created_at)
  VALUES (:order_id, :vendor, 'ORDER_CONFIRMATION-' || :order_id || '-placed-c@bench.test', 'ORDER_CONFIRMATION',
  'c@bench.test', 'Ben Bench', 'en', 'Your order PGBENCH-' || :number || ' at Bench shop',
  'no-reply@wizamart.localhost', 'Bench shop', 'bench@bench.test', repeat('Thank you for your order. ', 24),
  repeat('<tr><td>Bench product P1</td><td align="right">12.90 &euro;</td></tr>', 50), null, null, :order_id,
  'PGBENCH-' || :number, '<' || :order_id || '@wizamart.localhost>', 'QUEUED', 0, now(), now())
  ON CONFLICT (dedup_key) DO NOTHING;
SELECT set_config('app.vendor_id', '', true), set_config('app.cross_vendor_read', '', true);
COMMIT;
BEGIN;
INSERT INTO jobrunr.jobrunr_jobs (id, version, jobAsJson, jobSignature, state, createdAt, updatedAt, scheduledAt,
  recurringJobId) VALUES (:order_id::text, 1, '{"id":"' || :order_id || '","version":1,"jobDetails":{"className":'
  || '"com.wizamart.notifications.application.Sending","methodName":"attempt","jobParameters":[{"className":'
  || '"java.util.UUID","actualClassName":"java.util.UUID","object":"' || :order_id || '"},{"className":'
  || '"java.util.UUID","actualClassName":"java.util.UUID","object":"' || :vendor || '"},{"className":"int",'
  || '"actualClassName":"java.lang.Integer","object":1}],"cacheable": true},"jobHistory":[{"@class":'
  || '"org.jobrunr.jobs.states.ScheduledState","createdAt":"2026-12-07T03:24:22.859508368Z","scheduledAt":'
  || '"2026-12-07T03:24:22.858383692Z","state":"SCHEDULED"}],"metadata":{"@class":'
  || '"java.util.concurrent.ConcurrentHashMap"},"jobName":"com.wizamart.notifications.application.Sending.attempt('
  || :order_id || ',' || :vendor || ',1)","jobSignature":"com.wizamart.notifications.application.Sending.attempt('
  || 'java.util.UUID, java.util.UUID, int)","labels":[]}',
  'com.wizamart.notifications.application.Sending.attempt(java.util.UUID, java.util.UUID, int)', 'SCHEDULED',
  now(), now(), now(), null);
COMMIT;
BEGIN;
UPDATE event_publication SET status = 'COMPLETED', completion_date = now() WHERE id = :mail_event;
COMMIT;
