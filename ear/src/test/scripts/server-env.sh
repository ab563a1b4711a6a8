#!/usr/bin/env bash
# A throwaway Payara Server domain on loopback for the EAR's integration test, installed the way README tells hospital
# IT to: loopback listeners, bundled OpenMQ off, then deploy/payara-server.sh against the test broker and PostgreSQL.
#   IT_DIR IT_BROKER_PORT IT_H2_PORT IT_RUNTIME IT_PAYARA_HOME IT_EAR server-env.sh start | IT_DIR IT_PAYARA_HOME server-env.sh stop
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
cmd=${1:?usage: server-env.sh start|stop}
: "${IT_DIR:?}" "${IT_PAYARA_HOME:?}"
portbase=${IT_PORTBASE:-28000}
domains=$IT_DIR/domains
asadmin() { "$IT_PAYARA_HOME/bin/asadmin" "$@"; }

case "$cmd" in
  start)
    : "${IT_BROKER_PORT:?}" "${IT_H2_PORT:?}" "${IT_RUNTIME:?}" "${IT_EAR:?}"
    # a domain left running by an interrupted run
    [ -d "$domains/vetsync-it" ] && asadmin stop-domain --domaindir "$domains" vetsync-it > /dev/null 2>&1 || true
    for port in $((portbase + 48)) $((portbase + 80)); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "server-env: port $port is taken" >&2; exit 1; fi
    done
    IT_HTTP_PORT=$((portbase + 80)) bash "$root/test-support/scripts/test-env.sh" start
    props=$IT_DIR/test-env.properties
    prop() { sed -n "s/^$1=//p" "$props"; }

    asadmin create-domain --domaindir "$domains" --portbase "$portbase" --nopassword=true vetsync-it > "$IT_DIR/create-domain.log"
    xml=$domains/vetsync-it/config/domain.xml
    sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
           -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
           -e 's/jms-service type="EMBEDDED"/jms-service type="DISABLED"/g' "$xml"
    # test-only, as for Payara Micro in the micro module: C1 and a serial GC leave more of two cores to the tests
    sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options><jvm-options>-XX:TieredStopAtLevel=1</jvm-options><jvm-options>-XX:+UseSerialGC</jvm-options>#' "$xml"
    # Hazelcast: no clustering wanted here, and never on anything but loopback
    cp "$IT_RUNTIME/postgresql.jar" "$domains/vetsync-it/lib/"
    asadmin start-domain --domaindir "$domains" vetsync-it
    asadmin --port $((portbase + 48)) set-hazelcast-configuration --enabled=false --dynamic=true > /dev/null
    # test-only, as in test-env.sh's Micro boot files: a clock the tests can move (table clock_adjustment), 2 s sweeps
    asadmin --port $((portbase + 48)) create-system-properties vetsync.clock=adjustable:vetsync.sweepSeconds=2 > /dev/null

    PAYARA_HOME=$IT_PAYARA_HOME ASADMIN_OPTIONS="--port $((portbase + 48))" PAYARA_DOMAIN=vetsync-it \
    PAYARA_DOMAIN_DIR=$domains \
    VETSYNC_BROKER_PORT=$IT_BROKER_PORT VETSYNC_BROKER_PASSWORD=$(prop broker.vetsync.password) \
    VETSYNC_DB_NAME=$(prop postgresql.jdbc.url | sed 's#.*/##') VETSYNC_DB_USER=$(prop postgresql.jdbc.user) \
    VETSYNC_DB_PASSWORD=$(prop postgresql.jdbc.password) VETSYNC_ADMIN_PASSWORD=$(prop console.admin.password) \
      bash "$root/deploy/payara-server.sh" "$IT_EAR" "$IT_RUNTIME/artemis-rar.rar" "$IT_RUNTIME/postgresql.jar"
    ;;
  stop)
    [ -d "$domains/vetsync-it" ] && asadmin stop-domain --domaindir "$domains" vetsync-it || true
    bash "$root/test-support/scripts/test-env.sh" stop
    ;;
  *) echo "usage: server-env.sh start|stop" >&2; exit 2 ;;
esac
