#!/usr/bin/env bash
# The vetsync benchmark, in one run, on PostgreSQL and a standalone Artemis broker, all on 127.0.0.1, with
# production's transaction guarantees (XA through the Artemis resource adapter, as deploy/*.asadmin configures
# Payara Micro running the built vetsync.war):
#   1. the broker's own ceiling: `artemis perf`, persistent 1 KB messages, a commit per message (the reference);
#   2. dispense events from the cabinet simulator at 100, 200 and 500 per second and at full speed, timed from the
#      event sent to vetsync's acknowledgement received (which commits with the invoice line); then exactly-once
#      billing is checked in the database;
#   3. the dashboard over a million sync events seeded into vetsync's database: its queries (bench/dashboard.sh), then
#      the console pages over HTTP as the running vetsync serves them (bench/console-pages.sh);
#   4. the pharmacy export: a full copy of 100k clients / 150k pets, then the 1% delta (bench/pharmacy-export.sh).
# Prints a table and rewrites docs/BENCHMARKS.md (results, then bench/notes.md: analysis and tuning history).
#
#   bench/run.sh            the real run (about 15 minutes; the full-speed phase lasts 5 minutes)
#   bench/run.sh --smoke    every phase, briefly (about 5 minutes), to check the benchmark itself
#
# Environment: BENCH_PG_DB (vetsync_bench: created afresh, dropped at the end), BENCH_SKIP_BUILD=1, and the phase lengths
# BENCH_PERF_SECONDS, BENCH_RATE_SECONDS, BENCH_FULL_SECONDS, BENCH_WINDOW (events unanswered at full speed),
# BENCH_CONSULTS, BENCH_DASHBOARD_EVENTS, BENCH_CLIENTS, BENCH_PETS; BENCH_PHASES (default "perf events dashboard
# export") runs only some phases, e.g. BENCH_PHASES=events when comparing a tuning change. Everything it starts it stops, also on failure;
# its state lives in bench/work (deleted at the start of each run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=full
case "${1:-}" in
  --smoke) mode=smoke ;;
  "") ;;
  *) echo "usage: bench/run.sh [--smoke]" >&2; exit 2 ;;
esac
command="bench/run.sh${1:+ $1}"
if [ $mode = full ]; then
  perf_seconds=${BENCH_PERF_SECONDS:-30} rate_seconds=${BENCH_RATE_SECONDS:-45} full_seconds=${BENCH_FULL_SECONDS:-300}
  dashboard_events=${BENCH_DASHBOARD_EVENTS:-1000000} clients=${BENCH_CLIENTS:-100000} pets=${BENCH_PETS:-150000}
else
  perf_seconds=${BENCH_PERF_SECONDS:-5} rate_seconds=${BENCH_RATE_SECONDS:-10} full_seconds=${BENCH_FULL_SECONDS:-20}
  dashboard_events=${BENCH_DASHBOARD_EVENTS:-100000} clients=${BENCH_CLIENTS:-10000} pets=${BENCH_PETS:-15000}
fi
window=${BENCH_WINDOW:-64}
phases=" ${BENCH_PHASES:-perf events dashboard export} "
phase() { [[ $phases == *" $1 "* ]]; }
consults=${BENCH_CONSULTS:-400}
pg_db=${BENCH_PG_DB:-vetsync_bench}
work=$root/bench/work
env_dir=$work/env
results=$work/results.env
runtime=$root/micro/target/runtime
simulator=$root/simulator/target/cabinet-simulator.jar
artemis=$(ls -d "$root"/jms-config/broker/target/apache-artemis-*/bin/artemis 2>/dev/null | head -n 1 || true)
export IT_DIR=$env_dir IT_PG_DB=$pg_db IT_RUNTIME=$runtime
export IT_BROKER_PORT=${BENCH_BROKER_PORT:-44716} IT_H2_PORT=${BENCH_H2_PORT:-44792} IT_HTTP_PORT=${BENCH_HTTP_PORT:-44880}

