#!/usr/bin/env bash
# Measures the pharmacy export on PostgreSQL: a full first copy of 100,000 clients and 150,000 pets, then the delta
# after 1% of them changed. Starts its own broker, PostgreSQL database and Payara Micro on 127.0.0.1 (test-env.sh),
# seeds the data with SQL, drives the export through the staff API, prints the figures, and stops everything.
# Besides wall time it prints the CPU seconds vetsync (the Payara Micro JVM) and the database's sessions used, which
# are less disturbed than wall time when other work shares the machine.
#   bench/pharmacy-export.sh [clients] [pets]      (after: mvn -B -DskipTests package)
# IT_PG_DB names the PostgreSQL database it drops and creates (default vetsync_it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
clients=${1:-100000}
pets=${2:-150000}
export IT_DIR=$root/bench/target/pharmacy IT_BROKER_PORT=${BENCH_BROKER_PORT:-41716} IT_H2_PORT=${BENCH_H2_PORT:-41792}
export IT_HTTP_PORT=${BENCH_HTTP_PORT:-48180} IT_RUNTIME=$root/micro/target/runtime
bash "$root/test-support/scripts/test-env.sh" start > /dev/null
prop() { sed -n "s/^$1=//p" "$IT_DIR/test-env.properties"; }
db=$(prop postgresql.jdbc.url | sed 's#.*/##')
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }

java -Xmx1g -jar "$IT_RUNTIME/payara-micro.jar" --nocluster --port "$IT_HTTP_PORT" \
  --addlibs "$IT_RUNTIME/postgresql.jar" --prebootcommandfile "$IT_DIR/preboot.asadmin" \
  --postbootcommandfile "$IT_DIR/postboot-postgresql.asadmin" --deploy "$root/micro/target/vetsync.war" \
  > "$IT_DIR/server.log" 2>&1 &
micro=$!
trap 'kill $micro 2>/dev/null; wait $micro 2>/dev/null || true; bash "$root/test-support/scripts/test-env.sh" stop > /dev/null' EXIT
up=false
for _ in $(seq 1 300); do  # start-up takes minutes on a loaded machine
  # healthy dependencies, and the application deployed (the health check answers before the deployment is done)
  if curl -fsS "http://127.0.0.1:$IT_HTTP_PORT/health" 2>/dev/null | grep -q '"vetsync-dependencies","status":"UP"' \
    && [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$IT_HTTP_PORT/vetsync/api/status") =~ ^(2..|401|403)$ ]]
  then
    up=true; break
  fi
  sleep 1
done
$up || { echo "vetsync did not come up; see $IT_DIR/server.log" >&2; exit 1; }
# let the start-up export of the empty database finish first
sleep 12

echo "seeding $clients clients and $pets pets..."
psql_db <<SQL
INSERT INTO client (id, pims_id, name, address, phone, email, date_of_birth, sex, id_number, version)
SELECT 100000000 + n, 'BC-' || n, 'Client ' || n, n || ' Long Street, Springfield', '555-' || lpad((n % 10000)::text, 4, '0'),
       'client' || n || '@example.org', DATE '1970-01-01' + (n % 15000), CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       'ID' || n, 1
FROM generate_series(1, $clients) AS n;
INSERT INTO patient (id, pims_id, client_id, name, species, breed, date_of_birth, weight_kg, deceased, version)
SELECT 200000000 + n, 'BP-' || n, 100000000 + 1 + (n % $clients), 'Pet ' || n, 'Canine', 'Labrador',
       DATE '2012-01-01' + (n % 4000), 5 + (n % 400) / 10.0, false, 1
FROM generate_series(1, $pets) AS n;
ANALYZE;
SQL

cookies=$(mktemp)
curl -s -c "$cookies" -b "$cookies" -o /dev/null "http://127.0.0.1:$IT_HTTP_PORT/vetsync/console/events.xhtml"
curl -s -L -c "$cookies" -b "$cookies" -o /dev/null -d "j_username=admin&j_password=$(prop console.admin.password)" \
  "http://127.0.0.1:$IT_HTTP_PORT/vetsync/j_security_check"
api() { curl -s -c "$cookies" -b "$cookies" -H 'Content-Type: application/json' -H 'X-Vetsync-Action: 1' "$@"; }

ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { # pid...: user + system CPU ticks of these processes
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')))
  done
  echo "$total"
}
db_pids() { psql_db -tAc "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"; }

run_export() { # label
  local id state pids vetsync_before db_before
  pids=$(db_pids)
  vetsync_before=$(cpu_ticks $micro) db_before=$(cpu_ticks $pids)
  id=$(api -X POST -d '{}' "http://127.0.0.1:$IT_HTTP_PORT/vetsync/api/staff/pharmacy/exports" | sed 's/.*"runId":\([0-9]*\).*/\1/')
  for _ in $(seq 1 600); do
    state=$(api "http://127.0.0.1:$IT_HTTP_PORT/vetsync/api/staff/pharmacy/exports/$id")
    echo "$state" | grep -q '"status":"COMPLETE"' && break
    sleep 0.5
  done
  local vetsync_cpu db_cpu
  vetsync_cpu=$(( $(cpu_ticks $micro) - vetsync_before )) db_cpu=$(( $(cpu_ticks $pids) - db_before ))
  python3 - "$1" "$state" "$vetsync_cpu" "$db_cpu" "$ticks_per_second" <<'PY'
import json, sys, datetime
label, run = sys.argv[1], json.loads(sys.argv[2])
vetsync_cpu, db_cpu, hz = (int(v) for v in sys.argv[3:6])
t = lambda s: datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
secs = (t(run['finishedAt']) - t(run['startedAt'])).total_seconds()
print(f"{label}: {secs:.1f} s for {run['clientsDone']} clients; {run['newClients']} new clients, {run['newPets']} new pets,"
      f" {run['emailChanges']} email, {run['weightChanges']} weight changes, {run['reviewItems']} held for review,"
      f" {run['batches']} batches; CPU: vetsync {vetsync_cpu / hz:.1f} s, database sessions {db_cpu / hz:.1f} s")
PY
}
run_export "full copy"
psql_db <<SQL
UPDATE client SET email = 'changed' || id || '@example.org' WHERE id % 100 = 0 AND id > 100000000;
UPDATE patient SET weight_kg = weight_kg + 1 WHERE id % 200 = 0 AND id > 200000000;
SQL
run_export "1% delta"
