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
. it/common.sh

ensure_jar
ensure_packages haproxy
./mvnw -B -ntp -Presilience test -pl resilience-tests "$@"
