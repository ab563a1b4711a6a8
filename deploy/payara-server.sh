#!/usr/bin/env bash
# Configures a running Payara Server domain for vetsync and deploys the EAR: the resource adapter, the JMS connection
# factory and the PostgreSQL XA pool (the same asadmin commands Payara Micro boots with), then vetsync.ear.
#
#   deploy/payara-server.sh VETSYNC_EAR ARTEMIS_RAR POSTGRESQL_JAR
#
# Environment (see README, "Deploying on Payara Server"):
#   PAYARA_HOME                 the Payara Server installation (bin/asadmin)
#   ASADMIN_OPTIONS             options for asadmin, e.g. "--port 4848 --user admin --passwordfile /root/.asadmin-pw"
#   PAYARA_DOMAIN, PAYARA_DOMAIN_DIR   the domain restarted once when the driver or the transaction settings change
#                               (default: asadmin's own default domain)
#   VETSYNC_BROKER_HOST/_PORT   the Artemis broker (127.0.0.1 / 61616)
#   VETSYNC_BROKER_USER/_PASSWORD   vetsync's broker account
#   VETSYNC_DB_HOST/_PORT/_NAME/_USER/_PASSWORD   PostgreSQL (max_prepared_transactions > 0)
#   VETSYNC_ADMIN_PASSWORD      optional: the first console admin's password (otherwise generated, in server.log once)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ear=${1:?usage: payara-server.sh VETSYNC_EAR ARTEMIS_RAR POSTGRESQL_JAR}
rar=${2:?usage: payara-server.sh VETSYNC_EAR ARTEMIS_RAR POSTGRESQL_JAR}
driver=${3:?usage: payara-server.sh VETSYNC_EAR ARTEMIS_RAR POSTGRESQL_JAR}
: "${PAYARA_HOME:?set PAYARA_HOME}"
asadmin() { "$PAYARA_HOME/bin/asadmin" ${ASADMIN_OPTIONS:-} "$@"; }

export VETSYNC_BROKER_HOST=${VETSYNC_BROKER_HOST:-127.0.0.1} VETSYNC_BROKER_PORT=${VETSYNC_BROKER_PORT:-61616}
export VETSYNC_BROKER_USER=${VETSYNC_BROKER_USER:-vetsync} VETSYNC_DB_HOST=${VETSYNC_DB_HOST:-127.0.0.1}
export VETSYNC_DB_PORT=${VETSYNC_DB_PORT:-5432} VETSYNC_DB_NAME=${VETSYNC_DB_NAME:-vetsync}
export VETSYNC_DB_USER=${VETSYNC_DB_USER:-vetsync} VETSYNC_RAR=$(cd "$(dirname "$rar")" && pwd)/$(basename "$rar")

# The JDBC driver must be on the server's common class path before the pool is created, and the transaction
# service reads its recovery settings at start: both need one restart, done only when something changed.
restart=false
if ! asadmin list-libraries --type common | grep -q "^$(basename "$driver")\$"; then
  echo "payara-server: installing $(basename "$driver")"
  asadmin add-library --type common "$driver"
  restart=true
fi
if ! asadmin get configs.config.server-config.transaction-service.automatic-recovery | grep -q '=true$'; then
  echo "payara-server: turning on transaction recovery (transactions.asadmin)"
  asadmin multimode --file "$here/transactions.asadmin"
  restart=true
fi
if $restart; then
  echo "payara-server: restarting the domain"
  asadmin restart-domain ${PAYARA_DOMAIN_DIR:+--domaindir "$PAYARA_DOMAIN_DIR"} ${PAYARA_DOMAIN:-}
fi

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
chmod 600 "$commands"
# asadmin multimode reads one level of backslash escapes more than Payara Micro's boot-file reader: double them.
"$here/render.sh" "$here/vetsync-resources.asadmin" "$here/jdbc-postgresql.asadmin" "$here/payara-server.asadmin" \
  | sed 's/\\/\\\\/g' > "$commands"
if [ -n "${VETSYNC_ADMIN_PASSWORD:-}" ]; then
  echo "create-system-properties vetsync.admin.password=$VETSYNC_ADMIN_PASSWORD" >> "$commands"
fi
echo "payara-server: creating vetsync's resources"
asadmin multimode --file "$commands"

echo "payara-server: deploying $(basename "$ear")"
asadmin deploy --force=true --name vetsync "$ear"
echo "payara-server: vetsync deployed; console at /vetsync/, health at /health"
