#!/usr/bin/env bash
# The checkout benchmark (docs/performance.md, "Checkout"):
#   1. creates a database on a local PostgreSQL server (default wizamart_bench_checkout; dropped first) and starts the
#      application on it (exec jar, -Xmx512m); bench/CheckoutLoad.java sets up a vendor through the API: one hot
#      product with BENCH_HOT_STOCK units, BENCH_PRODUCTS products with plenty of stock, BENCH_CLIENTS customers;
#   2. hot: BENCH_CLIENTS customers check out the hot product concurrently (add to cart, POST /orders with a fresh
#      Idempotency-Key) until it is sold out, then checks in the database that exactly BENCH_HOT_STOCK orders exist
#      and the stock is fully reserved, never more;
#   3. spread: the same clients buy random products of the BENCH_PRODUCTS for BENCH_SECONDS;
#   4. the limit: pgbench runs the same SQL statements (bench/checkout-pgbench.sql: the cart transaction, the
#      checkout transaction, the two listener transactions, as the application's log shows them) with as many
#      clients, as the application's role under Row-Level Security, against the same database, hot and spread;
#   5. prints orders/s and latencies and writes them to target/bench/checkout-results.md.
#
# Usage: bench/checkout-benchmark.sh            (needs: JDK 21+, psql, pgbench)
# Knobs: BENCH_DB (wizamart_bench_checkout), BENCH_PG (postgresql://postgres@127.0.0.1:5432), BENCH_CLIENTS (64),
#        BENCH_HOT_STOCK (2000), BENCH_PRODUCTS (1000), BENCH_SECONDS (30), BENCH_WARMUP (20: seconds of spread
#        load before the measured spread run), BENCH_PGBENCH_CLIENTS (20: the
#        application's connection pool, i.e. the database concurrency the application itself uses; 64 needs 64 free
#        connection slots on the server), BENCH_APP_OPTS (extra JVM options for the application, e.g. a JFR recording).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
db=${BENCH_DB:-wizamart_bench_checkout}
pg=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
clients=${BENCH_CLIENTS:-64}
hot_stock=${BENCH_HOT_STOCK:-2000}
products=${BENCH_PRODUCTS:-1000}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-20}
pg_clients=${BENCH_PGBENCH_CLIENTS:-20}
port=18091
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$root/target/bench
data=$out/checkout
app_password=${WIZAMART_DB_APP_PASSWORD:-wizamart-app-dev-password}   # the role is shared by every database of the server: never change it here
mkdir -p "$out" "$data"
for tool in psql pgbench; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

jar=$(ls platform-app/target/platform-app-*-exec.jar 2>/dev/null | head -n1 || true)
if [[ -z $jar ]]; then ./mvnw -q -B -DskipTests package -pl platform-app -am; jar=$(ls platform-app/target/platform-app-*-exec.jar | head -n1); fi

start_app() {
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_LIQUIBASE_USER=postgres SPRING_LIQUIBASE_PASSWORD= \
  WIZAMART_DEMO_ENABLED=false \
  WIZAMART_ADMIN_EMAIL=admin@bench.test WIZAMART_ADMIN_PASSWORD=bench-admin-password-1 \
  WIZAMART_LOG_FORMAT= LOGGING_LEVEL_ROOT=warn \
  WIZAMART_IDENTITY_TOKENS_KEYSETFILE="$out/bench-keys.json" WIZAMART_IDENTITY_TOKENS_ACCESSTOKENTTL=2h \
  WIZAMART_IDENTITY_THROTTLE_MAXREGISTRATIONSPERADDRESS=100000 \
  JOBRUNR_BACKGROUNDJOBSERVER_ENABLED=false \
    setsid "$java" -Xmx512m ${BENCH_APP_OPTS:-} -jar "$jar" --server.port=$port > "$out/checkout-app.log" 2>&1 < /dev/null &
  app=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "the application did not start; see $out/checkout-app.log" >&2; exit 1
}
trap '[[ -n ${app:-} ]] && kill $app 2>/dev/null || true' EXIT

