#!/usr/bin/env bash
# Keycloak 26.7.3 for `make run` and `make test`, from the Maven registry (no Docker).
#
#   keycloak.sh fetch                              download + unzip the dist once into .run/keycloak-26.7.3
#   keycloak.sh start PORT DATA_DIR IMPORT...      start-dev on PORT with its H2 database in DATA_DIR, importing the
#                                                  realm/users JSON files given as files or dirs of *.json
#                                                  (an existing realm is skipped);
#                                                  waits until ready, prints the pid on stdout
#   keycloak.sh stop DATA_DIR                      stop the instance started with DATA_DIR (pid file DATA_DIR/kc.pid)
#   keycloak.sh wait URL [SECONDS]                 wait until URL answers 2xx
#
# Each DATA_DIR is one independent Keycloak database (dev-file H2 at DATA_DIR/data/h2), so the run and the test
# instances never share state; delete DATA_DIR for a clean one. Master admin: admin/admin (dev only).
# The import files are copied into DATA_DIR/import (fresh each start) and read through -Dkeycloak.migration.dir:
# Keycloak's own --import-realm only reads the shared dist's data/import, which we leave alone.
# ${ENV:default} placeholders in the files are resolved from the environment (GRIDWORK_BACKEND_CLIENT_SECRET,
# GRIDWORK_WEB_URL), as for the documented --import-realm.
# After the start, the backend's service account gets the realm-management roles the imported realm file lists: a
# realm imported by an earlier start keeps its data (it is not imported again), so roles added to the file later
# (manage-clients, for API clients) reach it only this way; so do the realm's login theme and display name.
# Themes come from backend/keycloak/themes (the realm's login theme `gridwork`), read in place: start-dev does not
# cache themes, so an edited stylesheet or message shows at the next page load.
# Log: DATA_DIR/keycloak.log.
set -euo pipefail

KC_VERSION=26.7.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
THEMES="$ROOT/backend/keycloak/themes"
RUN="$ROOT/.run"
KC_HOME="$RUN/keycloak-$KC_VERSION"

log() { echo "[keycloak] $*" >&2; }

fetch() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    return 0
  fi
  mkdir -p "$RUN"
  local zip="$RUN/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from the Maven registry"
    "$ROOT/backend/mvnw" -q -B -f "$ROOT/backend/pom.xml" dependency:copy \
      -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$RUN" >&2
  fi
  log "unpacking $zip"
  rm -rf "$RUN/keycloak-$KC_VERSION.partial"
  mkdir -p "$RUN/keycloak-$KC_VERSION.partial"
  unzip -q "$zip" -d "$RUN/keycloak-$KC_VERSION.partial"
  mv "$RUN/keycloak-$KC_VERSION.partial/keycloak-$KC_VERSION" "$KC_HOME"
  rmdir "$RUN/keycloak-$KC_VERSION.partial"
  rm -f "$zip"
}

