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

jar="platform-app/target/platform-app-0.1.0-SNAPSHOT-exec.jar"
if [ ! -f "$jar" ] || [ -n "${REBUILD:-}" ]; then
  echo "Building $jar"
  ./mvnw -B -ntp -q -DskipTests package -pl platform-app -am
fi

missing=""
command -v haproxy >/dev/null 2>&1 || missing="$missing haproxy"
command -v wrk >/dev/null 2>&1 || missing="$missing wrk"
if [ -n "$missing" ]; then
  echo "Installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

export WIZAMART_DATABASE_PROVISION_URL="${WIZAMART_DATABASE_PROVISION_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -ntp -Presilience test -pl resilience-tests -Dtest=CapacityTests -Dwizamart.capacity=true "$@"
cat resilience-tests/target/resilience/capacity/capacity.md
