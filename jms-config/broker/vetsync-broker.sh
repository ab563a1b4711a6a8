#!/usr/bin/env bash
# Creates, starts and stops a standalone Artemis broker configured for vetsync (broker.xml beside this script).
# Used by the quick start (./run), the test suites and CI; a hospital can use it to create its production broker.
#
#   vetsync-broker.sh create INSTANCE_DIR   new instance: vetsync's broker.xml, users and roles
#   vetsync-broker.sh start  INSTANCE_DIR   start in the background, return once the port accepts connections
#   vetsync-broker.sh stop   INSTANCE_DIR   orderly shutdown
#   vetsync-broker.sh kill   INSTANCE_DIR   kill -9 (fault tests)
#   vetsync-broker.sh add-cabinet INSTANCE_DIR CODE
#                                           user "cabinet-CODE" (password VETSYNC_CABINET_PASSWORD) who may send to
#                                           vetsync.cabinet.events and read only vetsync.cabinet.commands.CODE; works on
#                                           a running broker (it re-reads broker.xml within seconds, users at login)
#
# Environment:
#   ARTEMIS_HOME                    the unpacked distribution (default: target/apache-artemis-* beside this script)
#   VETSYNC_BROKER_HOST / _PORT     where it listens (127.0.0.1 / 61616), read at every start
#   VETSYNC_BROKER_OPTS             extra JVM options (e.g. -Dvetsync.broker.redeliveryDelay=200), read at every start
#   create only: VETSYNC_BROKER_PASSWORD (user "vetsync", the application), VETSYNC_BROKER_ADMIN_PASSWORD (user "admin"),
#   and optionally VETSYNC_PIMS_PASSWORD ("pims"), VETSYNC_PHARMACY_PASSWORD ("pharmacy"). Cabinets: add-cabinet.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage="usage: vetsync-broker.sh create|start|stop|kill INSTANCE_DIR | add-cabinet INSTANCE_DIR CODE"
cmd=${1:?$usage}
inst=${2:?$usage}
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

hash_of() { "$inst/bin/artemis" mask --hash "$1" | sed -n 's/^result: //Ip'; }

add_user() { # name password role...
  local name=$1 hash role
  hash=$(hash_of "$2"); shift 2
  echo "$name = ENC($hash)" >> "$inst/etc/artemis-users.properties"
  for role in "$@"; do add_to_role "$role" "$name"; done
}

add_to_role() { # role user: the roles file maps role = user,user,...
  local roles=$inst/etc/artemis-roles.properties
  if grep -q "^$1 = " "$roles"; then sed -i "s/^$1 = .*/&,$2/" "$roles"; else echo "$1 = $2" >> "$roles"; fi
}

add_cabinet() { # code: the cabinet's user, role, command address and who may use it
  local code=$1 user="cabinet-$1" address="vetsync.cabinet.commands.$1" hash xml=$inst/etc/broker.xml
  # the code becomes part of an address, a user and a role name: no wildcards (. * #), separators or spaces
  [[ $code =~ ^[A-Za-z0-9_-]{1,64}$ ]] || { echo "vetsync-broker: cabinet code '$code' must be 1-64 letters, digits, - or _" >&2; exit 2; }
  if grep -q "^$user = " "$inst/etc/artemis-users.properties"; then
    echo "vetsync-broker: cabinet $code already has user $user"; return 0
  fi
  if [ -n "${VETSYNC_CABINET_PASSWORD_HASH:-}" ]; then hash=$VETSYNC_CABINET_PASSWORD_HASH # tests: one hash for many
  else hash=$(hash_of "${VETSYNC_CABINET_PASSWORD:?set VETSYNC_CABINET_PASSWORD}"); fi
  # broker.xml first (re-read whole, so written whole: a temporary file renamed over it)
  awk -v address="$address" -v user="$user" '
    /<!-- add-cabinet -->/ {
      print "      <security-setting match=\"" address "\">"
      print "        <permission type=\"send\" roles=\"vetsync,admin\"/>"
      print "        <permission type=\"createAddress\" roles=\"vetsync,admin\"/>"
      print "        <permission type=\"createDurableQueue\" roles=\"vetsync,admin\"/>"
      print "        <permission type=\"consume\" roles=\"" user ",admin\"/>"
      print "        <permission type=\"browse\" roles=\"" user ",vetsync,admin\"/>"
      print "      </security-setting>"
    }
    /<!-- add-cabinet addresses -->/ {
      print "      <address name=\"" address "\"><anycast><queue name=\"" address "\"/></anycast></address>"
    }
    { print }' "$xml" > "$xml.new"
  grep -q "match=\"$address\"" "$xml.new" && grep -q "address name=\"$address\"" "$xml.new" \
    || { rm -f "$xml.new"; echo "vetsync-broker: $xml lacks the add-cabinet markers (an instance from before per-cabinet queues: copy jms-config/broker/broker.xml over it)" >&2; exit 1; }
  mv "$xml.new" "$xml"
  echo "$user = ENC($hash)" >> "$inst/etc/artemis-users.properties"
  add_to_role cabinet "$user"
  add_to_role "$user" "$user"
  echo "vetsync-broker: added cabinet $code (user $user, queue $address)"
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
  add-cabinet)
    exec 9> "$inst/etc/add-cabinet.lock" && flock 9 # one edit of the files at a time
    add_cabinet "${3:?$usage}"
    ;;
  *) echo "$usage" >&2; exit 2 ;;
esac
