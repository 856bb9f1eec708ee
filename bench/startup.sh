#!/usr/bin/env bash
# Start-to-healthy benchmark: launches HEN with --demo on a fresh database (seeding included) and measures the wall
# time until GET /actuator/health answers UP. Two launch modes: the plain executable jar, and the extracted jar
# with a JDK AOT cache (JEP 483/514, made once by a training run). Databases: embedded H2 file and PostgreSQL.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
java=""
for jdk in /usr/lib/jvm/*; do
  [ -x "$jdk/bin/java" ] || continue
  v=$("$jdk/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  if [ -n "$v" ] && [ "$v" -ge 25 ]; then java="$jdk/bin/java"; fi
done
[ -n "$java" ] || { echo "no JDK 25+ under /usr/lib/jvm (needed for the AOT cache)" >&2; exit 1; }
[ -f target/hen.jar ] || ./mvnw -B -q package -DskipTests
port=18080
h2="jdbc:h2:file:/tmp/hen-startup-data/hen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
pg=jdbc:postgresql://127.0.0.1:5432/hen_startup

# The AOT cache: extract the jar, then one training run that stops once the context is refreshed.
aot=/tmp/hen-aot
rm -rf "$aot" /tmp/hen-startup-data
"$java" -Djarmode=tools -jar target/hen.jar extract --destination "$aot" >/dev/null
HEN_DB_URL="$h2" "$java" -XX:AOTCacheOutput="$aot/hen.aot" -Dspring.context.exit=onRefresh \
  -jar "$aot/hen.jar" --demo --server.port=$port >/tmp/hen-aot-training.log 2>&1

fresh() { # $1 database url
  rm -rf /tmp/hen-startup-data
  if [[ $1 == jdbc:postgresql* ]]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS hen_startup WITH (FORCE)" 2>/dev/null
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE hen_startup"
  fi
}

measure() { # $1 label, $2 database url, rest: java arguments
  local label=$1 url=$2; shift 2
  local start end pid
  fresh "$url"
  start=$(date +%s%N)
  HEN_DB_URL="$url" HEN_DB_USER=postgres "$java" "$@" --demo --server.port=$port >/tmp/hen-startup.log 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "application died, see /tmp/hen-startup.log" >&2; exit 1; }
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-32s %6.2f s  (%s)\n' "$label" "$(awk "BEGIN { print ($end - $start) / 1e9 }")" \
    "$(grep -o 'Demo network seeded in [0-9]* ms' /tmp/hen-startup.log || echo 'no seed')"
}

pg_up=false
pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && pg_up=true
for i in $(seq 1 "$runs"); do
  measure "jar, H2 file, run $i" "$h2" -jar target/hen.jar
  measure "jar + AOT cache, H2, run $i" "$h2" -XX:AOTCache="$aot/hen.aot" -jar "$aot/hen.jar"
  if $pg_up; then
    measure "jar, PostgreSQL, run $i" "$pg" -jar target/hen.jar
    measure "jar + AOT cache, PostgreSQL, run $i" "$pg" -XX:AOTCache="$aot/hen.aot" -jar "$aot/hen.jar"
  fi
done