log() { echo "bench: $*" >&2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "building vetsync.war, the simulator and the broker distribution (mvn -DskipTests package)"
  (cd "$root" && mvn -q -B -DskipTests package -pl jms-config/artemis-rar,micro,simulator,jms-config/broker -am)
  artemis=$(ls -d "$root"/jms-config/broker/target/apache-artemis-*/bin/artemis | head -n 1)
fi
[ -f "$root/micro/target/vetsync.war" ] && [ -f "$simulator" ] && [ -x "$artemis" ] \
  || { echo "bench: build artefacts missing (run without BENCH_SKIP_BUILD)" >&2; exit 1; }

micro_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$micro_pid" ] && kill -0 "$micro_pid" 2>/dev/null; then
    kill "$micro_pid"; wait "$micro_pid" 2>/dev/null || true
  fi
  bash "$root/test-support/scripts/test-env.sh" stop > /dev/null 2>&1 || true
  # the dashboard phase leaves a million events in it
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" \
    -c "DROP ROLE IF EXISTS $pg_db" > /dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# what an interrupted earlier run may have left running: its broker, H2 and the export's
bash "$root/test-support/scripts/test-env.sh" stop > /dev/null 2>&1 || true
IT_DIR=$root/bench/target/pharmacy bash "$root/test-support/scripts/test-env.sh" stop > /dev/null 2>&1 || true
rm -rf "$work" && mkdir -p "$work"
: > "$results"
record() { printf '%s=%q\n' "$1" "$2" >> "$results"; }
record started "$(date -u '+%Y-%m-%d %H:%M UTC')"
record mode "$mode"
record clients "$clients"
record pets "$pets"
record dashboard_events "$dashboard_events"
record command "$command"
record commit "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
record cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
record cores "$(nproc)"
record ram "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
record java "$(java -version 2>&1 | head -n 1)"
record postgresql "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc 'show server_version')"
record load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

log "starting the broker and a fresh PostgreSQL database $pg_db"
bash "$root/test-support/scripts/test-env.sh" start > /dev/null
prop() { sed -n "s/^$1=//p" "$env_dir/test-env.properties"; }
broker=$env_dir/broker
psql_db() { psql -h 127.0.0.1 -U postgres -d "$pg_db" -v ON_ERROR_STOP=1 -qtA "$@"; }

# --- 1. the broker's own ceiling ------------------------------------------------------------------------------
if phase perf; then
# A queue of its own, so the reference run leaves vetsync's addresses untouched.
perl -0pi -e 's#</addresses>#  <address name="bench.perf"><anycast><queue name="bench.perf"/></anycast></address>\n    </addresses>#;
  s#</security-settings>#  <security-setting match="bench.perf"><permission type="send" roles="admin"/><permission type="consume" roles="admin"/></security-setting>\n    </security-settings>#' \
  "$broker/etc/broker.xml"
VETSYNC_BROKER_PORT=$IT_BROKER_PORT "$root/jms-config/broker/vetsync-broker.sh" stop "$broker" > /dev/null
VETSYNC_BROKER_PORT=$IT_BROKER_PORT "$root/jms-config/broker/vetsync-broker.sh" start "$broker" > /dev/null
log "artemis perf: persistent 1 KB, a commit per message, 8 producers and 8 consumers, ${perf_seconds} s"
"$artemis" perf client --url "tcp://127.0.0.1:$IT_BROKER_PORT" --user admin --password "$(prop broker.admin.password)" \
  --persistent --tx --commit-interval 1 --message-size 1024 --producers 8 --consumers 8 --threads 2 \
  --warmup 3 --duration "$perf_seconds" --silent --json "$work/perf.json" queue://bench.perf > "$work/perf.log" 2>&1 \
  || { tail -n 20 "$work/perf.log" >&2; exit 1; }
# messages consumed per second over the measured (not warm-up) intervals of the report
record perf_rate "$(python3 - "$work/perf.json" <<'PY'
import json, sys
samples = [s for s in json.load(open(sys.argv[1])) if s["sampleType"] == "interval"]
timed = [(s["received"], s["time"] - before["time"]) for before, s in zip(samples, samples[1:]) if not s["warmup"]]
print(round(1000 * sum(n for n, _ in timed) / max(sum(ms for _, ms in timed), 1)))
PY
)"
fi

