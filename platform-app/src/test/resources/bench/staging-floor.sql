-- The floor of the staging shape (docs/performance.md, "Marketplace import"): what PostgreSQL alone needs to turn a
-- Letzshop feed into staged rows. The feed is loaded with \copy into a temporary table of text columns (temporary
-- tables are not WAL-logged), then INSERT ... SELECT writes what an import writes into empty, logged copies of the
-- staging tables (their indexes, defaults and checks included): price and currency parsed from text, availability
-- mapped to its enum name, yes/no flags, links, the language-keyed JSON maps, the raw record, the facts and content
-- hashes, and time-ordered ids. Rows an import rejects (blank id or title, a price it cannot read) are left out, and
-- of rows with the same id the last one wins.
--
-- Run by com.wizamart.bench.ImportBenchmark in one psql session:
--   psql -X -q -A -t -v ON_ERROR_STOP=1 -v feed=<path> -v vendor=<uuid> -v job=<uuid> -v lang=en -f staging-floor.sql
-- \timing is on only around the load and the inserts: the "Time:" lines add up to the floor. The script prints
-- floor_products=<rows staged> and drops its tables at the end.
--
-- Shape: marketplace_staged_products as of marketplace-003 and -005 (texts, descriptions and raw as maps keyed by
-- language, content_hashes per language, facts_hash, the well-known attributes as columns).

\set marketplace letzshop
set client_min_messages = warning;
-- the prices Amounts.parse reads: a currency before or after the amount or none (EUR), at most two decimals, "," or
-- "." as the decimal separator (thousands separators are left out: generated feeds have none). No capturing groups:
-- PostgreSQL matches those an order of magnitude slower.
\set price_re '^(?:(?:[A-Za-z]{3}|€)\\s*[0-9]+(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?(?:\\s*(?:[A-Za-z]{3}|€))?)$'
\set amount_re '[0-9]+(?:[.,][0-9]{1,2})?'

drop table if exists bench_floor_products;
create table bench_floor_products (like marketplace_staged_products including all);

create temp table bench_floor_feed (
  n bigint generated always as identity,
  id text, title text, description text, link text, image_link text, additional_image_link text, availability text,
  price text, sale_price text, brand text, gtin text, mpn text, condition text, google_product_category text,
  product_type text, item_group_id text, color text, size text, gender text, age_group text,
  identifier_exists text, adult text, quantity text, tax_rate text, delivery_method text
);
\set copy '\\copy bench_floor_feed (id, title, description, link, image_link, additional_image_link, availability, price, sale_price, brand, gtin, mpn, condition, google_product_category, product_type, item_group_id, color, size, gender, age_group, identifier_exists, adult, quantity, tax_rate, delivery_method) from ' :'feed' ' with (format csv, delimiter E''\\t'', header true, quote ''"'', encoding ''UTF8'')'

\timing on
:copy

insert into bench_floor_products (id, vendor_id, marketplace, external_id, titles, descriptions, raw, link, image_link,
  additional_images, availability, price_amount, price_currency, sale_amount, sale_currency, brand, gtin, mpn,
  condition, google_product_category, product_type, item_group_id, color, size, gender, age_group,
  identifier_exists, adult, quantity, tax_rate, delivery_method, facts_hash, content_hashes, first_job_id,
  last_job_id, created_at, updated_at)
select
  -- a version 7 UUID: milliseconds since the epoch, then random bits
  encode(set_byte(overlay(v.id_bytes placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint)
    from 3) from 1 for 6), 6, (get_byte(v.id_bytes, 6) & 15) | 112), 'hex')::uuid,
  :'vendor', :'marketplace', v.external_id,
  jsonb_build_object(:'lang', v.title),
  case when v.description is null then '{}'::jsonb else jsonb_build_object(:'lang', v.description) end,
  jsonb_build_object(:'lang', v.raw),
  v.link, v.image_link, v.additional_images, v.availability, v.price_amount, v.price_currency,
  case when v.sale_currency = v.price_currency and v.sale_amount <= v.price_amount then v.sale_amount end,
  case when v.sale_currency = v.price_currency and v.sale_amount <= v.price_amount then v.sale_currency end,
  v.brand, v.gtin, v.mpn, v.condition,
  case when char_length(v.google_product_category) <= 300 then v.google_product_category end,
  v.product_type, v.item_group_id,
  case when char_length(v.color) <= 100 then v.color end,
  case when char_length(v.size) <= 100 then v.size end,
  case when char_length(v.gender) <= 50 then v.gender end,
  case when char_length(v.age_group) <= 50 then v.age_group end,
  v.identifier_exists, v.adult, v.quantity, v.tax_rate,
  case when char_length(v.delivery_method) <= 100 then v.delivery_method end,
  md5(concat_ws(chr(31), coalesce(v.link, chr(1)), coalesce(v.image_link, chr(1)), v.additional_images::text,
    coalesce(v.availability, chr(1)), v.price_amount::text, v.price_currency, coalesce(v.sale_amount::text, chr(1)),
    coalesce(v.sale_currency, chr(1)), coalesce(v.brand, chr(1)), coalesce(v.gtin, chr(1)),
    coalesce(v.mpn, chr(1)), coalesce(v.condition, chr(1)), coalesce(v.product_type, chr(1)),
    coalesce(v.item_group_id, chr(1)), v.attributes::text, coalesce(v.quantity::text, chr(1)),
    coalesce(v.tax_rate::text, chr(1)))),
  jsonb_build_object(:'lang', hashtextextended(v.raw::text, 0)),
  :'job', :'job', now(), now()