wait_url() {
  local url=$1 secs=${2:-180} pid=${3:-}
  local deadline=$((SECONDS + secs))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid died while waiting for $url"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "timed out after ${secs}s waiting for $url"
      return 1
    fi
    sleep 1
  done
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local port=$1 data=$2
  shift 2
  fetch
  mkdir -p "$data"
  data="$(cd "$data" && pwd)"
  if port_busy "$port"; then
    log "port $port is already in use (a Keycloak left running? try: $0 stop $data)"
    return 1
  fi
  # fresh import dir every start; an existing realm is skipped by Keycloak (IGNORE_EXISTING)
  rm -rf "$data/import"
  mkdir -p "$data/import"
  local f
  for f in "$@"; do
    if [[ -d "$f" ]]; then
      cp "$f"/*.json "$data/import/"
    else
      cp "$f" "$data/import/"
    fi
  done
  local mgmt=$((port + 1000)) # management interface (health) on its own port: PORT+1000
  local t0=$SECONDS
  (
    cd "$data"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    export KC_DB_URL_PATH="$data" # dev-file H2 at $data/data/h2/keycloakdb
    export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} -Dkeycloak.migration.dir=$data/import -Dquarkus.transaction-manager.object-store.directory=$data/data/transaction-logs"
    export GRIDWORK_BACKEND_CLIENT_SECRET="${GRIDWORK_BACKEND_CLIENT_SECRET:-gridwork-dev-secret}"
    exec setsid "$KC_HOME/bin/kc.sh" start-dev \
      --http-port "$port" --http-management-port "$mgmt" \
      --health-enabled=true \
      --spi-theme--folder--dir="$THEMES" \
      --log=console,file --log-file="$data/keycloak.log" --log-console-output=default
  ) >"$data/console.log" 2>&1 &
  local pid=$!
  echo "$pid" >"$data/kc.pid"
  log "starting on http://localhost:$port (pid $pid, data $data, log $data/keycloak.log)"
  if ! wait_url "http://localhost:$mgmt/health/ready" 300 "$pid"; then
    tail -n 40 "$data/console.log" >&2 || true
    stop "$data" || true
    return 1
  fi
  if wait_url "http://localhost:$port/realms/gridwork/.well-known/openid-configuration" 60 "$pid"; then
    sync_backend_roles "$port" "$data"
    sync_realm_look "$port" "$data"
  else
    log "warning: realm gridwork is not there"
  fi
  log "ready in $((SECONDS - t0)) s"
  echo "$pid"
}

# sync_backend_roles PORT DATA_DIR: gives service-account-gridwork-backend the realm-management roles of the realm
# file in DATA_DIR/import (adding a role it has is a no-op). Uses the dev master admin started here.
sync_backend_roles() {
  local port=$1 data=$2 roles
  command -v node >/dev/null || { log "node not found: the backend's realm roles were not checked"; return 0; }
  roles=$(node -e '
    const fs = require("fs"), path = require("path");
    for (const f of fs.readdirSync(process.argv[1]).filter((f) => f.endsWith(".json"))) {
      for (const u of JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8")).users || []) {
        if (u.serviceAccountClientId === "gridwork-backend") console.log(((u.clientRoles || {})["realm-management"] || []).join(" "));
      }
    }' "$data/import")
  [[ -n "$roles" ]] || return 0
  local args=() role
  for role in $roles; do args+=(--rolename "$role"); done
  local config="$data/kcadm.config"
  "$KC_HOME/bin/kcadm.sh" config credentials --config "$config" --server "http://localhost:$port" --realm master \
    --user admin --password admin >/dev/null 2>&1 &&
    "$KC_HOME/bin/kcadm.sh" add-roles --config "$config" -r gridwork --uusername service-account-gridwork-backend \
      --cclientid realm-management "${args[@]}" >&2 ||
    log "warning: could not give the backend's service account its realm roles ($roles)"
}

# sync_realm_look PORT DATA_DIR: sets the realm's login theme and display name to those of the realm file in
# DATA_DIR/import (a realm imported by an earlier start keeps its own otherwise).
sync_realm_look() {
  local port=$1 data=$2 settings
  command -v node >/dev/null || return 0
  settings=$(node -e '
    const fs = require("fs"), path = require("path");
    for (const f of fs.readdirSync(process.argv[1]).filter((f) => f.endsWith(".json"))) {
      const realm = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
      if (realm.realm !== "gridwork") continue;
      for (const key of ["loginTheme", "displayName", "displayNameHtml"]) if (realm[key]) console.log(`${key}=${realm[key]}`);
    }' "$data/import")
  [[ -n "$settings" ]] || return 0
  local args=() line
  while IFS= read -r line; do args+=(-s "$line"); done <<<"$settings"
  local config="$data/kcadm.config"
  "$KC_HOME/bin/kcadm.sh" config credentials --config "$config" --server "http://localhost:$port" --realm master \
    --user admin --password admin >/dev/null 2>&1 &&
    "$KC_HOME/bin/kcadm.sh" update realms/gridwork --config "$config" "${args[@]}" >&2 ||
    log "warning: could not set the realm's login theme and display name"
}

stop() {
  local data=$1
  local pidfile="$data/kc.pid"
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping pid $pid ($data)"
    # setsid made it a process-group leader: stop kc.sh and its java together
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

cmd=${1:-}
shift || true
case "$cmd" in
  fetch) fetch ;;
  start)
    [[ $# -ge 3 ]] || { echo "usage: $0 start PORT DATA_DIR IMPORT_FILE_OR_DIR..." >&2; exit 2; }
    start "$@"
    ;;
  stop)
    [[ $# -eq 1 ]] || { echo "usage: $0 stop DATA_DIR" >&2; exit 2; }
    stop "$1"
    ;;
  wait) wait_url "$@" ;;
  *)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