# --- 2. dispense events through vetsync -----------------------------------------------------------------------
log "starting Payara Micro with vetsync.war on PostgreSQL (XA)"
# Its log goes to standard output only: with --logtofile Payara Micro writes every line twice (console and file), and
# each of vetsync's two lines per event is formatted and written twice.
java -Xms1g -Xmx1g -jar "$runtime/payara-micro.jar" --nocluster --port "$IT_HTTP_PORT" \
  --addlibs "$runtime/postgresql.jar" --prebootcommandfile "$env_dir/preboot.asadmin" \
  --postbootcommandfile "$env_dir/postboot-postgresql.asadmin" --deploy "$root/micro/target/vetsync.war" \
  --contextroot vetsync > "$work/server.log" 2>&1 &
micro_pid=$!
up=false
for _ in $(seq 1 600); do
  kill -0 "$micro_pid" 2>/dev/null || break
  # healthy dependencies, and the application deployed (its schema migrated at start-up)
  if curl -fsS "http://127.0.0.1:$IT_HTTP_PORT/health" 2>/dev/null | grep -q '"vetsync-dependencies","status":"UP"' \
    && [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$IT_HTTP_PORT/vetsync/api/status") =~ ^(2..|401|403)$ ]]
  then
    up=true; break
  fi
  sleep 1
done
$up || { echo "bench: vetsync did not come up; see $work/server.log" >&2; exit 1; }

log "adding the broker account of cabinet BENCH-CAB"
VETSYNC_CABINET_PASSWORD=$(prop broker.cabinet.password) \
  "$root/jms-config/broker/vetsync-broker.sh" add-cabinet "$(prop broker.instance)" BENCH-CAB > /dev/null
sleep 3 # the broker reads the new cabinet's queue and permissions from broker.xml every 2 s

log "seeding cabinet BENCH-CAB, product BENCH-MED and $consults consults, each planning it"
# ids far above the application's sequence; each consult plans enough that no dispense becomes an orphan
psql_db <<SQL
INSERT INTO cabinet (id, code, name, location, version) VALUES (7000000000, 'BENCH-CAB', 'Benchmark cabinet', 'Lab', 1);
INSERT INTO product (id, code, name, unit, price, billable, version)
  VALUES (7000000001, 'BENCH-MED', 'Benchmark medicine', 'mL', 1.25, true, 1);
INSERT INTO client (id, pims_id, name, version)
  SELECT 7100000000 + n, 'BENCH-CL-' || n, 'Bench client ' || n, 1 FROM generate_series(1, $consults) AS n;
INSERT INTO patient (id, pims_id, client_id, name, species, deceased, version)
  SELECT 7200000000 + n, 'BENCH-PT-' || n, 7100000000 + n, 'Bench pet ' || n, 'Canine', false, 1
  FROM generate_series(1, $consults) AS n;
INSERT INTO consult (id, pims_id, patient_id, vet, opened_at, version)
  SELECT 7300000000 + n, 'BENCH-C-' || n, 7200000000 + n, 'Dr Bench', now(), 1 FROM generate_series(1, $consults) AS n;
INSERT INTO consult_item (id, consult_id, pims_id, product_id, planned_quantity, dispensed_quantity, returned_quantity,
                          wasted_quantity, status, version)
  SELECT 7400000000 + n, 7300000000 + n, 'BENCH-I-' || n, 7000000001, 100000000, 0, 0, 0, 'PLANNED', 1
  FROM generate_series(1, $consults) AS n;
ANALYZE;
SQL
if phase events; then
consult_list=$(seq -f 'BENCH-C-%g' 1 "$consults" | paste -sd, -)

load() { # label rate seconds count window
  local out=$work/load-$1.log
  log "load $1: rate $2, ${3} s"
  VETSYNC_CABINET_PASSWORD=$(prop broker.cabinet.password) java -Xmx512m -jar "$simulator" load \
    --url "tcp://127.0.0.1:$IT_BROKER_PORT" --cabinet BENCH-CAB --product BENCH-MED --consults "$consult_list" \
    --rate "$2" --seconds "$3" --count "$4" --window "$5" > "$out" 2>&1 || { tail -n 5 "$out" >&2; exit 1; }
  local summary
  summary=$(grep '^load: answered' "$out")
  python3 - "$1" "$summary" >> "$results" <<'PY'
import re, sys
label, line = sys.argv[1], sys.argv[2]
m = re.match(r"load: answered (\d+) of (\d+) in ([\d.]+) s \(([\d.]+) per second\), (\d+) refused, (\d+) unanswered,"
             r" (\d+) unexpected; latency ms p50=([\d.]+) p99=([\d.]+) p99.9=([\d.]+) max=([\d.]+)", line)
keys = "answered sent seconds rate refused unanswered unexpected p50 p99 p999 max".split()
for key, value in zip(keys, m.groups()):
    print(f"load_{label}_{key}={value}")
PY
}

# warm-up: the JIT and the pools, not recorded
load warmup 200 "$((rate_seconds / 2))" 1000000 2000
record load_warmup_done 1
for rate in 100 200 500; do
  load "r$rate" "$rate" "$rate_seconds" "$((rate * rate_seconds))" 2000
done

# full speed, with a JFR recording of Payara and the CPU each process used
log "full speed for ${full_seconds} s, recording a JFR profile of Payara"
jcmd "$micro_pid" JFR.start name=bench settings=profile filename="$work/payara.jfr" > /dev/null
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres || true); do t=$((t + $(cpu_ticks "$p"))); done; echo "$t"; }
broker_pid=$(cat "$broker/broker.pid")
before_micro=$(cpu_ticks "$micro_pid") before_broker=$(cpu_ticks "$broker_pid") before_pg=$(pg_ticks)
before_total=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
( sleep "$((full_seconds / 2))"; cut -d' ' -f1-3 /proc/loadavg > "$work/load-during.txt"
  top -b -n 1 -w 160 | head -n 20 > "$work/top-during.txt" ) &
