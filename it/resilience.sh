#!/usr/bin/env bash
# The crash and scale-out tests (resilience-tests): they start the packaged platform as separate JVMs on this
# machine's PostgreSQL, kill them with SIGKILL and run two of them behind HAProxy. They take several minutes, so the
# README's `./mvnw verify` does not run them; CI runs this script after it.
#
#   it/resilience.sh            # builds platform-app's exec jar when it is missing, then runs every scenario
#   it/resilience.sh -Dtest=ImportCrashTests   # one scenario (any extra arguments go to Maven)
#
# Needs: a JDK >= 21 (JAVA_HOME), PostgreSQL at 127.0.0.1:5432 with trust auth for `postgres` (or
# WIZAMART_DATABASE_PROVISION_URL), and HAProxy (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

jar="platform-app/target/platform-app-0.1.0-SNAPSHOT-exec.jar"
if [ ! -f "$jar" ] || [ -n "${REBUILD:-}" ]; then
  echo "Building $jar"
  ./mvnw -B -ntp -q -DskipTests package -pl platform-app -am
fi

if ! command -v haproxy >/dev/null 2>&1; then
  echo "Installing haproxy"
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  $sudo_cmd apt-get install -y -qq --no-install-recommends haproxy >/dev/null
fi

export WIZAMART_DATABASE_PROVISION_URL="${WIZAMART_DATABASE_PROVISION_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -ntp -Presilience test -pl resilience-tests "$@"
