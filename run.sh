#!/usr/bin/env bash
# Quick start: builds vetsync and runs it on Payara Micro with a bundled Artemis broker and an H2 database, all on
# 127.0.0.1, with state in ./data (kept across restarts). Ctrl-C stops everything.
#
# Settings (environment): VETSYNC_DATA (./data), VETSYNC_HTTP_PORT (8080), VETSYNC_BROKER_PORT (61616),
# VETSYNC_ADMIN_PASSWORD (first start only; generated and printed once when unset), VETSYNC_SKIP_BUILD=1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$(mkdir -p "${VETSYNC_DATA:-$root/data}" && cd "${VETSYNC_DATA:-$root/data}" && pwd)
http_port=${VETSYNC_HTTP_PORT:-8080}
export VETSYNC_BROKER_PORT=${VETSYNC_BROKER_PORT:-61616}
runtime=$root/micro/target/runtime
broker_sh=$root/jms-config/broker/vetsync-broker.sh

for port in "$http_port" "$VETSYNC_BROKER_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "run.sh: port $port on 127.0.0.1 is already in use (another vetsync?)" >&2; exit 1
  fi
done

if [ "${VETSYNC_SKIP_BUILD:-0}" != 1 ]; then
  echo "run.sh: building (mvn -DskipTests install)..."
  (cd "$root" && mvn -q -B -DskipTests install)
fi

# Secrets are generated on first start and kept in data/secrets.env (readable by this user only), never in the repo.
secrets=$data/secrets.env
first_start=false
if [ ! -f "$secrets" ]; then
  first_start=true
  secret() { tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24 || true; }
  umask 077
  cat > "$secrets" <<SECRETS
VETSYNC_BROKER_PASSWORD=$(secret)
VETSYNC_BROKER_ADMIN_PASSWORD=$(secret)
VETSYNC_CABINET_PASSWORD=$(secret)
VETSYNC_PIMS_PASSWORD=$(secret)
VETSYNC_PHARMACY_PASSWORD=$(secret)
VETSYNC_DB_PASSWORD=$(secret)
SECRETS
  umask 022
fi
set -a; . "$secrets"; set +a

admin_password_shown=""
if $first_start && [ -z "${VETSYNC_ADMIN_PASSWORD:-}" ]; then
  VETSYNC_ADMIN_PASSWORD=$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 20 || true)
  admin_password_shown=$VETSYNC_ADMIN_PASSWORD
fi
export VETSYNC_ADMIN_PASSWORD

[ -d "$data/broker" ] || "$broker_sh" create "$data/broker"
# the demo cabinet's own broker account and command queue (README "Trying the flow"); nothing to do once it exists
"$broker_sh" add-cabinet "$data/broker" CAB-1
"$broker_sh" start "$data/broker"

micro_pid=""
stop() {
  trap - INT TERM EXIT
  echo; echo "run.sh: stopping vetsync"
  if [ -n "$micro_pid" ] && kill -0 "$micro_pid" 2>/dev/null; then
    kill "$micro_pid"; wait "$micro_pid" 2>/dev/null || true
  fi
  "$broker_sh" stop "$data/broker"
}
trap stop INT TERM EXIT

mkdir -p "$data/run" "$data/db" "$data/txlog"
export VETSYNC_BROKER_HOST=127.0.0.1 VETSYNC_BROKER_USER=vetsync VETSYNC_RAR=$runtime/artemis-rar.rar
export VETSYNC_HTTP_HOST=127.0.0.1 VETSYNC_DB_USER=vetsync VETSYNC_TX_LOG_DIR=$data/txlog
export VETSYNC_DB_URL="jdbc\\:h2\\:file\\:$data/db/vetsync"
(umask 077
 "$root/deploy/render.sh" "$root/deploy/micro-preboot.asadmin" "$root/deploy/transactions.asadmin" \
   > "$data/run/preboot.asadmin"
 "$root/deploy/render.sh" "$root/deploy/vetsync-resources.asadmin" "$root/deploy/jdbc-h2.asadmin" \
   "$root/deploy/micro-postboot-recovery.asadmin" > "$data/run/postboot.asadmin")

java -Xmx1g -jar "$runtime/payara-micro.jar" --nocluster --port "$http_port" \
  --prebootcommandfile "$data/run/preboot.asadmin" --postbootcommandfile "$data/run/postboot.asadmin" \
  --logtofile "$data/run/server.log" --deploy "$root/micro/target/vetsync.war" --contextroot vetsync > /dev/null 2>&1 &
micro_pid=$!

echo "run.sh: starting Payara Micro (log: $data/run/server.log)..."
for _ in $(seq 1 180); do
  kill -0 "$micro_pid" 2>/dev/null || { echo "run.sh: Payara Micro exited; see $data/run/server.log" >&2; exit 1; }
  if curl -fsS "http://127.0.0.1:$http_port/health" 2>/dev/null | grep -q '"vetsync-dependencies","status":"UP"'; then break; fi
  sleep 1
done

cat <<BANNER

  vetsync is running.
    Console   http://127.0.0.1:$http_port/vetsync/
    Health    http://127.0.0.1:$http_port/health
    Broker    tcp://127.0.0.1:$VETSYNC_BROKER_PORT  (users and passwords: $secrets)
BANNER
if [ -n "$admin_password_shown" ]; then
  echo "    Login     admin / $admin_password_shown   (shown once; change it after logging in)"
else
  echo "    Login     admin / the password chosen at first start"
fi
echo; echo "  Ctrl-C stops vetsync and its broker."
wait "$micro_pid"