record load_full_window "$window"
load full max "$full_seconds" 1000000 "$window"
after_total=$(awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat)
ticks=$((after_total - before_total))
record cpu_payara "$(( (($(cpu_ticks "$micro_pid") - before_micro) * 100) / (ticks > 0 ? ticks : 1) ))"
record cpu_broker "$(( (($(cpu_ticks "$broker_pid") - before_broker) * 100) / (ticks > 0 ? ticks : 1) ))"
record cpu_postgres "$(( (($(pg_ticks) - before_pg) * 100) / (ticks > 0 ? ticks : 1) ))"
record load_during "$(cat "$work/load-during.txt" 2>/dev/null || cut -d' ' -f1-3 /proc/loadavg)"
jcmd "$micro_pid" JFR.stop name=bench > /dev/null
python3 "$root/bench/jfr-hotspots.py" "$work/payara.jfr" > "$work/hotspots.txt" 2> "$work/hotspots.err" || true

# exactly-once: every event the runs sent was recorded once, billed once, and nothing was left for staff
log "checking exactly-once billing"
sent_total=$(awk -F= '/^load_.*_sent=/ { s += $2 } END { print s + 0 }' "$results")
psql_db > "$work/exactly-once.txt" <<SQL
SELECT 'dispenses=' || count(*) FROM dispense WHERE transaction_id LIKE 'LOAD-%';
SELECT 'invoice_lines=' || count(*) FROM invoice_line l JOIN dispense d ON d.id = l.source_dispense_id
  WHERE d.transaction_id LIKE 'LOAD-%';
SELECT 'transactions_billed_twice=' || count(*) FROM (SELECT d.transaction_id FROM invoice_line l
  JOIN dispense d ON d.id = l.source_dispense_id GROUP BY d.transaction_id HAVING count(*) > 1) AS twice;
SELECT 'unbilled_dispenses=' || count(*) FROM dispense d WHERE d.transaction_id LIKE 'LOAD-%'
  AND NOT EXISTS (SELECT 1 FROM invoice_line l WHERE l.source_dispense_id = d.id);
