#!/usr/bin/env bash
# `make bench`: district-scale benchmark (issue 5). See README "Benchmark".
#
#   1. embedded MariaDB :3309, data kept in .run/bench/mariadb (or GRIDWORK_DB_URL); migrations; the district
#      (50 communities, 500 grids with buildings, 300,000 households, ~1,000,000 residents, encrypted as the app
#      stores them: RegistryGenerator) is generated only when absent; staff rows and signed tokens every run
#   2. the backend jar on :8082 (prod profile); start-to-ready time, RSS idle
#   3. per read endpoint, the endpoint over HTTP and its ceiling (the same SQL over JDBC, com.gridwork.dev.bench.Ceiling),
#      both driven by one load generator (com.gridwork.dev.bench.Load): closed loop (BENCH_CONNECTIONS requests in flight,
#      BENCH_SECONDS s), then open loop at half the endpoint's maximum, latency from each request's intended start
#   4. Excel import of 100,000 residents: time, peak heap (jstat), peak RSS
#   5. outbox replay (issue 17): BENCH_OUTBOX_ITEMS (1,000) new issues sent with Idempotency-Keys over a simulated
#      flaky connection (drops, lost answers, parallel duplicates), each resent until answered; JDBC then checks that each
#      exists exactly once (com.gridwork.dev.bench.OutboxReplay)
#   6. .run/bench/results.md (printed)
#
# BENCH_ONLY=outbox runs step 5 alone, against a small database of its own (one sub-district, one grid; a fresh
# embedded MariaDB in .run/bench/outbox-mariadb): a minute instead of the district's quarter of an hour. Its section
# of results.md is replaced, the rest kept.
#
# Tokens: real RS256 JWTs, verified by quarkus-oidc with a local public key (quarkus.oidc.public-key, no
# Keycloak): a key pair is generated per run, the bench signs with the private key.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="$ROOT/.run"
BENCH="$RUN/bench"
OUT="$BENCH/out"
LOGS="$BENCH/logs"
BACKEND="$ROOT/backend"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
CP_FILE="$BACKEND/target/test-classpath.txt"
DB_PORT=${BENCH_DB_PORT:-3309}
# InnoDB's buffer pool as a district's database server would have it: the registry's rows and indexes (about 1.6 GB)
# in memory. The 128 MB default makes every district list wait on reads from disk.
DB_BUFFER_POOL=${BENCH_DB_BUFFER_POOL:-2G}
API_PORT=${BENCH_API_PORT:-8082}
SECS=${BENCH_SECONDS:-10}
CONN=${BENCH_CONNECTIONS:-8}
# Warm-up before anything is measured: a round over every read endpoint (BENCH_WARMUP_ROUND s each), then each
# endpoint again right before its own measurement (BENCH_WARMUP s). The JIT keeps compiling Hibernate's and the
# endpoints' paths for minutes (measured: a household search reached 2x its 10-second throughput after 3 minutes);
# a server that has been up for a while runs them compiled, and that steady state is what is measured here.
WARMUP_ROUND=${BENCH_WARMUP_ROUND:-15}
WARMUP=${BENCH_WARMUP:-5}
IMPORT_ROWS=${BENCH_IMPORT_ROWS:-100000}
OUTBOX_ITEMS=${BENCH_OUTBOX_ITEMS:-1000}
ONLY=${BENCH_ONLY:-}
[[ -z $ONLY || $ONLY == outbox ]] || { echo "BENCH_ONLY: only 'outbox' is known" >&2; exit 2; }
mkdir -p "$OUT" "$LOGS" "$RUN/tmp"
rm -f "$OUT"/*.json "$OUT"/*.txt "$OUT"/*.env "$OUT"/outbox.md
T_START=$SECONDS

say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;31m[bench]\033[0m %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }

PIDS=()
cleanup() {
  local i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM -- "-${PIDS[$i]}" 2>/dev/null || kill -TERM "${PIDS[$i]}" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 "${PIDS[$i]}" 2>/dev/null || break; sleep 0.5; done
  done
  PIDS=()
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
newer_than() { local t=$1; shift; [[ -e $t ]] || return 0; [[ -n "$(find "$@" -newer "$t" -type f -print -quit 2>/dev/null)" ]]; }

# ---------------------------------------------------------------- build
if newer_than "$JAR" "$BACKEND/src" "$BACKEND/pom.xml" || [[ ! -f "$BACKEND/target/test-classes/com/gridwork/dev/bench/Bench.class" ]]; then
  say "building the backend (mvnw package -DskipTests; log .run/bench/logs/build.log)"
  (cd "$BACKEND" && ./mvnw -B -q package -DskipTests) >"$LOGS/build.log" 2>&1 \
    || { warn "build failed"; tail -30 "$LOGS/build.log"; exit 1; }
fi
if newer_than "$CP_FILE" "$BACKEND/pom.xml"; then
  (cd "$BACKEND" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt) >"$LOGS/classpath.log" 2>&1 || exit 1
fi
# A private copy of the build: others may rebuild backend/target while the bench runs.
APP="$BENCH/app"
rm -rf "$APP" && mkdir -p "$APP"
cp -a "$BACKEND/target/quarkus-app" "$BACKEND/target/classes" "$BACKEND/target/test-classes" "$APP/" && cp "$CP_FILE" "$APP/" || exit 1
JAR="$APP/quarkus-app/quarkus-run.jar"
CP="$APP/test-classes:$APP/classes:$(cat "$APP/test-classpath.txt")"
TOOL=(java -Xmx1g -cp "$CP" com.gridwork.dev.bench.Bench)
# The backend as it should run in production: a 512 MB heap (the import's target) and a class archive from a
# training run (below).
ARCHIVE="$APP/quarkus-app/gridwork.jsa"
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m -XX:SharedArchiveFile=$ARCHIVE}

# ---------------------------------------------------------------- database + district
if [[ -n "${GRIDWORK_DB_URL:-}" ]]; then
  DB_URL=$GRIDWORK_DB_URL
  say "using the database at GRIDWORK_DB_URL"
else
  port_busy "$DB_PORT" && { warn "port $DB_PORT is in use (a previous bench?)"; exit 1; }
  DB_DATA="$BENCH/mariadb"
  if [[ $ONLY == outbox ]]; then
    DB_DATA="$BENCH/outbox-mariadb" DB_BUFFER_POOL=128M
    rm -rf "$DB_DATA"
  fi
  say "starting embedded MariaDB on $DB_PORT (data ${DB_DATA#"$ROOT/"})"
  setsid java -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -cp "$CP" \
    com.gridwork.dev.db.EmbeddedMariaDb --port "$DB_PORT" --data "$DB_DATA" --buffer-pool "$DB_BUFFER_POOL" >"$LOGS/mariadb.log" 2>&1 </dev/null &
  PIDS+=($!)
  for _ in $(seq 1 240); do grep -q '^READY ' "$LOGS/mariadb.log" && break; sleep 0.5; done
  DB_URL=$(grep -m1 '^READY ' "$LOGS/mariadb.log" | awk '{print $2}')
  export BENCH_EMBEDDED_DB=true
  [[ -n $DB_URL ]] || { warn "MariaDB did not start"; tail -20 "$LOGS/mariadb.log"; exit 1; }
fi
export GRIDWORK_DB_USER=${GRIDWORK_DB_USER:-gridwork} GRIDWORK_DB_PASSWORD=${GRIDWORK_DB_PASSWORD:-gridwork}

if [[ $ONLY == outbox ]]; then
  say "preparing the outbox fixture (one sub-district, one grid, its grid worker)"
  "${TOOL[@]}" outboxprepare "$DB_URL" "$BENCH" 2>&1 | tee "$LOGS/prepare.log" >&2
  [[ ${PIPESTATUS[0]} == 0 ]] || { warn "prepare failed"; exit 1; }
  FIXTURE="$BENCH/outbox.env"
else
  say "preparing the district (generated only if absent; the first time takes several minutes)"
  "${TOOL[@]}" prepare "$DB_URL" "$BENCH" 2>&1 | tee "$LOGS/prepare.log" >&2
  [[ ${PIPESTATUS[0]} == 0 ]] || { warn "prepare failed"; exit 1; }
  FIXTURE="$BENCH/fixture.env"
fi
# shellcheck disable=SC1090
source "$FIXTURE"
if [[ $ONLY != outbox ]]; then
  say "district: $COMMUNITIES communities, $GRIDS grids, $BUILDINGS buildings, $HOUSEHOLDS households, $RESIDENTS residents"
  say "import workbook of $IMPORT_ROWS residents; emptying the import grid"
  "${TOOL[@]}" importfile "$IMPORT_ROWS" "$IMPORT_GRID" "$BENCH/import.xlsx" || exit 1
  "${TOOL[@]}" cleanimport "$DB_URL" "$IMPORT_GRID" || exit 1
fi

# ---------------------------------------------------------------- backend
port_busy "$API_PORT" && { warn "port $API_PORT is in use"; exit 1; }
# start_backend LOG JAVA_OPTIONS...: starts the backend on $API_PORT (prod profile) and waits until it is ready.
start_backend() {
  local log=$1; shift
  # Started from its own directory: the class archive names the jars by relative path (quarkus-run.jar, lib/...).
  cd "$APP/quarkus-app" || exit 1
  setsid env GRIDWORK_DB_URL="$DB_URL" GRIDWORK_PII_KEY=MwzHl6ov+KfjMEfmGn99+qE2oeP6AUXopqwkQADI3Vw= \
    GRIDWORK_PII_HASH_KEY=AdJ1ivl9pfnBoS2xJcyVD3PIlisZ8hDnNpmlHHkN0bA= \
    GRIDWORK_OIDC_URL=http://127.0.0.1:9/realms/gridwork GRIDWORK_OIDC_ISSUER="$ISSUER" \
    java "$@" -Dquarkus.http.port="$API_PORT" -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$(cat "$BENCH/public-key.txt")" \
    -jar quarkus-run.jar >"$log" 2>&1 </dev/null &
  API_PID=$!
  cd "$ROOT" || exit 1
  PIDS+=("$API_PID")
  until curl -fsS -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready" 2>/dev/null; do
    kill -0 "$API_PID" 2>/dev/null || { warn "backend exited"; tail -40 "$log"; exit 1; }
    sleep 0.02
  done
}

# outbox_replay OUT.md: the outbox replay against the running backend (step 5); its section appended to OUT.md.
outbox_replay() {
  say "── outbox replay: $OUTBOX_ITEMS items over a flaky connection, then each record counted"
  "${TOOL[@]}" outbox "http://127.0.0.1:$API_PORT" "$DB_URL" "$FIXTURE" "$OUTBOX_ITEMS" "$1" 2>"$LOGS/outbox.log" \
    || { warn "outbox replay failed"; tail -20 "$LOGS/outbox.log"; return 1; }
}

if [[ $ONLY == outbox ]]; then
  say "starting the backend on $API_PORT (log .run/bench/logs/backend.log)"
  start_backend "$LOGS/backend.log" -Xmx512m
  rm -f "$OUT/outbox.md"
  outbox_replay "$OUT/outbox.md" || exit 1
  cleanup
  # Replace this step's section of results.md (up to the next "## " heading), keep the rest.
  touch "$BENCH/results.md"
  awk '/^## Outbox replay/ {skip = 1; next} /^## / {skip = 0} !skip' "$BENCH/results.md" >"$BENCH/results.md.tmp"
  cat "$OUT/outbox.md" >>"$BENCH/results.md.tmp" && mv "$BENCH/results.md.tmp" "$BENCH/results.md"
  say "results: .run/bench/results.md"
  exit 0
fi

# AppCDS from a training run: start once, call the endpoints, stop; the JVM then archives every class it loaded
# (the build's own archive, quarkus.package.jar.appcds, stops before runtime start-up: Hibernate, Flyway, the driver).
if [[ -z ${BENCH_JAVA_OPTS:-} ]]; then
  say "training run for the class archive (log .run/bench/logs/training.log)"
  rm -f "$ARCHIVE"
  start_backend "$LOGS/training.log" -Xmx512m -XX:ArchiveClassesAtExit="$ARCHIVE"
  for path in "/api/households?areaId=$GRID_ID&tag=RENTAL" "/api/households/$HOUSEHOLD_ID" "/api/residents?idCard=$ID_CARD" \
    "/api/households?q=3-1-101" "/api/residents?q=%E6%99%93%E5%8D%8E" "/api/residents?q=%E5%8D%8E" \
    "/api/registry/stats" "/api/issues?size=20" "/api/issues/stats?from=$STATS_FROM&to=$STATS_TO" \
    "/api/volunteer-stats?from=$STATS_FROM&to=$STATS_TO" "/api/volunteer-stats/ranking?from=$STATS_FROM&to=$STATS_TO" \
    "/api/visit-coverage?ruleId=$VISIT_RULE_ID&periodId=$VISIT_PERIOD_ID&groupBy=GRID" "/api/visits?areaId=$COMMUNITY_ID" "/api/party-building/stats" "/api/me"; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN_ADMIN" "http://127.0.0.1:$API_PORT$path" || warn "training call $path failed"
  done
  kill -TERM -- "-$API_PID"
  for _ in $(seq 1 120); do pgrep -s "$API_PID" >/dev/null || break; sleep 0.5; done
  [[ -f $ARCHIVE ]] || { warn "no class archive written"; tail -20 "$LOGS/training.log"; exit 1; }
fi

say "starting the backend on $API_PORT (prod profile, log .run/bench/logs/backend.log)"
T0=$(now_ms)
start_backend "$LOGS/backend.log" $JAVA_OPTS
READY_MS=$(($(now_ms) - T0))
JAVA_PID=$(pgrep -P "$API_PID" java || echo "$API_PID")
[[ -r /proc/$JAVA_PID/status ]] || JAVA_PID=$API_PID
QUARKUS_STARTED=$(grep -oE 'started in [0-9.]+s' "$LOGS/backend.log" | head -1 | grep -oE '[0-9.]+')
sleep 5
RSS_IDLE=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$JAVA_PID/status")
say "backend ready in $READY_MS ms (Quarkus: ${QUARKUS_STARTED}s), RSS idle $RSS_IDLE MB"
{
  echo "READY_MS=$READY_MS"; echo "QUARKUS_STARTED=$QUARKUS_STARTED"; echo "RSS_IDLE=$RSS_IDLE"
} >"$OUT/metrics.env"

api() { echo "http://127.0.0.1:$API_PORT$1"; }
ENDPOINTS=(
  "hh-grid-tag|GRIDWORKER|/api/households?areaId=$GRID_ID&tag=RENTAL"
  "hh-district-tag-p0|ADMIN|/api/households?tag=RENTAL"
  "hh-district-tag-p200|ADMIN|/api/households?tag=RENTAL&page=200"
  "hh-detail|GRIDWORKER|/api/households/$HOUSEHOLD_ID"
  "resident-idcard|ADMIN|/api/residents?idCard=$ID_CARD"
  # search (README "Search"): q=3号楼1单元101, q=晓华 (a part of a few hundred names), q=华 (of ~20,000)
  "hh-address-district|ADMIN|/api/households?q=3%E5%8F%B7%E6%A5%BC1%E5%8D%95%E5%85%83101"
  "hh-address-gridworker|GRIDWORKER|/api/households?q=3%E5%8F%B7%E6%A5%BC1%E5%8D%95%E5%85%83101"
  "resident-name-district|ADMIN|/api/residents?q=%E6%99%93%E5%8D%8E"
  "resident-name1-district|ADMIN|/api/residents?q=%E5%8D%8E"
  "resident-name-gridworker|GRIDWORKER|/api/residents?q=%E6%99%93%E5%8D%8E"
  "stats-community|COMMUNITY|/api/registry/stats?areaId=$COMMUNITY_ID"
  "stats-district|ADMIN|/api/registry/stats"
  "issues-gridworker|GRIDWORKER|/api/issues"
  "issue-stats-community|COMMUNITY|/api/issues/stats?from=$STATS_FROM&to=$STATS_TO&areaId=$COMMUNITY_ID"
  "issue-stats-district|ADMIN|/api/issues/stats?from=$STATS_FROM&to=$STATS_TO"
  # volunteer service (issue 14): statistics and the ranking by confirmed hours, one year
  "volunteer-stats-community|COMMUNITY|/api/volunteer-stats?from=$STATS_FROM&to=$STATS_TO&areaId=$COMMUNITY_ID"
  "volunteer-stats-district|ADMIN|/api/volunteer-stats?from=$STATS_FROM&to=$STATS_TO"
  "volunteer-ranking-community|COMMUNITY|/api/volunteer-stats/ranking?from=$STATS_FROM&to=$STATS_TO&areaId=$COMMUNITY_ID"
  "volunteer-ranking-district|ADMIN|/api/volunteer-stats/ranking?from=$STATS_FROM&to=$STATS_TO"
  # pairings and visits (issue 15): coverage of the half-year rule's running period by grid, the grid worker's day
  # (open obligations, nearest due first), a community's visit log
  "visit-coverage-grid|GRIDWORKER|/api/visit-coverage?ruleId=$VISIT_RULE_ID&periodId=$VISIT_PERIOD_ID&areaId=$GRID_ID&groupBy=GRID"
  "visit-coverage-community|COMMUNITY|/api/visit-coverage?ruleId=$VISIT_RULE_ID&periodId=$VISIT_PERIOD_ID&areaId=$COMMUNITY_ID&groupBy=GRID"
  "visit-coverage-district|ADMIN|/api/visit-coverage?ruleId=$VISIT_RULE_ID&periodId=$VISIT_PERIOD_ID&groupBy=GRID"
  "visit-obligations-mine|GRIDWORKER|/api/visit-obligations/mine"
  "visits-community|COMMUNITY|/api/visits?areaId=$COMMUNITY_ID"
  # party members and co-building (issue 16): the statistics of this year, a community's and the district's
  "party-stats-community|COMMUNITY|/api/party-building/stats?areaId=$COMMUNITY_ID"
  "party-stats-district|ADMIN|/api/party-building/stats"
)
token_of() { local v="TOKEN_$1"; echo "${!v}"; }

# smoke: every endpoint answers 200 with the signed token
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name user path <<<"$e"
  code=$(curl -s -o "$OUT/$name.sample.txt" -w '%{http_code}' -H "Authorization: Bearer $(token_of "$user")" "$(api "$path")")
  [[ $code == 200 ]] || { warn "$name answered $code: $(head -c 400 "$OUT/$name.sample.txt")"; exit 1; }
done

# ---------------------------------------------------------------- reads
say "warm-up round: every read endpoint for ${WARMUP_ROUND}s"
WARM_ARGS=()
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name user path <<<"$e"
  WARM_ARGS+=("$(api "$path")" "$(token_of "$user")")
done
"${TOOL[@]}" warmup "$CONN" "$WARMUP_ROUND" "${WARM_ARGS[@]}" 2>"$LOGS/warmup.log" || { warn "warm-up failed"; tail -20 "$LOGS/warmup.log"; exit 1; }
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name user path <<<"$e"
  say "── $name: warm-up ${WARMUP}s; endpoint and ceiling closed loop ($CONN in flight, ${SECS}s), then open loop at half"
  "${TOOL[@]}" read "$name" "$(api "$path")" "$(token_of "$user")" "$DB_URL" "$BENCH/fixture.env" "$CONN" "$SECS" "$WARMUP" "$OUT" \
    || { warn "$name: measurement failed"; exit 1; }
done
RSS_LOAD=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$JAVA_PID/status")
echo "RSS_LOAD=$RSS_LOAD" >>"$OUT/metrics.env"

# ---------------------------------------------------------------- import
say "── import of $IMPORT_ROWS residents ($(du -k "$BENCH/import.xlsx" | cut -f1) KB)"
(while kill -0 "$JAVA_PID" 2>/dev/null; do jstat -gc "$JAVA_PID" 2>/dev/null | tail -1; sleep 0.25; done) >"$OUT/jstat.txt" &
JSTAT_LOOP=$!
(while kill -0 "$JAVA_PID" 2>/dev/null; do awk '/VmRSS/ {print int($2/1024)}' "/proc/$JAVA_PID/status"; sleep 0.5; done) >"$OUT/rss.txt" &
RSS_LOOP=$!
T0=$(now_ms)
code=$(curl -s -o "$OUT/import-report.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN_ADMIN" \
  -F "file=@$BENCH/import.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
  "$(api '/api/registry/import?dryRun=false')")
IMPORT_MS=$(($(now_ms) - T0))
kill "$JSTAT_LOOP" "$RSS_LOOP" 2>/dev/null
wait "$JSTAT_LOOP" "$RSS_LOOP" 2>/dev/null
# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...: used heap = S0U + S1U + EU + OU
PEAK_HEAP=$(awk '$1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {printf "%d", m / 1024}' "$OUT/jstat.txt")
# GCT (the last column) is the total GC time so far: its growth shows what a small heap cost the import.
IMPORT_GC_MS=$(awk '$1 ~ /^[0-9.]+$/ {if (first == "") first = $NF; last = $NF} END {printf "%d", (last - first) * 1000}' "$OUT/jstat.txt")
MAX_HEAP=$(jcmd "$JAVA_PID" VM.flags 2>/dev/null | grep -oE 'MaxHeapSize=[0-9]+' | head -1 | cut -d= -f2)
RSS_IMPORT=$(sort -n "$OUT/rss.txt" | tail -1)
say "import: HTTP $code in $IMPORT_MS ms, peak heap $PEAK_HEAP MB, peak RSS $RSS_IMPORT MB; report $(head -c 300 "$OUT/import-report.json")"
{
  echo "IMPORT_CODE=$code"; echo "IMPORT_MS=$IMPORT_MS"; echo "PEAK_HEAP=$PEAK_HEAP"; echo "RSS_IMPORT=$RSS_IMPORT"; echo "IMPORT_GC_MS=$IMPORT_GC_MS"
  echo "MAX_HEAP_MB=$(( ${MAX_HEAP:-0} / 1048576 ))" || echo "MAX_HEAP_MB=?"
  echo "GENERATION_MS=$(cat "$BENCH/generation.txt" 2>/dev/null || echo -1)"; echo "GENERATED_NOW=$GENERATED_NOW"
  echo "ISSUE_GENERATION_MS=$(cat "$BENCH/issue-generation.txt" 2>/dev/null || echo -1)"; echo "ISSUES=$ISSUES"
  echo "VOLUNTEER_GENERATION_MS=$(cat "$BENCH/volunteer-generation.txt" 2>/dev/null || echo -1)"; echo "VOLUNTEERS=$VOLUNTEERS"
  echo "VISIT_GENERATION_MS=$(cat "$BENCH/visit-generation.txt" 2>/dev/null || echo -1)"; echo "VISITS=$VISITS"
  echo "VISIT_OBLIGATIONS=$VISIT_OBLIGATIONS"; echo "PAIRINGS=$PAIRINGS"
  echo "PARTY_GENERATION_MS=$(cat "$BENCH/party-generation.txt" 2>/dev/null || echo -1)"
  echo "PARTY_REPORTS=$PARTY_REPORTS"; echo "COBUILD_UNITS=$COBUILD_UNITS"; echo "COBUILD_PROJECTS=$COBUILD_PROJECTS"
  echo "VOLUNTEER_TEAMS=$VOLUNTEER_TEAMS"; echo "VOLUNTEER_ACTIVITIES=$VOLUNTEER_ACTIVITIES"; echo "VOLUNTEER_LEDGER=$VOLUNTEER_LEDGER"
  echo "HOUSEHOLDS=$HOUSEHOLDS"; echo "RESIDENTS=$RESIDENTS"; echo "GRIDS=$GRIDS"; echo "COMMUNITIES=$COMMUNITIES"; echo "BUILDINGS=$BUILDINGS"
  echo "CONN=$CONN"; echo "SECS=$SECS"; echo "IMPORT_ROWS=$IMPORT_ROWS"; echo "WARMUP=$WARMUP"; echo "WARMUP_ROUND=$WARMUP_ROUND"; echo "JAVA_OPTS=$JAVA_OPTS"; echo "DB_BUFFER_POOL=$([[ -n ${GRIDWORK_DB_URL:-} ]] && echo 'as configured' || echo "$DB_BUFFER_POOL")"
} >>"$OUT/metrics.env"

# ---------------------------------------------------------------- outbox replay
outbox_replay "$OUT/outbox.md" || exit 1

say "removing the imported rows (the district stays as generated for the next run)"
"${TOOL[@]}" cleanimport "$DB_URL" "$IMPORT_GRID" || warn "cleaning the import grid failed"
cleanup
echo "TOTAL_S=$((SECONDS - T_START))" >>"$OUT/metrics.env"
node "$BACKEND/dev/bench/report.mjs" "$OUT" "$BENCH/results.md" || exit 1
cat "$OUT/outbox.md" >>"$BENCH/results.md"
cat "$BENCH/results.md"
