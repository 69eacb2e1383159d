# CPU accounting shared by the benchmark scripts, which source this file once $pg (the benchmark server's URL) is set.
# Host speed varies from day to day and within a day more than latencies can show; CPU time per request moves less.
hz=$(getconf CLK_TCK)
# a process's CPU time (user + system), in clock ticks
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the benchmark server's PostgreSQL processes only: its postmaster (with what its exited children used) and its live
# children
postmaster=$(head -n1 "$(psql "$pg/postgres" -Atc 'show data_directory')/postmaster.pid")
pg_ticks() {
  local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat")
  for p in $(pgrep -P "$postmaster"); do t=$((t + $(ticks "$p"))); done; echo $t
}
# CPU time the hypervisor gave to other guests while ours wanted it (steal, /proc/stat): on days it is high, this
# host is slower by as much, and all figures with it
steal_ticks() { awk '/^cpu / {print $9}' /proc/stat; }
# ticks stolen ($1) since a time ($2, date +%s.%N), as a share of all the machine's CPUs as /proc/stat counts them
steal_share() {
  awk -v t="$1" -v t0="$2" -v now="$(date +%s.%N)" -v hz="$hz" -v n="$(grep -c '^cpu[0-9]' /proc/stat)" \
    'BEGIN {printf "%.0f%%", 100 * t / (hz * (now - t0) * n)}'
}
