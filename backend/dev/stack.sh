#!/usr/bin/env bash
# Orchestration behind `make run` and `make test` (see the Makefile and README). No Docker needed.
#
#   stack.sh run    embedded MariaDB :3307 (.run/mariadb, kept) unless GRIDWORK_DB_URL is set,
#                   Keycloak :8180 with realm + demo users (.run/keycloak-data/run, kept) unless GRIDWORK_OIDC_URL is set,
#                   backend :8080 (profile run), frontend preview :5173; Ctrl-C stops everything it started.
#   stack.sh lint   Spectral over openapi.yaml (frontend/.spectral.yaml), Spotless (Java format and imports),
#                   ESLint and Prettier (frontend); fails on any finding.
#   stack.sh format applies Spotless and Prettier/ESLint fixes in place.
#   stack.sh test   the lint, clean test Keycloak :8181, backend `mvnw verify` (which also generates a Java client
#                   from openapi.yaml and compiles it), frontend typecheck/unit/client check, then the
#                   e2e stack (MariaDB :3308 fresh, backend :8081 profile e2e, preview :5174) and `npm run e2e`
#                   (Playwright Test). Stops everything at the end; exits non-zero if any step failed.
#   stack.sh e2e [PLAYWRIGHT ARGS...]
#                   only the end-to-end stage: its own clean test Keycloak, the e2e stack and `npm run e2e -- ARGS`
#                   (e.g. `--project=phone`, `e2e/registry.spec.ts`); stops everything it started.
#
# Ports of the test Keycloak and the e2e stack (defaults above): E2E_KEYCLOAK_PORT (8181; its management port is
# this + 1000), E2E_DB_PORT (3308), E2E_API_PORT (8081), E2E_WEB_PORT (5174): set them to run beside another stack.
#
# Logs: .run/logs/*.log.  Works as root or not (MariaDB gets --user=root only when needed).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="$ROOT/.run"
LOGS="$RUN/logs"
BACKEND="$ROOT/backend"
FRONTEND="$ROOT/frontend"
KC_SH="$BACKEND/dev/keycloak.sh"
REALM="$BACKEND/keycloak/gridwork-realm.json"
DEMO_USERS="$BACKEND/keycloak/demo"
JAR="$BACKEND/target/quarkus-app/quarkus-run.jar"
CP_FILE="$BACKEND/target/test-classpath.txt"
mkdir -p "$LOGS" "$RUN/tmp"

say() { printf '\033[1;34m[gridwork]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;31m[gridwork]\033[0m %s\n' "$*" >&2; }

# ---------------------------------------------------------------- process bookkeeping
STARTED=()      # "name:pid" of process groups we started, stopped in reverse order
KC_DATA_DIRS=() # Keycloak instances we started (stopped through keycloak.sh)

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
  if port_busy "$1"; then
    warn "port $1 ($2) is already in use. Stop whatever holds it (a previous run? see .run/logs) and retry."
    return 1
  fi
}

# start_bg NAME LOGFILE CMD...: runs CMD in its own session/process group (so Ctrl-C reaches only us, and we stop
# the whole group: npm -> node, etc.), output to LOGFILE. Sets BG_PID.
start_bg() {
  local name=$1 logfile=$2
  shift 2
  setsid "$@" >"$logfile" 2>&1 </dev/null &
  BG_PID=$!
  STARTED+=("$name:$BG_PID")
  echo "$BG_PID" >"$RUN/tmp/$name.pid"
}

stop_group() {
  local name=$1 pid=$2 i
  kill -0 "$pid" 2>/dev/null || return 0
  say "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop in 20 s, killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$RUN/tmp/$name.pid"
}

CLEANED=0
cleanup() {
  [[ $CLEANED == 1 ]] && return
  CLEANED=1
  local i entry
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
    entry=${STARTED[$i]}
    # the database goes last, after the backend that uses it
    [[ $entry == mariadb* ]] && continue
    stop_group "${entry%%:*}" "${entry#*:}"
  done
  for entry in "${KC_DATA_DIRS[@]}"; do
    "$KC_SH" stop "$entry" || true
  done
  for entry in "${STARTED[@]}"; do
    [[ $entry == mariadb* ]] && stop_group "${entry%%:*}" "${entry#*:}"
  done
  STARTED=()
  KC_DATA_DIRS=()
}

