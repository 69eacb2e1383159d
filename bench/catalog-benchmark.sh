#!/usr/bin/env bash
# The catalog list/search benchmark (docs/performance.md, "Catalog list and search"):
#   1. creates a database on a local PostgreSQL server (default wizamart_bench_catalog; dropped first), lets the
#      application migrate it, then seeds 1,000 vendors x 1,000 products (1M) with SQL;
#   2. starts the application on it (exec jar, -Xmx512m) and loads public endpoints of one vendor at a fixed rate
#      with `wrk` and bench/poisson-rate.lua (each of 100 connections waits an exponentially distributed time before
#      each request: independent arrivals at BENCH_RATE req/s in all, an open-model load): the product list (newest,
#      by price, a later page by name), full-text search (en, de), and a trivial endpoint of the same application
#      (the JWKS document) as the framework ceiling;
#   3. prints p50/p99, throughput and CPU per request (application, PostgreSQL) per endpoint and writes them to
#      target/bench/catalog-results.md.
#
# Usage: bench/catalog-benchmark.sh            (needs: JDK 21+, psql, wrk — `apt-get install wrk`)
# Knobs: BENCH_DB (wizamart_bench_catalog), BENCH_PG (postgresql://postgres@127.0.0.1:5432), BENCH_RATE (500),
#        BENCH_SECONDS (30), BENCH_WARMUP (15), BENCH_VENDORS (1000), BENCH_PRODUCTS (1000 per vendor), BENCH_SKIP_SEED (reuse data),
#        BENCH_APP_OPTS (extra JVM options for the application, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
db=${BENCH_DB:-wizamart_bench_catalog}
pg=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
rate=${BENCH_RATE:-500}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-15}
vendors=${BENCH_VENDORS:-1000}
products=${BENCH_PRODUCTS:-1000}
port=18090
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$root/target/bench
mkdir -p "$out"
for tool in psql wrk; do command -v $tool >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 1; }; done

jar=$(ls platform-app/target/platform-app-*-exec.jar 2>/dev/null | head -n1 || true)
if [[ -z $jar ]]; then ./mvnw -q -B -DskipTests package -pl platform-app -am; jar=$(ls platform-app/target/platform-app-*-exec.jar | head -n1); fi

start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_LIQUIBASE_USER=postgres SPRING_LIQUIBASE_PASSWORD= \
  WIZAMART_DEMO_ENABLED=false WIZAMART_ADMIN_EMAIL= WIZAMART_LOG_FORMAT= LOGGING_LEVEL_ROOT=warn \
  WIZAMART_IDENTITY_TOKENS_KEYSETFILE="$out/bench-keys.json" JOBRUNR_BACKGROUNDJOBSERVER_ENABLED=false \
    "$java" -Xmx512m ${BENCH_APP_OPTS:-} -jar "$jar" --server.port=$port > "$out/catalog-app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "the application did not start; see $out/catalog-app.log" >&2; exit 1
}
trap '[[ -n ${app:-} ]] && kill $app 2>/dev/null || true' EXIT

if [[ -z ${BENCH_SKIP_SEED:-} ]]; then
  psql "$pg/postgres" -qc "drop database if exists $db with (force)" -c "create database $db"
  start_app; kill $app; wait $app 2>/dev/null || true; app=
  echo "Seeding $vendors vendors x $products products"
  psql "$pg/$db" -q -v ON_ERROR_STOP=1 -v vendors="$vendors" -v products="$products" <<'SQL'
\timing on
insert into tenancy_vendors (id, code, name, subdomain, created_at, updated_at, verified, active)
select gen_random_uuid(), 'bench-' || g, 'Bench vendor ' || g, 'bench-' || g, now(), now(), true, true
from generate_series(1, :vendors) g;
-- indexes are rebuilt after the load (much faster than maintaining them row by row)
drop index catalog_products_search_idx, catalog_products_newest_idx, catalog_products_active_idx,
  catalog_products_price_idx, catalog_products_name_idx, catalog_products_bestselling_idx, catalog_products_brand_idx;
with words(en, fr, de) as (values
  (array['coffee','tea','honey','chocolate','wine','cheese','bread','butter','jam','beer'],
   array['café','thé','miel','chocolat','vin','fromage','pain','beurre','confiture','bière'],
   array['Kaffee','Tee','Honig','Schokolade','Wein','Käse','Brot','Butter','Marmelade','Bier'])),
adjectives(en, fr, de) as (values
  (array['roasted','organic','dark','fresh','aged','smoked','sweet','spicy','golden','wild'],
   array['torréfié','biologique','noir','frais','affiné','fumé','doux','épicé','doré','sauvage'],
   array['geröstet','biologisch','dunkel','frisch','gereift','geräuchert','süß','würzig','golden','wild']))
insert into catalog_products (id, vendor_id, sku, default_language, names, descriptions, price_amount, currency,
  tax_rate, brand, gtin, active, featured, available_quantity, units_sold, created_at, updated_at)
