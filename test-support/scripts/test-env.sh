#!/usr/bin/env bash
# Starts and stops what the integration tests run against, all on 127.0.0.1: a standalone Artemis broker (from the
# distribution, over TCP), an H2 server, and a fresh PostgreSQL database. Writes the resource files the servers boot
# with and test-env.properties, which the tests read. Passwords are generated per run, never stored in the repository.
#
#   IT_DIR=... IT_BROKER_PORT=... IT_H2_PORT=... IT_HTTP_PORT=... IT_RUNTIME=... test-env.sh start
#   IT_DIR=... test-env.sh stop
#
# The PostgreSQL database (and its role) is dropped and created afresh on start: vetsync_it, or IT_PG_DB when two
# checkouts run their tests against one PostgreSQL at the same time and must not drop each other's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
broker_sh=$root/jms-config/broker/vetsync-broker.sh
cmd=${1:?usage: test-env.sh start|stop}
: "${IT_DIR:?IT_DIR is not set}"

secret() { tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24 || true; }

wait_port() { # port what
  for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.5; done
  echo "test-env: $2 is not listening on 127.0.0.1:$1" >&2; return 1
}

stop_all() {
  [ -d "$IT_DIR/broker" ] && "$broker_sh" stop "$IT_DIR/broker" || true
  if [ -f "$IT_DIR/h2.pid" ]; then kill "$(cat "$IT_DIR/h2.pid")" 2>/dev/null || true; rm -f "$IT_DIR/h2.pid"; fi
}

