#!/usr/bin/env bash
# Creates, starts and stops a standalone Artemis broker configured for vetsync (broker.xml beside this script).
# Used by the quick start (./run), the test suites and CI; a hospital can use it to create its production broker.
#
#   vetsync-broker.sh create INSTANCE_DIR   new instance: vetsync's broker.xml, users and roles
#   vetsync-broker.sh start  INSTANCE_DIR   start in the background, return once the port accepts connections
#   vetsync-broker.sh stop   INSTANCE_DIR   orderly shutdown
#   vetsync-broker.sh kill   INSTANCE_DIR   kill -9 (fault tests)
#
# Environment:
#   ARTEMIS_HOME                    the unpacked distribution (default: target/apache-artemis-* beside this script)
#   VETSYNC_BROKER_HOST / _PORT     where it listens (127.0.0.1 / 61616), read at every start
#   VETSYNC_BROKER_OPTS             extra JVM options (e.g. -Dvetsync.broker.redeliveryDelay=200), read at every start
#   create only: VETSYNC_BROKER_PASSWORD (user "vetsync", the application), VETSYNC_BROKER_ADMIN_PASSWORD (user "admin"),
#   and optionally VETSYNC_CABINET_PASSWORD ("cabinet"), VETSYNC_PIMS_PASSWORD ("pims"), VETSYNC_PHARMACY_PASSWORD ("pharmacy").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cmd=${1:?usage: vetsync-broker.sh create|start|stop|kill INSTANCE_DIR}
inst=${2:?usage: vetsync-broker.sh create|start|stop|kill INSTANCE_DIR}
host=${VETSYNC_BROKER_HOST:-127.0.0.1}
port=${VETSYNC_BROKER_PORT:-61616}

artemis_home() {
  local home=${ARTEMIS_HOME:-}
  if [ -z "$home" ]; then home=$(ls -d "$here"/target/apache-artemis-* 2>/dev/null | head -n 1 || true); fi
  [ -x "$home/bin/artemis" ] || { echo "vetsync-broker: no Artemis distribution (build jms-config first or set ARTEMIS_HOME)" >&2; exit 2; }
  echo "$home"
}

port_open() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

pid_of() { [ -f "$inst/broker.pid" ] && cat "$inst/broker.pid" || true; }

running() { local pid; pid=$(pid_of); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

add_user() { # name password role
  local hash
  hash=$("$inst/bin/artemis" mask --hash "$2" | sed -n 's/^result: //Ip')
  echo "$1 = ENC($hash)" >> "$inst/etc/artemis-users.properties"
  echo "$3 = $1" >> "$inst/etc/artemis-roles.properties"
}

case "$cmd" in
  create)
    : "${VETSYNC_BROKER_PASSWORD:?set VETSYNC_BROKER_PASSWORD}" "${VETSYNC_BROKER_ADMIN_PASSWORD:?set VETSYNC_BROKER_ADMIN_PASSWORD}"
    home=$(artemis_home)
    "$home/bin/artemis" create "$inst" --silent --no-web --require-login \
      --user admin --password "$VETSYNC_BROKER_ADMIN_PASSWORD" --role admin \
      --host "$host" --http-host 127.0.0.1 > "$inst.create.log" 2>&1 || { cat "$inst.create.log" >&2; exit 1; }
    rm -f "$inst.create.log"
    cp "$here/broker.xml" "$inst/etc/broker.xml"
    # create wrote admin's hash without a final newline, and admin's role; the role file maps role = users
    echo >> "$inst/etc/artemis-users.properties"
    : > "$inst/etc/artemis-roles.properties"
    echo "admin = admin" >> "$inst/etc/artemis-roles.properties"
    add_user vetsync "$VETSYNC_BROKER_PASSWORD" vetsync
    [ -n "${VETSYNC_CABINET_PASSWORD:-}" ] && add_user cabinet "$VETSYNC_CABINET_PASSWORD" cabinet
    [ -n "${VETSYNC_PIMS_PASSWORD:-}" ] && add_user pims "$VETSYNC_PIMS_PASSWORD" pims
    [ -n "${VETSYNC_PHARMACY_PASSWORD:-}" ] && add_user pharmacy "$VETSYNC_PHARMACY_PASSWORD" pharmacy
    chmod 600 "$inst/etc/artemis-users.properties"
    echo "vetsync-broker: created $inst"
    ;;
  start)
    if running; then echo "vetsync-broker: already running (pid $(pid_of))"; exit 0; fi
    if port_open; then echo "vetsync-broker: $host:$port is taken by another process" >&2; exit 1; fi
    mkdir -p "$inst/log"
    JAVA_ARGS="-Xms128M -Xmx1G -XX:+UseG1GC --add-opens java.base/jdk.internal.misc=ALL-UNNAMED" \
    JAVA_ARGS_APPEND="-Dvetsync.broker.host=$host -Dvetsync.broker.port=$port -Dvetsync.broker.data=$inst/data ${VETSYNC_BROKER_OPTS:-}" \
      nohup "$inst/bin/artemis" run >> "$inst/log/console.log" 2>&1 < /dev/null &
    echo $! > "$inst/broker.pid"
    for _ in $(seq 1 120); do
      if port_open; then echo "vetsync-broker: started on tcp://$host:$port (pid $(pid_of))"; exit 0; fi
      running || { echo "vetsync-broker: failed to start, see $inst/log/console.log" >&2; tail -n 20 "$inst/log/console.log" >&2; exit 1; }
      sleep 0.5
    done
    echo "vetsync-broker: not listening on $host:$port after 60 s" >&2; exit 1
    ;;
  stop|kill)
    pid=$(pid_of)
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then echo "vetsync-broker: not running"; rm -f "$inst/broker.pid"; exit 0; fi
    if [ "$cmd" = kill ]; then kill -9 "$pid"; else kill "$pid"; fi
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$inst/broker.pid"
    echo "vetsync-broker: $([ "$cmd" = kill ] && echo killed || echo stopped) (pid $pid)"
    ;;
  *) echo "usage: vetsync-broker.sh create|start|stop|kill INSTANCE_DIR" >&2; exit 2 ;;
esac
