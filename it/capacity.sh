#!/usr/bin/env bash
# Capacity of one instance and of two instances behind HAProxy on this machine (resilience-tests' CapacityTests):
# requests/s of a cheap catalog GET (wrk) and orders/s of checkouts, each 3 x 30 s with a fixed number of clients.
# About ten minutes; not part of it/resilience.sh. The figures are logged and written to
# resilience-tests/target/resilience/capacity/capacity.md (docs/operations.md, "Capacity", quotes a run).
#
#   it/capacity.sh                                              # the full measurement
#   it/capacity.sh -Dwizamart.capacity.seconds=10 -Dwizamart.capacity.repetitions=1   # a quick look
#
# Needs what it/resilience.sh needs, and wrk (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. it/common.sh

ensure_jar
ensure_packages haproxy wrk
./mvnw -B -ntp -Presilience test -pl resilience-tests -Dtest=CapacityTests -Dwizamart.capacity=true "$@"
cat resilience-tests/target/resilience/capacity/capacity.md
