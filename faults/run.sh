#!/usr/bin/env bash
# Runs vetsync's fault tests (docs/RELIABILITY.md) against a real broker, Payara Micro and PostgreSQL on 127.0.0.1.
#
#   faults/run.sh                 every test, the long ones included
#   faults/run.sh fast            the ones `mvn -B verify` runs
#   faults/run.sh broker-kill database-down ...   chosen tests:
#       broker-kill server-kill poison database-down duplicates export-kill broker-full two-instances
#       expiry-restart
#
# Settings (environment): IT_PG_DB (the database is IT_PG_DB_faults, else vetsync_faults; dropped and created
# afresh), FAULTS_SEED (where the broker is
# killed), VETSYNC_SKIP_BUILD=1 (use what micro/target already holds). Figures: faults/target/fault-results/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
groups=fast,long
tests=()
for name in "$@"; do
  case "$name" in
    fast) groups=fast ;;
    broker-kill) tests+=(BrokerKillFaultIT) ;;
    server-kill) tests+=(ServerKillFaultIT) ;;
    poison) tests+=(PoisonFaultIT) ;;
    database-down) tests+=(DatabaseDownFaultIT) ;;
    duplicates) tests+=(DuplicatesFaultIT) ;;
    export-kill) tests+=(ExportKillFaultIT) ;;
    broker-full) tests+=(BrokerFullFaultIT) ;;
    two-instances) tests+=(TwoInstancesFaultIT) ;;
    expiry-restart) tests+=(ExpiryRestartFaultIT) ;;
    *) echo "faults/run.sh: unknown test '$name'" >&2; sed -n '2,13p' "$0" >&2; exit 2 ;;
  esac
done

cd "$root"
if [ "${VETSYNC_SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -o -pl micro,simulator,jms-config/artemis-rar,jms-config/broker -am package -DskipTests
fi
selection=()
if [ ${#tests[@]} -gt 0 ]; then
  selection=("-Dit.test=$(IFS=,; echo "${tests[*]}")" -Dfailsafe.failIfNoSpecifiedTests=false)
fi
exec mvn -B -o verify -pl test-support,faults -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfaults.groups="$groups" -Dfaults.seed="${FAULTS_SEED:-6}" \
  "${selection[@]}"