psql "$pg/postgres" -qc "drop database if exists $db with (force)" -c "create database $db"
start_app
base=http://localhost:$port
BENCH_DATABASE_URL="$pg/$db" "$java" bench/CheckoutLoad.java setup "$base" admin@bench.test bench-admin-password-1 "$clients" "$products" \
  "$hot_stock" 1000000 "$data"
vendor_id=$(sed -n 2p "$data/vendor.txt")
hot_id=$(cat "$data/hot.txt")

echo "Hot product: $clients clients, $hot_stock units"
hot=$("$java" bench/CheckoutLoad.java run "$base" "$data" hot 300 | tee /dev/stderr | head -n1)
check=$(psql "$pg/$db" -Atc "
  select (select count(*) || ' ' || sum(l.quantity) from ordering_order_lines l where l.product_id = '$hot_id')
      || ' ' || (select sum(on_hand) || ' ' || sum(reserved) from inventory_stock where product_id = '$hot_id')")
read -r hot_orders hot_units hot_on_hand hot_reserved <<< "$check"
echo "hot product in the database: $hot_orders orders of $hot_units units, on hand $hot_on_hand, reserved $hot_reserved"
# a client whose request failed (e.g. a timeout) may have bought 2 units in one order: count units, not orders
if [[ $hot_units != "$hot_stock" || $hot_reserved != "$hot_stock" ]]; then
  echo "OVERSOLD OR UNDERSOLD: expected exactly $hot_stock units ordered and reserved" >&2; exit 1
fi

echo "Spread: $clients clients, $products products, ${seconds}s after a ${warmup}s warm-up"
# the state pgbench gets too (below): the hot run's dead row versions vacuumed, not left to autovacuum during the
# measured run
psql "$pg/$db" -qc "vacuum analyze"
"$java" bench/CheckoutLoad.java run "$base" "$data" spread "$warmup" > /dev/null
# CPU time (ms) of the application, of PostgreSQL's processes and of the whole machine, to split an order's cost,
# and what the hypervisor stole meanwhile
source bench/cpu-time.sh
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
app0=$(ticks $app); pg0=$(pg_ticks); all0=$(machine_ticks); steal0=$(steal_ticks); t0=$(date +%s.%N)
spread=$("$java" bench/CheckoutLoad.java run "$base" "$data" spread "$seconds" | tee /dev/stderr | head -n1)
app1=$(ticks $app); pg1=$(pg_ticks); all1=$(machine_ticks); steal_app=$(steal_share $(( $(steal_ticks) - steal0 )) "$t0")
spread_orders=$(echo "$spread" | tr ' ' '\n' | awk -F= '$1 == "orders" {print $2}')
cpu_per_order() { awk -v t="$1" -v n="$spread_orders" -v hz="$hz" 'BEGIN {printf "%.1f", (n > 0 ? 1000 * t / hz / n : 0)}'; }
cpu_app=$(cpu_per_order $((app1 - app0))); cpu_pg=$(cpu_per_order $((pg1 - pg0)))
cpu_rest=$(cpu_per_order $(( (all1 - all0) - (app1 - app0) - (pg1 - pg0) )))
echo "CPU per order (spread): application $cpu_app ms, PostgreSQL $cpu_pg ms, the rest (load client, OS) $cpu_rest ms"
kill $app; wait $app 2>/dev/null || true; app=

# pgbench: the same statements, as the application role (RLS applies), against the same database
psql "$pg/$db" -q -v ON_ERROR_STOP=1 <<SQL
drop table if exists bench_products;
create table bench_products (n int primary key, id uuid not null);
create temp table ids (id uuid);
\copy ids from '$data/products.txt'
insert into bench_products select row_number() over (), id from ids;
grant select on bench_products to wizamart_app;
update inventory_stock set on_hand = 100000000 where product_id = '$hot_id';
insert into ordering_carts (id, vendor_id, session_id, customer_id, created_at, updated_at)
  select md5('bench-cart-' || c)::uuid, '$vendor_id', 'bench-session', md5('bench-customer-' || c)::uuid, now(), now()
  from generate_series(0, $pg_clients - 1) c on conflict do nothing;
vacuum analyze;
SQL
pgb() { # hotmode name
  PGPASSWORD=$app_password pgbench -h 127.0.0.1 -U wizamart_app -n -M prepared -c "$pg_clients" -j 2 -T "$seconds" \
    -D vendor="$vendor_id" -D hot="$hot_id" -D products="$products" -D hotmode="$1" -f bench/checkout-pgbench.sql "$db" \
    2>&1 | tee "$out/pgbench-checkout-$2.txt" | awk '/^tps/ {print $3} /latency average/ {print $4}' | paste -sd' '
}
echo "pgbench, hot"; read -r pg_hot_latency pg_hot_tps <<< "$(pgb 1 hot)"
psql "$pg/$db" -qc "vacuum analyze"   # as before the application's spread run
pg0=$(pg_ticks); all0=$(machine_ticks); steal0=$(steal_ticks); t0=$(date +%s.%N)
echo "pgbench, spread"; read -r pg_spread_latency pg_spread_tps <<< "$(pgb 0 spread)"
pg1=$(pg_ticks); all1=$(machine_ticks); steal_pgbench=$(steal_share $(( $(steal_ticks) - steal0 )) "$t0")
spread_orders=$(awk -v t="$pg_spread_tps" -v s="$seconds" 'BEGIN {printf "%d", t * s}')
cpu_pgbench_pg=$(cpu_per_order $((pg1 - pg0))); cpu_pgbench_rest=$(cpu_per_order $(( (all1 - all0) - (pg1 - pg0) )))

val() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
results=$out/checkout-results.md
{
  echo "## Checkout benchmark ($(date -u +%F))"
  echo
  echo "$clients concurrent customers, each looping add-to-cart + POST /orders (fresh Idempotency-Key); $(nproc) CPUs;"
  echo "application and PostgreSQL on the same machine; pgbench runs bench/checkout-pgbench.sql with $pg_clients clients; load average before pgbench: $(cut -d' ' -f1 /proc/loadavg)."
  echo
  echo "| case | orders placed | orders/s (application) | checkout p50 / p99 | orders/s (pgbench, same SQL) | application / pgbench |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| hot product, stock $hot_stock | $hot_orders orders, $hot_units units = the stock ($(val "$hot" insufficient) refused as sold out, $(val "$hot" errors) errors) | $(val "$hot" orders_per_s) | $(val "$hot" checkout_p50_ms) / $(val "$hot" checkout_p99_ms) ms | $pg_hot_tps | $(awk -v a="$(val "$hot" orders_per_s)" -v b="$pg_hot_tps" 'BEGIN {printf "%.0f%%", 100*a/b}') |"
  echo "| spread, $products products | $(val "$spread" orders) ($(val "$spread" errors) errors) | $(val "$spread" orders_per_s) | $(val "$spread" checkout_p50_ms) / $(val "$spread" checkout_p99_ms) ms | $pg_spread_tps | $(awk -v a="$(val "$spread" orders_per_s)" -v b="$pg_spread_tps" 'BEGIN {printf "%.0f%%", 100*a/b}') |"
  echo
  echo "CPU per order in the spread run: application $cpu_app ms, PostgreSQL $cpu_pg ms, the rest (load client, kernel, other processes) $cpu_rest ms; pgbench's spread run: PostgreSQL $cpu_pgbench_pg ms, the rest (pgbench, kernel) $cpu_pgbench_rest ms. CPU stolen by the hypervisor during the spread runs: $steal_app (application), $steal_pgbench (pgbench)."
} > "$results"
cat "$results"
