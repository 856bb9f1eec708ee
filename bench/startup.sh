#!/usr/bin/env bash
# Start-to-healthy benchmark: launches target/hen.jar --demo on a fresh embedded database (seeding included) and
# on PostgreSQL, and measures the wall time until GET /actuator/health answers UP. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java=""
for jdk in /usr/lib/jvm/*; do
  [ -x "$jdk/bin/java" ] || continue
  v=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then java="$jdk/bin/java"; fi
done
[ -n "$java" ] || { echo "no JDK 21+ under /usr/lib/jvm" >&2; exit 1; }
[ -f target/hen.jar ] || ./mvnw -B -q package -DskipTests
port=18080

measure() { # $1 label, rest: env assignments
  local label=$1; shift
  local start end pid
  start=$(date +%s%N)
  env "$@" "$java" -jar target/hen.jar --demo --server.port=$port >/tmp/hen-startup.log 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "application died, see /tmp/hen-startup.log" >&2; exit 1; }
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%s: %.2f s (%s)\n' "$label" "$(awk "BEGIN { print ($end - $start) / 1e9 }")" \
    "$(grep -o 'Demo network seeded in [0-9]* ms' /tmp/hen-startup.log || echo 'no seed')"
}

for i in $(seq 1 "$runs"); do
  rm -rf /tmp/hen-startup-data
  measure "H2 file, run $i" HEN_DB_URL="jdbc:h2:file:/tmp/hen-startup-data/hen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
done
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  for i in $(seq 1 "$runs"); do
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS hen_startup WITH (FORCE)" -c "CREATE DATABASE hen_startup"
    measure "PostgreSQL, run $i" HEN_DB_URL=jdbc:postgresql://127.0.0.1:5432/hen_startup HEN_DB_USER=postgres
  done
fi
