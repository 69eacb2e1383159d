#!/usr/bin/env bash
# The marketplace import benchmark (docs/performance.md, "Marketplace import"):
#   1. generates a Letzshop feed (default 1,000,000 rows, 2 % dirty, seed 42) into target/bench/, unless the same
#      feed is already there;
#   2. runs com.wizamart.bench.ImportBenchmark (platform-app, Maven profile "benchmark") in a JVM with -Xmx256m: it
#      boots the application, imports the feed, imports it again, then measures the floor of the staging shape
#      (platform-app/src/test/resources/bench/staging-floor.sql in one psql session: `\copy` of the feed into a
#      temporary table of text columns, then INSERT ... SELECT of what the import writes into empty copies of the
#      staging tables, with their indexes; only the load and the inserts are timed), then loads the feed with
#      `psql \copy` into a plain table, all in the same database, and writes the figures to
#      target/bench/import-results.md: first import, re-import, floor and raw COPY, and the targets (first import
#      <= 1.3x the floor, <= 8x the raw COPY; re-import >= 3x faster than the first import), each met or not met.
#
# Usage (from anywhere; JDK 21+ in JAVA_HOME or on the PATH, psql on the PATH):
#   WIZAMART_DATABASE_PROVISION_URL='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres' bench/import-benchmark.sh
# Without WIZAMART_DATABASE_PROVISION_URL the application starts an embedded PostgreSQL instead of creating a
# throwaway database on that server. Extra arguments go to Maven (e.g. -o). Knobs (environment):
#   BENCH_ROWS (1000000), BENCH_DIRTY (0.02), BENCH_SEED (42), BENCH_LANGUAGE (en), BENCH_HEAP (256m),
#   BENCH_JVM_ARGS (extra options for the importing JVM, e.g. -XX:StartFlightRecording=filename=/tmp/import.jfr),
#   MVN (./mvnw).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
rows=${BENCH_ROWS:-1000000}
dirty=${BENCH_DIRTY:-0.02}
seed=${BENCH_SEED:-42}
language=${BENCH_LANGUAGE:-en}
mvn=${MVN:-./mvnw}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
dir=$root/target/bench
if [[ $rows == 1000000 ]]; then feed=$dir/feed-1m.tsv; else feed=$dir/feed-$rows.tsv; fi
generator=marketplace/letzshop/src/test/java/com/wizamart/marketplace/letzshop/bench/FeedGenerator.java

command -v psql >/dev/null || { echo "psql is needed on the PATH (the floor and the raw COPY)" >&2; exit 1; }
mkdir -p "$dir"

# 1. The feed: regenerated only when the arguments or the generator changed.
stamp="$rows $dirty $language $seed $(cksum < "$generator")"
if [[ ! -f $feed || ! -f $feed.args || $(cat "$feed.args") != "$stamp" ]]; then
    echo "Generating $feed ($rows rows, dirty share $dirty, language $language, seed $seed)"
    rm -f "$feed.args"
    # the generator has no dependencies: the JDK runs its source file as is
    "$java" "$generator" "$feed" "$rows" "$dirty" "$language" "$seed"
    echo "$stamp" > "$feed.args"
else
    echo "Reusing $feed"
fi

# 2. The harness, alone (-Dtest), in the "benchmark" profile's JVM.
echo "Database: ${WIZAMART_DATABASE_PROVISION_URL:-embedded PostgreSQL (set WIZAMART_DATABASE_PROVISION_URL for a real server)}"
"$mvn" -B -pl platform-app -am -Pbenchmark test \
    -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.feed="$feed" -Dbench.rows="$rows" -Dbench.results="$dir/import-results.md" \
    -Dbench.heap="${BENCH_HEAP:-256m}" -Dbench.jvmArgs="${BENCH_JVM_ARGS:-}" "$@"

echo
cat "$dir/import-results.md"