case "$cmd" in
  start)
    : "${IT_BROKER_PORT:?}" "${IT_H2_PORT:?}" "${IT_HTTP_PORT:?}" "${IT_RUNTIME:?}"
    stop_all
    rm -rf "$IT_DIR" && mkdir -p "$IT_DIR"
    broker_password=$(secret) admin_password=$(secret) cabinet_password=$(secret) pims_password=$(secret)
    db_password=$(secret) console_password=$(secret) pharmacy_password=$(secret)

    VETSYNC_BROKER_PORT=$IT_BROKER_PORT VETSYNC_BROKER_PASSWORD=$broker_password \
      VETSYNC_BROKER_ADMIN_PASSWORD=$admin_password \
      VETSYNC_PIMS_PASSWORD=$pims_password VETSYNC_PHARMACY_PASSWORD=$pharmacy_password "$broker_sh" create "$IT_DIR/broker"
    VETSYNC_BROKER_PORT=$IT_BROKER_PORT "$broker_sh" start "$IT_DIR/broker"
    # every test cabinet shares one password; hashed once here, so that adding a cabinet's account (BrokerControl,
    # as tests meet new cabinet codes) only edits files
    cabinet_hash=$("$IT_DIR/broker/bin/artemis" mask --hash "$cabinet_password" | sed -n 's/^result: //Ip')

    # H2 as a server, so that a test can reach the same database the application uses
    nohup java -Xmx256m -Dh2.bindAddress=127.0.0.1 -cp "$IT_RUNTIME/h2.jar" org.h2.tools.Server \
      -tcp -tcpPort "$IT_H2_PORT" -baseDir "$IT_DIR/h2" -ifNotExists > "$IT_DIR/h2.log" 2>&1 < /dev/null &
    echo $! > "$IT_DIR/h2.pid"
    wait_port "$IT_H2_PORT" "H2"

    pg_db=${IT_PG_DB:-vetsync_it} pg_user=${IT_PG_DB:-vetsync_it}
    [[ $pg_db =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "test-env: IT_PG_DB must be a plain lower-case name" >&2; exit 1; }
    # a server killed by a fault test may have left transactions prepared in it, and those block the drop
    for gid in $(psql -h 127.0.0.1 -U postgres -d postgres -tAc \
        "select gid from pg_prepared_xacts where database = '$pg_db'" 2>/dev/null); do
      psql -h 127.0.0.1 -U postgres -d "$pg_db" -qc "ROLLBACK PREPARED '$gid'" >> "$IT_DIR/postgresql.log" 2>&1 || true
    done
    if ! psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q > "$IT_DIR/postgresql.log" 2>&1 <<SQL
DROP DATABASE IF EXISTS $pg_db WITH (FORCE);
DROP ROLE IF EXISTS $pg_user;
CREATE ROLE $pg_user LOGIN PASSWORD '$db_password';
CREATE DATABASE $pg_db OWNER $pg_user;
SQL
    then
      echo "test-env: could not prepare PostgreSQL on 127.0.0.1:5432 as user postgres:" >&2
      cat "$IT_DIR/postgresql.log" >&2
      exit 1
    fi
    prepared=$(psql -h 127.0.0.1 -U postgres -d postgres -tAc 'show max_prepared_transactions')
    if [ "${prepared:-0}" -lt 1 ]; then
      echo "test-env: PostgreSQL has max_prepared_transactions=$prepared; XA needs > 0 (.ci/run sets it)" >&2
      exit 1
    fi

    export VETSYNC_BROKER_HOST=127.0.0.1 VETSYNC_BROKER_PORT=$IT_BROKER_PORT VETSYNC_BROKER_USER=vetsync
    export VETSYNC_BROKER_PASSWORD=$broker_password VETSYNC_RAR=$IT_RUNTIME/artemis-rar.rar VETSYNC_HTTP_HOST=127.0.0.1
    # the transaction log outlives a killed server, so that XA recovery finds what it had prepared
    mkdir -p "$IT_DIR/txlog"
    VETSYNC_TX_LOG_DIR=$IT_DIR/txlog "$root/deploy/render.sh" "$root/deploy/micro-preboot.asadmin" \
      "$root/deploy/transactions.asadmin" > "$IT_DIR/preboot.asadmin"
    VETSYNC_DB_USER=vetsync VETSYNC_DB_PASSWORD=$db_password \
      VETSYNC_DB_URL="jdbc\\:h2\\:tcp\\://127.0.0.1\\:$IT_H2_PORT/vetsync" \
      "$root/deploy/render.sh" "$root/deploy/vetsync-resources.asadmin" "$root/deploy/jdbc-h2.asadmin" \
        "$root/deploy/micro-postboot-recovery.asadmin" > "$IT_DIR/postboot-h2.asadmin"
    VETSYNC_DB_HOST=127.0.0.1 VETSYNC_DB_PORT=5432 VETSYNC_DB_NAME=$pg_db VETSYNC_DB_USER=$pg_user VETSYNC_DB_PASSWORD=$db_password \
      "$root/deploy/render.sh" "$root/deploy/vetsync-resources.asadmin" "$root/deploy/jdbc-postgresql.asadmin" \
        "$root/deploy/micro-postboot-recovery.asadmin" > "$IT_DIR/postboot-postgresql.asadmin"
    # the first console admin, as an operator would set VETSYNC_ADMIN_PASSWORD
    # and a clock the tests can move (table clock_adjustment) instead of sleeping, swept every 2 s instead of 10 s
    # so that the tests wait less for due work to be picked up
    for f in "$IT_DIR"/postboot-*.asadmin; do
      echo "create-system-properties vetsync.admin.password=$console_password" >> "$f"
      echo "create-system-properties vetsync.clock=adjustable" >> "$f"
      echo "create-system-properties vetsync.sweepSeconds=2" >> "$f"
    done
    chmod 600 "$IT_DIR"/*.asadmin

    umask 077
    cat > "$IT_DIR/test-env.properties" <<PROPS
http.url=http://127.0.0.1:$IT_HTTP_PORT
broker.url=tcp://127.0.0.1:$IT_BROKER_PORT
broker.instance=$IT_DIR/broker
broker.port=$IT_BROKER_PORT
broker.script=$broker_sh
broker.admin.password=$admin_password
broker.vetsync.password=$broker_password
broker.cabinet.password=$cabinet_password
broker.cabinet.password.hash=$cabinet_hash
broker.pims.password=$pims_password
broker.pharmacy.password=$pharmacy_password
console.admin.password=$console_password
h2.jdbc.url=jdbc:h2:tcp://127.0.0.1:$IT_H2_PORT/vetsync
h2.jdbc.user=vetsync
h2.jdbc.password=$db_password
postgresql.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$pg_db
postgresql.jdbc.user=$pg_user
postgresql.jdbc.password=$db_password
PROPS
    echo "test-env: ready in $IT_DIR"
    ;;
  stop)
    stop_all
    echo "test-env: stopped"
    ;;
  *) echo "usage: test-env.sh start|stop" >&2; exit 2 ;;
esac