SELECT 'orphans=' || count(*) FROM orphan_dispense;
SELECT 'runs_with_gaps=' || count(*) FROM (
  SELECT substring(transaction_id from '^LOAD-[^-]+-') AS run,
         count(*) AS n, max(CAST(substring(transaction_id from '[0-9]+$') AS BIGINT)) AS last
  FROM dispense WHERE transaction_id LIKE 'LOAD-%' GROUP BY 1) AS runs WHERE n <> last;
SELECT 'events_not_complete=' || count(*) FROM sync_event
  WHERE direction = 'INBOUND' AND cabinet_code = 'BENCH-CAB' AND status <> 'COMPLETE';
SELECT 'dispensed_quantity=' || CAST(sum(dispensed_quantity) AS BIGINT) FROM consult_item WHERE pims_id LIKE 'BENCH-I-%';
SQL
sed 's/^/exactly_once_/' "$work/exactly-once.txt" >> "$results"
record sent_total "$sent_total"
fi

# --- 3. the dashboard over a million sync events ----------------------------------------------------------------
if phase dashboard; then
  log "dashboard: $dashboard_events sync events seeded into $pg_db under the running vetsync, then its queries"
  BENCH_DB=$pg_db BENCH_OUT=$work/dashboard.md \
    bash "$root/bench/dashboard.sh" --existing "$dashboard_events" > "$work/dashboard.txt"
  record dashboard_page "$(sed -n 's/^dashboard page: \([0-9.]*\) ms/\1/p' "$work/dashboard.txt")"
  log "console pages over HTTP, as the console admin"
  VETSYNC_ADMIN_PASSWORD=$(prop console.admin.password) bash "$root/bench/console-pages.sh" \
    "http://127.0.0.1:$IT_HTTP_PORT/vetsync" "$(sed -n 's/^timeline consult: //p' "$work/dashboard.txt")" \
    "$work/dashboard.md" > "$work/console-pages.txt"
  record console_dashboard "$(sed -n 's/^dashboard over HTTP: \([0-9.]*\) ms/\1/p' "$work/console-pages.txt")"
  record console_slowest "$(sed -n 's/^slowest page over HTTP: \([0-9.]*\) ms .*/\1/p' "$work/console-pages.txt")"
  record console_slowest_page "$(sed -n 's/^slowest page over HTTP: [0-9.]* ms //p' "$work/console-pages.txt")"
fi

kill "$micro_pid"; wait "$micro_pid" 2>/dev/null || true; micro_pid=""
bash "$root/test-support/scripts/test-env.sh" stop > /dev/null

# --- 4. the pharmacy export -------------------------------------------------------------------------------------
if phase export; then
  log "pharmacy export of $clients clients / $pets pets, then a 1% delta"
  BENCH_BROKER_PORT=$IT_BROKER_PORT BENCH_H2_PORT=$IT_H2_PORT BENCH_HTTP_PORT=$IT_HTTP_PORT \
    bash "$root/bench/pharmacy-export.sh" "$clients" "$pets" > "$work/export.txt" 2> "$work/export.err" \
    || { log "the export run failed:"; tail -n 20 "$work/export.err" | tee -a "$work/export.txt" >&2; }
  record export_full "$(sed -n 's/^full copy: \([0-9.]*\) s.*/\1/p' "$work/export.txt")"
  record export_delta "$(sed -n 's/^1% delta: \([0-9.]*\) s.*/\1/p' "$work/export.txt")"
fi
record load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
record finished "$(date -u '+%Y-%m-%d %H:%M UTC')"

python3 "$root/bench/report.py" "$results" "$work" "$root/bench/notes.md" > "$work/BENCHMARKS.md"
if [ $mode = full ] && [ -z "${BENCH_PHASES:-}" ]; then
  cp "$work/BENCHMARKS.md" "$root/docs/BENCHMARKS.md"
  cp "$work/dashboard.md" "$root/docs/BENCHMARKS-dashboard.md"
  log "wrote docs/BENCHMARKS.md and docs/BENCHMARKS-dashboard.md"
else
  log "smoke or partial run: reports in $work (docs/BENCHMARKS*.md keep the last full run)"
fi
sed -n '/^| what/,/^$/p' "$work/BENCHMARKS.md"