from (
  select f.n, btrim(f.id) as external_id, btrim(f.title) as title, nullif(btrim(f.description), '') as description,
    case when btrim(f.link) ~* '^https?://\S+$' then btrim(f.link) end as link,
    case when btrim(f.image_link) ~* '^https?://\S+$' then btrim(f.image_link) end as image_link,
    coalesce((select jsonb_agg(btrim(u) order by i) from unnest(string_to_array(f.additional_image_link, ','))
      with ordinality a(u, i) where btrim(u) ~* '^https?://\S+$'), '[]'::jsonb) as additional_images,
    case regexp_replace(lower(btrim(f.availability)), '[\s_-]+', '', 'g')
      when 'instock' then 'IN_STOCK' when 'outofstock' then 'OUT_OF_STOCK' when 'preorder' then 'PREORDER'
      when 'backorder' then 'BACKORDER' end as availability,
    replace(substring(p.price from :'amount_re'), ',', '.')::numeric(12, 2) as price_amount,
    coalesce(upper(substring(p.price from '[A-Za-z]{3}')), 'EUR') as price_currency,
    case when s.sale ~ :'price_re' then replace(substring(s.sale from :'amount_re'), ',', '.')::numeric(12, 2) end
      as sale_amount,
    case when s.sale ~ :'price_re' then coalesce(upper(substring(s.sale from '[A-Za-z]{3}')), 'EUR') end
      as sale_currency,
    nullif(btrim(f.brand), '') as brand,
    case when btrim(f.gtin) ~ '^([0-9]{8}|[0-9]{12,14})$' then btrim(f.gtin) end as gtin,
    nullif(btrim(f.mpn), '') as mpn, nullif(btrim(f.condition), '') as condition,
    nullif(btrim(f.google_product_category), '') as google_product_category,
    nullif(btrim(f.product_type), '') as product_type, nullif(btrim(f.item_group_id), '') as item_group_id,
    nullif(btrim(f.color), '') as color, nullif(btrim(f.size), '') as size, nullif(btrim(f.gender), '') as gender,
    nullif(btrim(f.age_group), '') as age_group, x.identifier_exists, x.adult,
    case when btrim(f.quantity) ~ '^[0-9]{1,9}$' then btrim(f.quantity)::integer end as quantity,
    case when btrim(f.tax_rate) ~ '^[0-9]{1,3}([.,][0-9]{1,2})?$' then replace(btrim(f.tax_rate), ',', '.')::numeric
      end as tax_rate,
    nullif(btrim(f.delivery_method), '') as delivery_method,
    jsonb_strip_nulls(jsonb_build_object('google_product_category', nullif(btrim(f.google_product_category), ''),
      'color', nullif(btrim(f.color), ''), 'size', nullif(btrim(f.size), ''), 'gender', nullif(btrim(f.gender), ''),
      'age_group', nullif(btrim(f.age_group), ''), 'identifier_exists', x.identifier_exists, 'adult', x.adult,
      'delivery_method', nullif(btrim(f.delivery_method), ''))) as attributes,
    -- every column of the record, an empty cell as ""
    uuid_send(gen_random_uuid()) as id_bytes,
    jsonb_build_object('id', coalesce(f.id, ''), 'title', coalesce(f.title, ''),
      'description', coalesce(f.description, ''), 'link', coalesce(f.link, ''),
      'image_link', coalesce(f.image_link, ''), 'additional_image_link', coalesce(f.additional_image_link, ''),
      'availability', coalesce(f.availability, ''), 'price', coalesce(f.price, ''),
      'sale_price', coalesce(f.sale_price, ''), 'brand', coalesce(f.brand, ''), 'gtin', coalesce(f.gtin, ''),
      'mpn', coalesce(f.mpn, ''), 'condition', coalesce(f.condition, ''),
      'google_product_category', coalesce(f.google_product_category, ''),
      'product_type', coalesce(f.product_type, ''), 'item_group_id', coalesce(f.item_group_id, ''),
      'color', coalesce(f.color, ''), 'size', coalesce(f.size, ''), 'gender', coalesce(f.gender, ''),
      'age_group', coalesce(f.age_group, ''), 'identifier_exists', coalesce(f.identifier_exists, ''),
      'adult', coalesce(f.adult, ''), 'quantity', coalesce(f.quantity, ''), 'tax_rate', coalesce(f.tax_rate, ''),
      'delivery_method', coalesce(f.delivery_method, '')) as raw
  from bench_floor_feed f
  cross join lateral (select btrim(f.price) as price) p
  cross join lateral (select btrim(f.sale_price) as sale) s
  cross join lateral (select
      case when lower(btrim(f.identifier_exists)) in ('yes', 'true', 'oui', 'vrai', 'ja', 'wahr', '1') then true
           when lower(btrim(f.identifier_exists)) in ('no', 'false', 'non', 'faux', 'nein', 'falsch', '0') then false
      end as identifier_exists,
      case when lower(btrim(f.adult)) in ('yes', 'true', 'oui', 'vrai', 'ja', 'wahr', '1') then true
           when lower(btrim(f.adult)) in ('no', 'false', 'non', 'faux', 'nein', 'falsch', '0') then false
      end as adult) x
  where p.price ~ :'price_re'
    -- of rows with the same id, the last one the import accepts
    and f.n in (select max(l.n) from bench_floor_feed l
                where btrim(l.id) <> '' and btrim(l.title) <> '' and btrim(l.price) ~ :'price_re'
                group by btrim(l.id))
) v;
\timing off

select 'floor_products=' || count(*) from bench_floor_products;
drop table bench_floor_products;
