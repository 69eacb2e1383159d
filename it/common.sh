# Shared by it/resilience.sh and it/capacity.sh (sourced, from the repository's root).

# Builds platform-app's exec jar when it is missing (or when REBUILD is set): the scenarios start it as separate JVMs.
ensure_jar() {
  local jar="platform-app/target/platform-app-0.1.0-SNAPSHOT-exec.jar"
  if [ ! -f "$jar" ] || [ -n "${REBUILD:-}" ]; then
    echo "Building $jar"
    ./mvnw -B -ntp -q -DskipTests package -pl platform-app -am
  fi
}

# Installs the given commands' Debian packages (same names) when missing.
ensure_packages() {
  local missing="" tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
  done
  [ -z "$missing" ] && return 0
  echo "Installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

export WIZAMART_DATABASE_PROVISION_URL="${WIZAMART_DATABASE_PROVISION_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