# wait_http URL SECONDS PID NAME LOG: until URL answers 2xx; fails early if PID dies
wait_http() {
  local url=$1 secs=$2 pid=$3 name=$4 logfile=$5
  local deadline=$((SECONDS + secs))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      warn "$name exited while starting; last lines of $logfile:"
      tail -n 40 "$logfile" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      warn "$name not ready after ${secs}s ($url); last lines of $logfile:"
      tail -n 40 "$logfile" >&2
      return 1
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------- builds
newer_than() { # newer_than TARGET PATH...: true if TARGET is missing or any file under PATHs is newer
  local target=$1
  shift
  [[ -e $target ]] || return 0
  [[ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]]
}

# The jar for `make run` carries the demo seeders (Maven profile `demo`, from backend/src/dev/java); a jar from the
# default build (`mvnw verify` in `make test`, the Dockerfile) does not, and is rebuilt here.
DEMO_CLASS="$BACKEND/target/classes/com/gridwork/dev/demo/DemoDataSeeder.class"

build_backend_if_needed() {
  if newer_than "$JAR" "$BACKEND/src" "$BACKEND/pom.xml" || [[ ! -d "$BACKEND/target/test-classes" ]] || [[ ! -f $DEMO_CLASS ]]; then
    say "building the backend with the demo data (mvnw package -DskipTests -Pdemo; log .run/logs/backend-build.log)"
    (cd "$BACKEND" && ./mvnw -B package -DskipTests -Pdemo) >"$LOGS/backend-build.log" 2>&1 || {
      warn "backend build failed; see .run/logs/backend-build.log"
      tail -n 30 "$LOGS/backend-build.log" >&2
      return 1
    }
  fi
  write_test_classpath
}

write_test_classpath() {
  if newer_than "$CP_FILE" "$BACKEND/pom.xml"; then
    say "writing backend/target/test-classpath.txt"
    (cd "$BACKEND" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt) \
      >"$LOGS/classpath.log" 2>&1 || {
      warn "mvnw dependency:build-classpath failed; see .run/logs/classpath.log"
      return 1
    }
  fi
}

frontend_deps() {
  [[ -f "$FRONTEND/package.json" ]] || { warn "frontend/package.json is missing"; return 1; }
  if [[ ! -d "$FRONTEND/node_modules" ]] || newer_than "$FRONTEND/node_modules/.package-lock.json" "$FRONTEND/package-lock.json"; then
    # Not `npm ci`: the registry reachable here lacks other platforms' optional packages (e.g. rollup's android
    # builds), so the lock file cannot list them and `npm ci` refuses it as out of sync. `npm install` installs the
    # locked versions of everything that exists for this platform.
    say "installing frontend dependencies (npm install from package-lock.json)"
    (cd "$FRONTEND" && npm install --no-audit --no-fund) >"$LOGS/npm-install.log" 2>&1 || {
      warn "npm install failed; see .run/logs/npm-install.log"
      tail -n 30 "$LOGS/npm-install.log" >&2
      return 1
    }
  fi
}

build_frontend_if_needed() {
  frontend_deps || return 1
  local srcs=("$FRONTEND/src" "$FRONTEND/index.html" "$FRONTEND/package.json")
  local f
  for f in "$FRONTEND"/vite.config.* "$FRONTEND/public" "$FRONTEND/.env" "$FRONTEND"/.env.*; do
    [[ -e $f ]] && srcs+=("$f")
  done
  if [[ ${1:-} == force ]] || newer_than "$FRONTEND/dist/index.html" "${srcs[@]}"; then
    say "building the frontend (npm run build; log .run/logs/frontend-build.log)"
    (cd "$FRONTEND" && npm run build) >"$LOGS/frontend-build.log" 2>&1 || {
      warn "frontend build failed; see .run/logs/frontend-build.log"
      tail -n 30 "$LOGS/frontend-build.log" >&2
      return 1
    }
  fi
}

# ---------------------------------------------------------------- services
# start_mariadb PORT DATA_DIR NAME: sets DB_URL
start_mariadb() {
  local port=$1 data=$2 name=$3 logfile="$LOGS/$3.log" i
  require_free_port "$port" "MariaDB" || return 1
  say "starting embedded MariaDB on $port (data $data)"
  start_bg "$name" "$logfile" java -Xmx128m -Djava.io.tmpdir="$RUN/tmp" \
    -cp "$BACKEND/target/test-classes:$(cat "$CP_FILE")" com.gridwork.dev.db.EmbeddedMariaDb --port "$port" --data "$data"
  local pid=$BG_PID
  for i in $(seq 1 240); do
    # the line may be caught half written (the JVM writes stdout in small chunks): wait until the URL is followed by user=
    if grep -q '^READY .* user=' "$logfile" 2>/dev/null; then
      DB_URL=$(grep -m1 '^READY .* user=' "$logfile" | awk '{print $2}')
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  warn "MariaDB did not start; last lines of $logfile:"
  tail -n 40 "$logfile" >&2
  return 1
}

# start_keycloak PORT DATA_DIR IMPORT...
start_keycloak() {
  local port=$1 data=$2
  shift 2
  require_free_port "$port" "Keycloak" || return 1
  KC_DATA_DIRS+=("$data")
  "$KC_SH" start "$port" "$data" "$@" >/dev/null || {
    warn "Keycloak did not start; see $data/keycloak.log"
    return 1
  }
}

# start_backend PORT PROFILE NAME [VAR=VALUE...]: GRIDWORK_* from the environment plus the given assignments
start_backend() {
  local port=$1 profile=$2 name=$3 logfile="$LOGS/$3.log"
  shift 3
  require_free_port "$port" "backend" || return 1
  say "starting the backend on $port (profile $profile, log .run/logs/$name.log)"
  start_bg "$name" "$logfile" env "$@" java -Dquarkus.profile="$profile" -Dquarkus.http.port="$port" -jar "$JAR"
  wait_http "http://localhost:$port/q/health/ready" 240 "$BG_PID" backend "$logfile"
}

# start_frontend PORT API_URL NAME
start_frontend() {
  local port=$1 api=$2 name=$3 logfile="$LOGS/$3.log"
  require_free_port "$port" "frontend" || return 1
  say "starting the frontend preview on $port (proxy /api -> $api)"
  start_bg "$name" "$logfile" env GRIDWORK_API_URL="$api" bash -c "cd '$FRONTEND' && exec npm run preview -- --port $port --strictPort"
  wait_http "http://localhost:$port/" 60 "$BG_PID" frontend "$logfile"
}

# ---------------------------------------------------------------- make run
cmd_run() {
  # Ctrl-C is the normal way to stop `make run`: not an error
  trap 'cleanup; exit 0' INT TERM
  trap cleanup EXIT

  command -v java >/dev/null || { warn "java (JDK 17+) is required"; exit 1; }
  command -v npm >/dev/null || { warn "node 20 + npm are required"; exit 1; }

  build_backend_if_needed || exit 1
  build_frontend_if_needed || exit 1

  if [[ -n "${GRIDWORK_DB_URL:-}" ]]; then
    say "using the database at GRIDWORK_DB_URL (nothing embedded started)"
  else
    start_mariadb 3307 "$RUN/mariadb" mariadb || exit 1
    export GRIDWORK_DB_URL="$DB_URL" GRIDWORK_DB_USER=gridwork GRIDWORK_DB_PASSWORD=gridwork
  fi

  local kc_public
  if [[ -n "${GRIDWORK_OIDC_URL:-}" ]]; then
    say "using the Keycloak realm at GRIDWORK_OIDC_URL=$GRIDWORK_OIDC_URL (nothing started)"
    kc_public=${GRIDWORK_KEYCLOAK_PUBLIC_URL:-${GRIDWORK_OIDC_URL%/realms/*}}
    export GRIDWORK_KEYCLOAK_URL=${GRIDWORK_KEYCLOAK_URL:-${GRIDWORK_OIDC_URL%/realms/*}}
  else
    "$KC_SH" fetch || exit 1
    export GRIDWORK_BACKEND_CLIENT_SECRET=${GRIDWORK_BACKEND_CLIENT_SECRET:-gridwork-dev-secret}
    start_keycloak 8180 "$RUN/keycloak-data/run" "$REALM" "$DEMO_USERS" || exit 1
    export GRIDWORK_OIDC_URL=http://localhost:8180/realms/gridwork
    export GRIDWORK_KEYCLOAK_URL=http://localhost:8180
    kc_public=http://localhost:8180
  fi
  export GRIDWORK_KEYCLOAK_PUBLIC_URL=${GRIDWORK_KEYCLOAK_PUBLIC_URL:-$kc_public}
  export GRIDWORK_BACKEND_CLIENT_SECRET=${GRIDWORK_BACKEND_CLIENT_SECRET:-gridwork-dev-secret}

  start_backend 8080 run backend || exit 1
  start_frontend 5173 http://localhost:8080 frontend || exit 1

  cat >&2 <<EOF

  ┌──────────────────────────────────────────────────────────────────────────┐
    Gridwork is running
      App            http://localhost:5173
      API docs       http://localhost:8080/q/swagger-ui
      Keycloak       $GRIDWORK_KEYCLOAK_PUBLIC_URL   (admin console: admin / admin)
      Logs           .run/logs/

    Demo logins (password: gridwork)
      username     role              name     scope
      admin        street-admin      王建国   whole platform
      community    community-staff   李秀英   幸福里社区
      gridworker   grid-worker       张伟     幸福里第一网格, 第二网格
      volunteer    volunteer         刘芳     幸福里社区
      liaison      unit-liaison      陈静     幸福里社区
      viewer       viewer            赵磊     sub-district

    Ctrl-C stops everything; data stays in .run/ (make clean-run to reset).
  └──────────────────────────────────────────────────────────────────────────┘

EOF
  # stay up until Ctrl-C, or until one of our processes dies
  while true; do
    local entry
    for entry in "${STARTED[@]}"; do
      if ! kill -0 "${entry#*:}" 2>/dev/null; then
        warn "${entry%%:*} stopped unexpectedly; see .run/logs/${entry%%:*}.log"
        exit 1
      fi
    done
    sleep 2
  done
}

# ---------------------------------------------------------------- make test
FAILED=()
step() { # step NAME CMD...: run, record failure, never abort
  local name=$1
  shift
  say "── $name"
  local t0=$SECONDS
  if "$@"; then
    say "── $name: ok ($((SECONDS - t0)) s)"
  else
    warn "── $name: FAILED ($((SECONDS - t0)) s)"
    FAILED+=("$name")
  fi
}

in_frontend() { (cd "$FRONTEND" && "$@"); }

E2E_KEYCLOAK_PORT=${E2E_KEYCLOAK_PORT:-8181}
E2E_DB_PORT=${E2E_DB_PORT:-3308}
E2E_API_PORT=${E2E_API_PORT:-8081}
E2E_WEB_PORT=${E2E_WEB_PORT:-5174}
TEST_KC_URL=http://localhost:$E2E_KEYCLOAK_PORT

# start_test_keycloak DATA_DIR: a clean Keycloak with the realm (no demo users) on E2E_KEYCLOAK_PORT, which lets the
# e2e frontend's port in as a redirect URI
start_test_keycloak() {
  rm -rf "$1"
  export GRIDWORK_BACKEND_CLIENT_SECRET=gridwork-dev-secret
  GRIDWORK_WEB_URL=http://localhost:$E2E_WEB_PORT start_keycloak "$E2E_KEYCLOAK_PORT" "$1" "$REALM"
}

# e2e_stack [PLAYWRIGHT ARGS...]: needs the test Keycloak running on E2E_KEYCLOAK_PORT
e2e_stack() {
  build_frontend_if_needed || return 1
  # The e2e profile seeds no demo data: the jar `mvnw verify` has just built (the production one) will do.
  if newer_than "$JAR" "$BACKEND/src" "$BACKEND/pom.xml" || [[ ! -d "$BACKEND/target/test-classes" ]]; then
    build_backend_if_needed || return 1
  fi
  write_test_classpath || return 1
  rm -rf "$RUN/e2e/mariadb"
  start_mariadb "$E2E_DB_PORT" "$RUN/e2e/mariadb" mariadb-e2e || return 1
  start_backend "$E2E_API_PORT" e2e backend-e2e \
    GRIDWORK_DB_URL="$DB_URL" GRIDWORK_DB_USER=gridwork GRIDWORK_DB_PASSWORD=gridwork \
    GRIDWORK_OIDC_URL="$TEST_KC_URL/realms/gridwork" \
    GRIDWORK_KEYCLOAK_URL="$TEST_KC_URL" GRIDWORK_KEYCLOAK_PUBLIC_URL="$TEST_KC_URL" \
    GRIDWORK_BACKEND_CLIENT_SECRET=gridwork-dev-secret \
    GRIDWORK_ADMIN_USERNAME=e2eadmin GRIDWORK_ADMIN_PASSWORD=E2e-admin-pass1 GRIDWORK_ADMIN_NAME=测试管理员 || return 1
  start_frontend "$E2E_WEB_PORT" "http://localhost:$E2E_API_PORT" frontend-e2e || return 1
  say "running npm run e2e (report .run/e2e/report, screenshots .run/e2e/screenshots)"
  (cd "$FRONTEND" && E2E_BASE_URL="http://localhost:$E2E_WEB_PORT" E2E_KEYCLOAK_URL="$TEST_KC_URL" npm run e2e -- "$@")
}

cmd_test() {
  trap 'cleanup; exit 130' INT
  trap 'cleanup; exit 143' TERM
  trap cleanup EXIT
  local t0=$SECONDS

  step "frontend dependencies" frontend_deps
  lint_steps
  step "fetch Keycloak" "$KC_SH" fetch
  step "test Keycloak on $E2E_KEYCLOAK_PORT" start_test_keycloak "$RUN/keycloak-data/test"

  step "backend: mvnw verify" env GRIDWORK_TEST_KEYCLOAK_URL="$TEST_KC_URL" \
    bash -c "cd '$BACKEND' && ./mvnw -B verify"
  step "frontend: typecheck" in_frontend npm run typecheck
  step "frontend: unit tests" in_frontend npm run test:unit
  step "frontend: API client up to date" in_frontend npm run check:client
  step "end-to-end (Chromium)" e2e_stack

  cleanup
  if ((${#FAILED[@]})); then
    warn "make test FAILED after $((SECONDS - t0)) s: ${FAILED[*]}"
    exit 1
  fi
  say "make test passed in $((SECONDS - t0)) s"
}

lint_steps() { # the checks of `make lint`; also the first steps of `make test`
  step "lint: contract (Spectral)" in_frontend npm run --silent lint:contract
  step "lint: Java format (Spotless)" bash -c "cd '$BACKEND' && ./mvnw -B -q spotless:check"
  step "lint: frontend (ESLint, Prettier)" in_frontend npm run --silent lint
}

cmd_e2e() {
  trap 'cleanup; exit 130' INT
  trap 'cleanup; exit 143' TERM
  trap cleanup EXIT
  local t0=$SECONDS rc=0
  frontend_deps || exit 1
  "$KC_SH" fetch || exit 1
  start_test_keycloak "$RUN/keycloak-data/e2e" || exit 1
  e2e_stack "$@" || rc=$?
  cleanup
  if ((rc)); then
    warn "end-to-end FAILED after $((SECONDS - t0)) s (report: .run/e2e/report/index.html)"
  else
    say "end-to-end passed in $((SECONDS - t0)) s"
  fi
  exit "$rc"
}

cmd_lint() {
  frontend_deps || exit 1
  lint_steps
  if ((${#FAILED[@]})); then
    warn "make lint FAILED: ${FAILED[*]} (make format fixes the formatting)"
    exit 1
  fi
}

cmd_format() {
  frontend_deps || exit 1
  (cd "$BACKEND" && ./mvnw -B -q spotless:apply) || exit 1
  in_frontend npm run --silent format
}

case "${1:-}" in
  run) cmd_run ;;
  test) cmd_test ;;
  e2e)
    shift
    cmd_e2e "$@"
    ;;
  lint) cmd_lint ;;
  format) cmd_format ;;
  *)
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
