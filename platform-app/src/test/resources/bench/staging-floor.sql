-- The floor of the staging shape (docs/performance.md, "Marketplace import"): what PostgreSQL alone needs to turn a
-- Letzshop feed into staged rows. The feed is loaded with \copy into a temporary table of text columns (temporary
-- tables are not WAL-logged), then INSERT ... SELECT writes what an import writes into empty, logged copies of the
-- staging tables (their indexes, defaults and checks included): price and currency parsed from text, availability
-- mapped to its enum name, yes/no flags, links, the attributes object, the texts rows with the raw values, the
-- header's layout, and time-ordered ids. Rows an import rejects (blank id or title, a price it cannot read) are left
-- out; the generated feed has no id twice (the harness compares the rows staged with the import's). Values are
-- parsed as simply as the generated feed allows: the floor is what the database must do, not the adapter's checks.
--
-- Run by com.wizamart.bench.ImportBenchmark in one psql session:
--   psql -X -q -A -t -v ON_ERROR_STOP=1 -v feed=<path> -v vendor=<uuid> -v job=<uuid> -v lang=en -f staging-floor.sql
-- \timing is on only around the load and the inserts: the "Time:" lines add up to the floor. The script prints
-- floor_products=<rows staged> and floor_texts=<texts rows> and drops its tables at the end.
--
-- Shape: as of marketplace-010 (ADR 0030): marketplace_staged_products with the language-independent facts and all
-- attributes in one JSON object; marketplace_staged_texts, a row per product and language (title, description, the
-- raw values of the record in the header's order, the content hash); marketplace_raw_layouts, the header's names once.

\set marketplace letzshop
set client_min_messages = warning;
-- the prices Amounts.parse reads: a currency before or after the amount or none (EUR), at most two decimals, "," or
-- "." as the decimal separator (thousands separators are left out: generated feeds have none). No capturing groups:
-- PostgreSQL matches those an order of magnitude slower.
\set price_re '^(?:(?:[A-Za-z]{3}|€)\\s*[0-9]+(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?(?:\\s*(?:[A-Za-z]{3}|€))?)$'
\set amount_re '[0-9]+(?:[.,][0-9]{1,2})?'

drop table if exists bench_floor_products, bench_floor_texts, bench_floor_layouts;
create table bench_floor_products (like marketplace_staged_products including all);
create table bench_floor_texts (like marketplace_staged_texts including all);
create table bench_floor_layouts (like marketplace_raw_layouts including all);

create temp table bench_floor_feed (
  id text, title text, description text, link text, image_link text, additional_image_link text, availability text,
  price text, sale_price text, brand text, gtin text, mpn text, condition text, google_product_category text,
  product_type text, item_group_id text, color text, size text, gender text, age_group text,
  identifier_exists text, adult text, quantity text, tax_rate text, delivery_method text,
  -- a version 7 UUID per row, made as the row is loaded: milliseconds since the epoch, then random bits
  new_id uuid default encode(set_byte(overlay(uuid_send(gen_random_uuid()) placing
    substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 6,
    (get_byte(uuid_send(gen_random_uuid()), 6) & 15) | 112), 'hex')::uuid
);
\set copy '\\copy bench_floor_feed (id, title, description, link, image_link, additional_image_link, availability, price, sale_price, brand, gtin, mpn, condition, google_product_category, product_type, item_group_id, color, size, gender, age_group, identifier_exists, adult, quantity, tax_rate, delivery_method) from ' :'feed' ' with (format csv, delimiter E''\\t'', header true, quote ''"'', encoding ''UTF8'')'

\timing on
:copy

-- the header's names, once
insert into bench_floor_layouts (vendor_id, id, names)
select :'vendor', md5(array_to_json(names)::text)::uuid, names
from (select array['id', 'title', 'description', 'link', 'image_link', 'additional_image_link', 'availability',
  'price', 'sale_price', 'brand', 'gtin', 'mpn', 'condition', 'google_product_category', 'product_type',
  'item_group_id', 'color', 'size', 'gender', 'age_group', 'identifier_exists', 'adult', 'quantity', 'tax_rate',
  'delivery_method'] as names) h;

insert into bench_floor_products (id, vendor_id, marketplace, external_id, link, image_link, additional_images,
  availability, price_amount, price_currency, sale_amount, sale_currency, brand, gtin, mpn, condition,
  product_type, item_group_id, quantity, tax_rate, attributes, first_job_id, last_job_id, created_at, updated_at)
select f.new_id, :'vendor', :'marketplace', btrim(f.id), nullif(btrim(f.link), ''), nullif(btrim(f.image_link), ''),
  coalesce(to_jsonb(string_to_array(nullif(btrim(f.additional_image_link), ''), ',')), '[]'),
  upper(replace(nullif(btrim(f.availability), ''), ' ', '_')),
  replace(substring(btrim(f.price) from :'amount_re'), ',', '.')::numeric(12, 2),
  coalesce(upper(substring(f.price from '[A-Za-z]{3}')), 'EUR'),
  case when btrim(f.sale_price) ~ :'price_re' then
    replace(substring(btrim(f.sale_price) from :'amount_re'), ',', '.')::numeric(12, 2) end,
  case when btrim(f.sale_price) ~ :'price_re' then coalesce(upper(substring(f.sale_price from '[A-Za-z]{3}')), 'EUR')
    end,
  nullif(btrim(f.brand), ''), case when btrim(f.gtin) ~ '^[0-9]{8,14}$' then btrim(f.gtin) end,
  nullif(btrim(f.mpn), ''), nullif(btrim(f.condition), ''), nullif(btrim(f.product_type), ''),
  nullif(btrim(f.item_group_id), ''),
  case when btrim(f.quantity) ~ '^[0-9]{1,9}$' then btrim(f.quantity)::integer end,
  case when btrim(f.tax_rate) ~ '^[0-9]{1,3}(?:[.,][0-9]{1,2})?$' then replace(btrim(f.tax_rate), ',', '.')::numeric
    end,
  -- every attribute, well-known or not, in one object
  jsonb_strip_nulls(jsonb_build_object('google_product_category', nullif(btrim(f.google_product_category), ''),
    'color', nullif(btrim(f.color), ''), 'size', nullif(btrim(f.size), ''), 'gender', nullif(btrim(f.gender), ''),
    'age_group', nullif(btrim(f.age_group), ''),
    'identifier_exists', case lower(btrim(f.identifier_exists)) when 'yes' then true when 'no' then false end,
    'adult', case lower(btrim(f.adult)) when 'yes' then true when 'no' then false end,
    'delivery_method', nullif(btrim(f.delivery_method), ''))),
  :'job', :'job', now(), now()
from bench_floor_feed f
-- the rows an import stages: an id, a title and a price it can read (the generated feed has no id twice)
where btrim(f.id) <> '' and btrim(f.title) <> '' and btrim(f.price) ~ :'price_re';

insert into bench_floor_texts (product_id, language, vendor_id, title, description, raw_layout, raw_values,
  content_hash)
select f.new_id, :'lang', :'vendor', btrim(f.title), nullif(btrim(f.description), ''),
  (select id from bench_floor_layouts),
  -- every value of the record in the header's order, an empty cell as "", joined by U+001F
  array_to_string(array[coalesce(f.id, ''), coalesce(f.title, ''), coalesce(f.description, ''), coalesce(f.link, ''),
    coalesce(f.image_link, ''), coalesce(f.additional_image_link, ''), coalesce(f.availability, ''),
    coalesce(f.price, ''), coalesce(f.sale_price, ''), coalesce(f.brand, ''), coalesce(f.gtin, ''),
    coalesce(f.mpn, ''), coalesce(f.condition, ''), coalesce(f.google_product_category, ''),
    coalesce(f.product_type, ''), coalesce(f.item_group_id, ''), coalesce(f.color, ''), coalesce(f.size, ''),
    coalesce(f.gender, ''), coalesce(f.age_group, ''), coalesce(f.identifier_exists, ''), coalesce(f.adult, ''),
    coalesce(f.quantity, ''), coalesce(f.tax_rate, ''), coalesce(f.delivery_method, '')], chr(31)),
  hashtextextended(f.id, 0)
from bench_floor_feed f
-- the rows an import stages: an id, a title and a price it can read (the generated feed has no id twice)
where btrim(f.id) <> '' and btrim(f.title) <> '' and btrim(f.price) ~ :'price_re';
\timing off

select 'floor_products=' || count(*) from bench_floor_products;
select 'floor_texts=' || count(*) from bench_floor_texts;
drop table bench_floor_products, bench_floor_texts, bench_floor_layouts;
