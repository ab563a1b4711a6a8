#!/usr/bin/env bash
# Times the console pages of a running vetsync over HTTP, as a browser asks for them: logs in as the console admin
# with curl (form login, session cookie, redirects followed), then fetches each page once to warm it up and BENCH_RUNS
# (7) times, and posts one AJAX interaction of the dashboard table (the next page) as PrimeFaces does. On 127.0.0.1
# the times are the server's: security filters, the page's queries and the JSF render. Each answer is checked to be
# the page asked for (HTTP 200, a text only that page shows, not the login form), or the run fails.
#   VETSYNC_ADMIN_PASSWORD=... bench/console-pages.sh APP_URL CONSULT [OUT]
# APP_URL e.g. http://127.0.0.1:44880/vetsync; CONSULT a consult whose timeline is timed. Appends the section "Console
# pages over HTTP" to OUT (default docs/BENCHMARKS-dashboard.md), prints its table, then the two lines bench/run.sh
# records: "dashboard over HTTP: <ms> ms" and "slowest page over HTTP: <ms> ms <page>".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
url=${1:?usage: console-pages.sh APP_URL CONSULT [OUT]}
consult=${2:?usage: console-pages.sh APP_URL CONSULT [OUT]}
out=${3:-$root/docs/BENCHMARKS-dashboard.md}
runs=${BENCH_RUNS:-7}
: "${VETSYNC_ADMIN_PASSWORD:?must hold the password of the console admin}"
[[ $url == http://127.0.0.1:* ]] || { echo "console-pages: APP_URL must be on 127.0.0.1" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
jar=$tmp/cookies body=$tmp/body
fail() { echo "console-pages: $*; the answer began: $(head -c 300 "$body" | tr -s '\n\t ' ' ')" >&2; exit 1; }
curl_() { curl -sS --max-time 60 -b "$jar" -c "$jar" -o "$body" "$@"; }

# the first request starts the session the login is then recorded in; the password goes through standard input,
# never on a command line
curl_ "$url/console/events.xhtml" > /dev/null
code=$(printf '%s' "$VETSYNC_ADMIN_PASSWORD" | curl_ -L -w '%{http_code}' --data-urlencode j_username=admin \
  --data-urlencode j_password@- "$url/j_security_check")
[ "$code" = 200 ] && grep -qF 'Dispense cabinet events' "$body" || fail "login as admin failed (HTTP $code)"

median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
slowest() { sort -n | tail -n 1; }
ms() { awk '{ printf "%.1f\n", $1 * 1000 }'; }

# label marker curl-arguments...: one warm-up, then $runs timed; prints "first-byte-median|total-median|total-max|KB"
measure() {
  local label=$1 marker=$2 first=() total=() size=0 i code t1 t2
  shift 2
  for i in $(seq 0 "$runs"); do
    read -r code t1 t2 size < <(curl_ -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' "$@")
    [ "$code" = 200 ] || fail "$label: HTTP $code"
    grep -qF -- "$marker" "$body" && ! grep -qF 'j_security_check' "$body" || fail "$label: not the page (no '$marker')"
    [ "$i" = 0 ] && continue
    first+=("$t1") total+=("$t2")
  done
  echo "$(printf '%s\n' "${first[@]}" | median | ms)|$(printf '%s\n' "${total[@]}" | median | ms)|$(
    printf '%s\n' "${total[@]}" | slowest | ms)|$(( size / 1024 ))"
}

declare -a rows # label|first-byte-median|total-median|total-max|KB
row() { # label marker curl-arguments...
  rows+=("$1|$(measure "$@")")
}
row events.xhtml 'Failures by cause' "$url/console/events.xhtml"
row orphans.xhtml 'Orphan dispenses' "$url/console/orphans.xhtml"
row "consult.xhtml?consult=$consult" '<h2>Timeline</h2>' "$url/console/consult.xhtml?consult=$consult"
row cabinets.xhtml 'Cabinets and what they stock' "$url/console/cabinets.xhtml"
row reconciliation.xhtml 'Reconciliation worklist' "$url/console/reconciliation.xhtml"
row pharmacy.xhtml 'Pharmacy export' "$url/console/pharmacy.xhtml"
row audit.xhtml 'Audit trail' "$url/console/audit.xhtml"
row users.xhtml 'Console users' "$url/console/users.xhtml"

# The dashboard table's next page, posted as PrimeFaces' paginator posts it: the view state and the CSP nonce come
# from the page just rendered, and the answer must hold the rows of the second page (row index 25 on).
curl_ "$url/console/events.xhtml" > /dev/null
view_state=$(grep -oP 'name="jakarta\.faces\.ViewState"[^>]*?value="\K[^"]+' "$body" | head -n 1)
nonce=$(grep -oP "PrimeFaces\.csp\.init\('\K[^']+" "$body" | head -n 1)
[ -n "$view_state" ] && [ -n "$nonce" ] || fail "no Faces view state or CSP nonce in the dashboard"
row "events.xhtml AJAX: next page" 'data-ri="25"' -H 'Faces-Request: partial/ajax' \
  -H 'X-Requested-With: XMLHttpRequest' --data-urlencode 'jakarta.faces.partial.ajax=true' \
  --data-urlencode 'jakarta.faces.source=events:table' --data-urlencode 'jakarta.faces.partial.execute=events:table' \
  --data-urlencode 'jakarta.faces.partial.render=events:table' --data-urlencode 'events=events' \
  --data-urlencode 'events:table_pagination=true' --data-urlencode 'events:table_first=25' \
  --data-urlencode 'events:table_rows=25' --data-urlencode 'events:table_skipChildren=true' \
  --data-urlencode 'events:table_encodeFeature=true' --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "primefaces.nonce=$nonce" "$url/console/events.xhtml"

{
  echo
  echo "## Console pages over HTTP"
  echo
  echo "- Command: \`bench/console-pages.sh\` (from bench/run.sh's dashboard phase, vetsync on Payara Micro running on the"
  echo "  database above): logged in as the console admin with curl, each page fetched once to warm up, then $runs times;"
  echo "  on 127.0.0.1, so the times are the server's (security filters, the page's queries, the JSF render). First byte"
  echo "  is curl's time_starttransfer; whole page is time_total, which the verdicts use: a page larger than the"
  echo "  response buffer is sent while it is still rendered. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "- The dashboard's GET renders the first page, the capped count, the failure causes, both charts and the alerts."
  echo "  Its AJAX row is the table's next page, posted with the view state of a rendered dashboard."
  echo
  echo "| page | median ms, first byte | median ms, whole page | slowest ms, whole page | KB |"
  echo "|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}" | awk -F'|' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }'
} >> "$out"

printf '%-46s %13s %13s %13s %6s\n' page "first byte" "whole page" slowest KB
printf '%s\n' "${rows[@]}" | awk -F'|' '{ printf "%-46s %10s ms %10s ms %10s ms %6s\n", $1, $2, $3, $4, $5 }'
printf '%s\n' "${rows[@]}" | awk -F'|' '$1 == "events.xhtml" { print "dashboard over HTTP: " $3 " ms" }'
# of the pages' GETs, the slowest median
printf '%s\n' "${rows[@]}" | awk -F'|' '$1 !~ /AJAX/ { print $3, $1 }' | sort -n | tail -n 1 \
  | awk '{ print "slowest page over HTTP: " $1 " ms " $2 }'