select gen_random_uuid(), v.id, 'SKU-' || p, 'en',
  jsonb_build_object(
    'en', initcap(a.en[1 + p % 10]) || ' ' || w.en[1 + (p / 10) % 10] || ' no. ' || p,
    'fr', initcap(w.fr[1 + (p / 10) % 10]) || ' ' || a.fr[1 + p % 10] || ' n° ' || p,
    'de', initcap(a.de[1 + p % 10]) || 'er ' || w.de[1 + (p / 10) % 10] || ' Nr. ' || p),
  jsonb_build_object('en', 'A ' || a.en[1 + (p / 7) % 10] || ' ' || w.en[1 + (p / 3) % 10]
    || ' from Luxembourg, carefully selected and shipped within two days. Ideal for gifts and every day.'),
  (2 + p % 200) + 0.99, 'EUR', 17, 'Brand ' || (p % 50), null, p % 10 <> 0, p % 40 = 0, p % 30, p % 97,
  now() - make_interval(mins => p), now()
from (select id from tenancy_vendors where code like 'bench-%') v, words w, adjectives a,
     generate_series(1, :products) p;
create index catalog_products_search_idx on catalog_products using gin (vendor_id, search_vector);
create index catalog_products_newest_idx on catalog_products (vendor_id, created_at desc, id);
create index catalog_products_active_idx on catalog_products (vendor_id) where active;
create index catalog_products_price_idx on catalog_products (vendor_id, current_price, id);
create index catalog_products_name_idx on catalog_products (vendor_id, sort_name, id);
create index catalog_products_bestselling_idx on catalog_products (vendor_id, units_sold desc, id);
create index catalog_products_brand_idx on catalog_products (vendor_id, lower(brand));
vacuum analyze catalog_products;
vacuum analyze tenancy_vendors;
SQL
fi

start_app
connections=100
results=$out/catalog-results.md
{
  echo "## Catalog list and search benchmark ($(date -u +%F))"
  echo
  echo "$(psql "$pg/$db" -Atc "select count(*) from catalog_products") products over $(psql "$pg/$db" -Atc "select count(*) from tenancy_vendors") vendors; wrk, 2 threads, $connections connections, Poisson arrivals at $rate req/s (bench/poisson-rate.lua) for ${seconds}s per endpoint after a ${warmup}s warm-up; $(nproc) CPUs; load average before: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| endpoint | requests/s | p50 | p90 | p99 | errors | CPU per request, application | CPU per request, PostgreSQL | CPU stolen by the hypervisor |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"
# CPU time of the application and of the benchmark server's PostgreSQL processes, and what the hypervisor stole
source bench/cpu-time.sh
run() { # name url
  local report=$out/wrk-$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-').txt
  RATE=$rate CONNECTIONS=$connections wrk -t2 -c$connections -d${warmup}s -s bench/poisson-rate.lua "$2" > /dev/null
  local app0 pg0 app1 pg1 steal0 steal1 t0 requests
  app0=$(ticks $app); pg0=$(pg_ticks); steal0=$(steal_ticks); t0=$(date +%s.%N)
  RATE=$rate CONNECTIONS=$connections wrk -t2 -c$connections -d${seconds}s --latency -s bench/poisson-rate.lua "$2" > "$report"
  app1=$(ticks $app); pg1=$(pg_ticks); steal1=$(steal_ticks)
  requests=$(awk '/requests in/ {print $1}' "$report")
  local cpu_app cpu_pg
  cpu_app=$(awk -v t=$((app1 - app0)) -v n="$requests" -v hz="$hz" 'BEGIN {printf "%.2f ms", (n > 0 ? 1000 * t / hz / n : 0)}')
  cpu_pg=$(awk -v t=$((pg1 - pg0)) -v n="$requests" -v hz="$hz" 'BEGIN {printf "%.2f ms", (n > 0 ? 1000 * t / hz / n : 0)}')
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$report")
  p50=$(awk '$1 == "50%" {print $2}' "$report")
  p90=$(awk '$1 == "90%" {print $2}' "$report")
  p99=$(awk '$1 == "99%" {print $2}' "$report")
  errors=$(awk '/Non-2xx|Socket errors/ {s+=$NF} END {print s+0}' "$report")
  echo "| $1 | $rps | $p50 | $p90 | $p99 | $errors | $cpu_app | $cpu_pg | $(steal_share $((steal1 - steal0)) "$t0") |" >> "$results"
}
v=bench-$(( vendors / 2 ))
run "trivial (GET /.well-known/jwks.json)" "http://localhost:$port/.well-known/jwks.json"
run "public list (newest 20)" "http://localhost:$port/api/v1/public/vendors/$v/products?size=20"
run "public list sorted by price" "http://localhost:$port/api/v1/public/vendors/$v/products?size=20&sort=price"
run "public list, page 10 by name" "http://localhost:$port/api/v1/public/vendors/$v/products?size=20&page=10&sort=name"
run "full-text search (en, 'roasted coffee')" "http://localhost:$port/api/v1/public/vendors/$v/products/search?q=roasted%20coffee"
run "full-text search (de, 'Honig')" "http://localhost:$port/api/v1/public/vendors/$v/products/search?q=Honig"
echo >> "$results"
echo "Load average after: $(cut -d' ' -f1 /proc/loadavg)." >> "$results"
cat "$results"
