#!/usr/bin/env bash
# Search at national scale (issue 10, section 5): how long the index takes to build, and how fast the site search,
# the list pages and the matching pages (issue 11) answer, with a small heap, on PostgreSQL with the demo and the
# national-scale data.
#
#   bash bench/search.sh
#
# It starts the built jar as `java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar …` on a fresh PostgreSQL database
# (dropped on exit) with demo data and national-scale data (factor FACTOR) and an index directory of its own under
# $OUT, which does not exist yet, and then:
#   1. rebuild    the first start rebuilds the missing index by itself: the documents and milliseconds of its log line
#                 "Search index rebuilt: N documents in M ms"; then the secretariat (sekretariat@spirekassen.dk)
#                 starts a rebuild on /sekretariat/soegeindeks (form with CSRF field) and the script follows it as the
#                 page does, GET with `HX-Request: true` once a second, reading the <progress> value until it ends;
#   2. load       wrk -t$WRK_THREADS -c$WRK_CONNECTIONS against every URL of URLS, each side by side with the trivial
#                 endpoint /actuator/health/liveness: the site search and the list pages as an anonymous visitor, and
#                 the matching pages signed in (a URL WHO:path of URLS runs with WHO's session cookie): the partner's
#                 dashboard /mit-overblik with its top 10 suggested needs as the demo partner (partner@spirekassen.dk),
#                 and the top 10 partners suggested for a need, /projekter/{id}/behov/{needId}/forslag, as the
#                 secretariat, for the open KNOWLEDGE need and the open FUNDS need (left out when there is none)
#                 with the lowest id of a public project in an active stage (IDEA, PROJECT_GROUP, RUNNING), picked with
#                 psql once the data is written; the table notes how many suggestions each matching page showed.
#                 Each user signs in with curl; wrk sends the session cookie (SESSION_COOKIE) of its cookie jar as
#                 `-H "Cookie: NAME=VALUE"`. Every URL must answer 200 before it is measured (no redirect followed;
#                 a signed-in URL twice with the same header, so that a session that does not last, answered with a
#                 redirect to /login, fails there). A warm-up of passes over all of them until the JIT
#                 compiler settles, then ROUNDS rounds in which every URL runs ROUND s right after ROUND s of the
#                 trivial endpoint. Per URL: req/s, share of the trivial endpoint's req/s in the same rounds, mean and
#                 p99 latency, answers that were not 2xx. Before every slice the script waits (up to DRAIN_MAX s)
#                 until no statement of the app runs in the database, so that what a slow page left running does not
#                 burden the next slice. During the warm-up the active SQL of the app's connections
#                 is sampled (pg_stat_activity, every SQL_SAMPLE s) per URL: what the database is busy with.
#   The heap is sampled every second all along (jstat -gc); the JVM must survive everything.
#
# Writes the figures between the markers of the section "Search at national scale" in docs/BENCHMARKS.md.
# Raw output (app and GC logs, heap samples, wrk output, progress samples, SQL samples): $OUT (git-ignored).
# Exit status 1 when a target is missed, an answer was not 2xx or the JVM died.
#
# Knobs (environment): FACTOR (1.0), HEAP (512m), ROUND (10 s), ROUNDS (2), WARMUP_SLICE (3 s), WARMUP_MAX (240 s),
# JIT_SETTLED (1.5 s of compiling per warm-up pass), WRK_THREADS (2), WRK_CONNECTIONS (8), WRK_TIMEOUT (30 s: an answer
# slower than this counts as a socket error), DRAIN_MAX (120 s), SQL_SAMPLE (0.5 s),
# ANALYZE (1: ANALYZE the database once the data is written, as autovacuum does after a bulk load; 0: leave the
# planner's statistics as they are, which on a server without autovacuum means none), REBUILD_TIMEOUT (1800 s), START_TIMEOUT (1500 s), DB_PREFIX (spirekassen_search), PGHOST/PGPORT/PGUSER
# (127.0.0.1/5432/postgres), JAVA17_HOME (the JDK that runs the app, e.g. /usr/lib/jvm/temurin-25-jdk-amd64), MVN, OUT (bench/out/search), DOC (docs/BENCHMARKS.md).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=search
source bench/lib.sh

FACTOR=${FACTOR:-1.0}
HEAP=${HEAP:-512m}
ROUND=${ROUND:-10}
ROUNDS=${ROUNDS:-2}
WARMUP_SLICE=${WARMUP_SLICE:-3}
WARMUP_MAX=${WARMUP_MAX:-240}
JIT_SETTLED=${JIT_SETTLED:-1.5}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
WRK_TIMEOUT=${WRK_TIMEOUT:-30}
DRAIN_MAX=${DRAIN_MAX:-120}
SQL_SAMPLE=${SQL_SAMPLE:-0.5}
REBUILD_TIMEOUT=${REBUILD_TIMEOUT:-1800}
START_TIMEOUT=${START_TIMEOUT:-1500}
DB_PREFIX=${DB_PREFIX:-spirekassen_search}
ANALYZE=${ANALYZE:-1}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
OUT=${OUT:-bench/out/search}
DOC=${DOC:-docs/BENCHMARKS.md}
HOST=127.0.0.1
PASSWORD=spirekasse-demo
SECRETARIAT=sekretariat@spirekassen.dk
PARTNER=partner@spirekassen.dk
SESSION_COOKIE=SESSION
TRIVIAL=/actuator/health/liveness
SECTION='## Search at national scale'
BEGIN_MARK='<!-- search:begin (written by bench/search.sh; edit outside these markers) -->'
END_MARK='<!-- search:end -->'
COMMAND="bash bench/search.sh"
[ "$FACTOR" = 1.0 ] || COMMAND="FACTOR=$FACTOR $COMMAND"
[ "$ANALYZE" = 1 ] || COMMAND="ANALYZE=$ANALYZE $COMMAND"
[ "$JAVA17_HOME" = /usr/lib/jvm/java-17-openjdk-amd64 ] || COMMAND="JAVA17_HOME=$JAVA17_HOME $COMMAND"

# The site search with realistic queries, then every list page without and with a text filter, the front page and
# the news.
SEARCHES=("/soeg?q=ladestandere" "/soeg?q=energi" "/soeg?q=f%C3%A6llesskab+beboere" "/soeg?q=LBF")
LISTS=(/organisationer "/organisationer?q=bolig" /afdelinger "/afdelinger?q=parken" /partnere "/partnere?q=energi"
	/projekter "/projekter?q=bolig" /behov "/behov?q=viden" / /nyheder)
URLS=("${SEARCHES[@]}" "${LISTS[@]}")
# The matching pages, signed in: WHO:path (WHO: partner or secretariat). The suggestions for a need follow once the
# needs are picked from the data.
MATCHES=("partner:/mit-overblik")
SEARCH_RATIO=25 SEARCH_P99=50 LIST_RATIO=25 LIST_P99=100 MATCH_RATIO=25 MATCH_P99=20

command -v curl >/dev/null 2>&1 || die "curl is needed"
command -v psql >/dev/null 2>&1 || die "psql is needed"
ensure_wrk
JAVA17=$(java17)
JSTAT=$(jstat_tool)
JAR=$(built_jar)
JAR_ABS=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
rm -rf "$OUT"
mkdir -p "$OUT"
OUT_ABS=$(cd "$OUT" && pwd)
write_status_lua "$OUT/status.lua"

# ---------------------------------------------------------------- processes and the database, cleaned up on exit
APP_PID=""
HEAP_PID=""
SQL_PID=""
PG_DB=""
cleanup() {
	stop_group "$SQL_PID"; SQL_PID=""
	stop_app
	stop_group "$HEAP_PID"; HEAP_PID=""
	if [ -n "$PG_DB" ]; then
		psql -X -q -d postgres -c "drop database if exists $PG_DB with (force)" >/dev/null 2>&1 || true
		log "dropped $PG_DB"
	fi
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

pg_isready -h "$PGHOST" -p "$PGPORT" -q || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
PG_DB="${DB_PREFIX}_$(date +%s)_$$"
createdb "$PG_DB"
log "database $PG_DB; jar $JAR; load average $(loadavg)"

# ---------------------------------------------------------------- the app
PORT=$(free_port)
BASE="http://$HOST:$PORT"
T0=$(now_ms)
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" \
	SPIREKASSEN_DEMO=true SPIREKASSEN_BASE_URL="$BASE" \
	"$JAVA17" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$OUT_ABS/gc.log:uptime" -jar "$JAR_ABS" \
	--spring.profiles.active=postgres --server.port="$PORT" --server.address="$HOST" \
	--spirekassen.demo.enabled=true --spirekassen.national-scale.enabled=true \
	--spirekassen.national-scale.factor="$FACTOR" --spirekassen.search.directory="$OUT_ABS/index" \
	>"$OUT/app.log" 2>&1 &
APP_PID=$!
# the heap every second, each line prefixed with the wall clock in ms
setsid bash -c 'exec "$0" -gc "$1" 1000 2>/dev/null | while IFS= read -r line; do
	printf "%s %s\n" "$(( ${EPOCHREALTIME/./} / 1000 ))" "$line"; done' "$JSTAT" "$APP_PID" >"$OUT/heap.txt" &
HEAP_PID=$!

alive() { kill -0 "$APP_PID" 2>/dev/null; }
app_died() {
	local rc=0
	wait "$APP_PID" 2>/dev/null || rc=$?
	APP_PID=""
	tail -n 30 "$OUT/app.log" >&2
	die "the app died (exit status $rc$(grep -q OutOfMemoryError "$OUT/app.log" && echo ', OutOfMemoryError')) $1"
}

while :; do
	case "$(curl -s -m 5 "$BASE/actuator/health/readiness" || true)" in *'"UP"'*) break ;; esac
	alive || app_died "before it was ready"
	[ $(( $(now_ms) - T0 )) -lt $(( START_TIMEOUT * 1000 )) ] || die "the app was not ready within $START_TIMEOUT s"
	sleep 1
done
READY_S=$(( ($(now_ms) - T0) / 1000 ))
GENERATED=$(grep -o 'National-scale data: [0-9]* rows in [0-9.]* s' "$OUT/app.log" | tail -n1 || true)
log "ready after $READY_S s (pid $APP_PID); $GENERATED"

# rebuilt_line N: the Nth "Search index rebuilt" log line, waiting for it
rebuilt_line() {
	local deadline=$(( $(now_ms) + REBUILD_TIMEOUT * 1000 )) line
	while :; do
		line=$(grep -o 'Search index rebuilt: [0-9]* documents in [0-9]* ms' "$OUT/app.log" | sed -n "$1p")
		[ -z "$line" ] || { echo "$line"; return 0; }
		grep -q 'The search index could not be rebuilt' "$OUT/app.log" && die "the rebuild failed: see $OUT/app.log"
		alive || app_died "during the rebuild"
		[ "$(now_ms)" -lt "$deadline" ] || die "no rebuild $1 within $REBUILD_TIMEOUT s"
		sleep 1
	done
}
heap_lines() { wc -l <"$OUT/heap.txt"; }
# heap_peak FROM_LINE [TO_LINE] → "peak_used_mb peak_old_mb" of the heap samples in those lines
heap_peak() {
	awk -v from="$1" -v to="${2:-999999999}" '
		$2 == "S0C" {for (i = 2; i <= NF; i++) col[$i] = i; next}
		NR < from || NR > to || !("OU" in col) || $2 !~ /^[0-9.]+$/ {next}
		{used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; old = $col["OU"] / 1024
		 if (used > peak) peak = used; if (old > peak_old) peak_old = old}
		END {printf "%.0f %.0f\n", peak, peak_old}' "$OUT/heap.txt"
}

# The generator writes half a million rows in bulk; a production server's autovacuum analyses the tables soon after,
# and the plans of the list pages depend on it. This server may run without autovacuum: analyse once, as it would.
AUTOVACUUM=$(psql -X -At -d postgres -c 'show autovacuum')
if [ "$ANALYZE" = 1 ]; then
	A0=$(now_ms)
	psql -X -q -d "$PG_DB" -c 'analyze'
	STATISTICS="ANALYZE after the data was written ($(secs $(( $(now_ms) - A0 ))) s; autovacuum on this server: $AUTOVACUUM)"
else
	STATISTICS="not analysed by the script (ANALYZE=0; autovacuum on this server: $AUTOVACUUM)"
fi
log "planner statistics: $STATISTICS"

# ---------------------------------------------------------------- 1. rebuilds
REASON=$(sed -n 's/.*Rebuilding the search index (\(.*\)).*/\1/p' "$OUT/app.log" | head -n1)
H0=$(heap_lines)
FIRST=$(rebuilt_line 1)
FIRST_DOCS=$(awk '{print $4}' <<<"$FIRST"); FIRST_MS=$(awk '{print $7}' <<<"$FIRST")
read -r FIRST_PEAK FIRST_OLD < <(heap_peak 1)
log "rebuild on start (${REASON:-?}): $FIRST_DOCS documents in $FIRST_MS ms"

login "$OUT/secretariat.jar" "$SECRETARIAT"
TOKEN=$(csrf_from "$BASE/sekretariat/soegeindeks" "$OUT/secretariat.jar")
[ -n "$TOKEN" ] || die "no CSRF field on /sekretariat/soegeindeks"
H0=$(heap_lines)
R0=$(now_ms)
ANSWER=$(curl -s -m 60 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$OUT/secretariat.jar" \
	--data-urlencode "_csrf=$TOKEN" "$BASE/sekretariat/soegeindeks")
[[ "$ANSWER" == 302*soegeindeks* ]] || die "POST /sekretariat/soegeindeks answered $ANSWER"
# one line a second: seconds since the POST, running (true/false), percent, poll ms
: >"$OUT/progress.txt"
while :; do
	sleep 1
	t=$(now_ms)
	fragment=$(curl -s -m 30 -b "$OUT/secretariat.jar" -H 'HX-Request: true' "$BASE/sekretariat/soegeindeks" || true)
	# while running the fragment holds the <progress> bar; then a notice, or a problem when the rebuild failed
	running="?" percent="?"
	case $fragment in
		*'<progress'*) running=true; percent=$(sed -n 's/.*<progress max="100" value="\([0-9]*\)".*/\1/p' <<<"$fragment" | head -n1) ;;
		*'class="notice"'*) running=false percent=100 ;;
		*'class="problem"'*) die "the rebuild failed: $(sed -n 's/.*class="problem"[^>]*>\([^<]*\).*/\1/p' <<<"$fragment")" ;;
	esac
	echo "$(awk -v ms=$(( t - R0 )) 'BEGIN {printf "%.1f", ms / 1000}') ${running:-?} ${percent:-?} $(( $(now_ms) - t ))" >>"$OUT/progress.txt"
	[ "$running" != false ] || break
	alive || app_died "during the rebuild"
	[ $(( t - R0 )) -lt $(( REBUILD_TIMEOUT * 1000 )) ] || die "the rebuild did not end within $REBUILD_TIMEOUT s"
done
POLL_S=$(tail -n1 "$OUT/progress.txt" | awk '{print $1}')
SECOND=$(rebuilt_line 2)
SECOND_DOCS=$(awk '{print $4}' <<<"$SECOND"); SECOND_MS=$(awk '{print $7}' <<<"$SECOND")
read -r SECOND_PEAK SECOND_OLD < <(heap_peak "$H0")
POLLS=$(wc -l <"$OUT/progress.txt")
DISTINCT=$(awk '$2 == "true" {print $3}' "$OUT/progress.txt" | sort -un | wc -l)
# about six samples spread over the rebuild: "1 s 4 %, …"
SAMPLES=$(awk -v n="$POLLS" 'BEGIN {step = n / 6; if (step < 1) step = 1}
	{line[NR] = $0} END {for (i = 1; i <= n; i += step) {split(line[int(i)], f, " "); printf "%s%s s %s %%", (i > 1 ? ", " : ""), f[1], f[3]}
		split(line[n], f, " "); printf ", %s s done\n", f[1]}' "$OUT/progress.txt")
# the bar goes back when a later entity type adds its count to the total
BACKWARDS=$(awk '$2 == "true" {if (seen && $3 < last) n++; last = $3; seen = 1} END {print n + 0}' "$OUT/progress.txt")
MAX_POLL_MS=$(awk '$4 > m {m = $4} END {print m + 0}' "$OUT/progress.txt")
log "rebuild from the secretariat's page: $SECOND_DOCS documents in $SECOND_MS ms; followed for $POLL_S s: $SAMPLES"

# ---------------------------------------------------------------- 2. load
# A URL of URLS is a path for the anonymous visitor or WHO:path for WHO signed in; COOKIES[WHO] is the Cookie header
# value of WHO's session, read from the jar of its sign-in.
declare -A COOKIES=()
url_who() { if [[ $1 == [a-z]*:/* ]]; then echo "${1%%:*}"; fi; }
url_path() { if [[ $1 == [a-z]*:/* ]]; then echo "${1#*:}"; else echo "$1"; fi; }
# url_label URL: as the tables show it, "`/path` (WHO)"
url_label() {
	local who; who=$(url_who "$1")
	echo "\`$(url_path "$1" | sed 's/%C3%A6/æ/g')\`${who:+ ($who)}"
}
# cookie_header URL: the curl and wrk arguments that send the session cookie of the URL's user (none if anonymous),
# one a line
cookie_header() {
	local who; who=$(url_who "$1")
	[ -z "$who" ] || printf '%s\n' -H "Cookie: ${COOKIES[$who]}"
}
# session_of WHO JAR: COOKIES[WHO] from the session cookie in the jar
session_of() {
	local value
	value=$(awk -F'\t' -v name="$SESSION_COOKIE" 'NF >= 7 && $6 == name {v = $7} END {print v}' "$2")
	[ -n "$value" ] || die "no $SESSION_COOKIE cookie in $2 after signing in as $1: $(awk -F'\t' 'NF >= 7 {print $6}' "$2" | paste -sd' ')"
	COOKIES[$1]="$SESSION_COOKIE=$value"
}
session_of secretariat "$OUT/secretariat.jar"
login "$OUT/partner.jar" "$PARTNER"
session_of partner "$OUT/partner.jar"

# the suggestions for a need: the open need of a kind with the lowest id of a public project in an active stage
open_need() {
	echo "select n.project_id || '/behov/' || n.id from project_need n join project p on p.id = n.project_id
		where n.status = 'OPEN' and n.kind = :'kind' and p.visibility = 'PUBLIC'
			and p.stage in ('IDEA', 'PROJECT_GROUP', 'RUNNING')
		order by n.id limit 1" | psql -X -At -d "$PG_DB" -v kind="$1"
}
NEEDS=""
for kind in KNOWLEDGE FUNDS; do
	need=$(open_need "$kind")
	if [ -z "$need" ]; then
		[ "$kind" != KNOWLEDGE ] || die "no open KNOWLEDGE need of a public project in an active stage"
		log "no open $kind need of a public project in an active stage: its suggestions are left out"
		continue
	fi
	MATCHES+=("secretariat:/projekter/$need/forslag")
	NEEDS+="${NEEDS:+ and }$kind need ${need#*/behov/} (project ${need%%/*})"
done
URLS+=("${MATCHES[@]}")
log "matching pages, signed in: ${MATCHES[*]}"

# Every URL must answer 200 before it is measured, without following a redirect (signed out, a signed-in page
# answers 302 to /login); a signed-in URL twice, with the header wrk sends, so that the session outlives a request.
# SHOWN: how many suggestions a matching page shows (each has its "Ikke relevant" form).
declare -A BYTES=() SHOWN=()
for url in "$TRIVIAL" "${URLS[@]}"; do
	mapfile -t cookie < <(cookie_header "$url")
	attempts=1; [ -z "$(url_who "$url")" ] || attempts=2
	for attempt in $(seq 1 "$attempts"); do
		read -r code size < <(curl -s -m 60 -o "$OUT/answer.html" -w '%{http_code} %{size_download}\n' "${cookie[@]}" \
			"$BASE$(url_path "$url")")
		[ "$code" = 200 ] || die "$(url_label "$url") answers $code, not 200 (request $attempt)"
	done
	BYTES[$url]=$size
	[ -z "$(url_who "$url")" ] || SHOWN[$url]=$(awk '{n += gsub(/\/ikke-relevant"/, "")} END {print n + 0}' "$OUT/answer.html")
done

# drain NAME: waits until no statement of the app runs in the database (at most DRAIN_MAX s); notes the wait
active_statements() {
	echo "select count(*) from pg_stat_activity where datname = :'db' and state = 'active'" \
		| psql -X -At -d postgres -v db="$PG_DB" 2>/dev/null || echo 0
}
drain() {
	local t0; t0=$(now_ms)
	while [ "$(active_statements)" != 0 ] && [ $(( $(now_ms) - t0 )) -lt $(( DRAIN_MAX * 1000 )) ]; do sleep 0.2; done
	echo "$1 $(( $(now_ms) - t0 ))" >>"$OUT/drain.txt"
}
run_wrk() { # NAME URL SECONDS → wrk output in $OUT/NAME.txt (URL: a path, or WHO:path with WHO's session cookie)
	local cookie
	mapfile -t cookie < <(cookie_header "$2")
	drain "$1"
	wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$3"s --timeout "$WRK_TIMEOUT"s --latency -s "$OUT/status.lua" "${cookie[@]}" \
		"$BASE$(url_path "$2")" >"$OUT/$1.txt" 2>&1 || die "wrk failed: $(cat "$OUT/$1.txt")"
	alive || app_died "under load ($2)"
}
# sample_sql FILE: in the background, the active statements of the app's connections, one a line, "--sample" after each
cat >"$OUT/sample-sql.sh" <<'SH'
while :; do
	echo "select regexp_replace(left(query, 400), '\s+', ' ', 'g') from pg_stat_activity
		where datname = :'db' and state = 'active'" | psql -X -At -d postgres -v db="$1" 2>/dev/null
	echo "--sample"
	sleep "$2"
done
SH
sample_sql() {
	setsid bash "$OUT/sample-sql.sh" "$PG_DB" "$SQL_SAMPLE" >>"$1" &
	SQL_PID=$!
}

H0=$(heap_lines)
WARM_S=0; W=0; JIT_PREV=$(jit_seconds || true); JIT_DELTA="?"; WARM_WHY="at the time limit ($WARMUP_MAX s)"
log "warm-up: passes of ${WARMUP_SLICE} s per URL and the trivial endpoint, until the JIT compiler settles"
while [ "$WARM_S" -lt "$WARMUP_MAX" ]; do
	W=$(( W + 1 ))
	run_wrk "warmup$W-trivial" "$TRIVIAL" "$WARMUP_SLICE"
	for i in "${!URLS[@]}"; do
		drain "warmup$W-$i-sampled"
		sample_sql "$OUT/sql-$i.txt"
		run_wrk "warmup$W-$i" "${URLS[$i]}" "$WARMUP_SLICE"
		stop_group "$SQL_PID"; SQL_PID=""
	done
	WARM_S=$(( WARM_S + (${#URLS[@]} + 1) * WARMUP_SLICE ))
	JIT_NOW=$(jit_seconds || true)
	if [ -n "$JIT_NOW" ] && [ -n "$JIT_PREV" ]; then
		JIT_DELTA=$(awk -v a="$JIT_PREV" -v b="$JIT_NOW" 'BEGIN {printf "%.1f", b - a}')
	fi
	JIT_PREV=$JIT_NOW
	log "warm-up pass $W: trivial $(rps "warmup$W-trivial") req/s, /soeg?q=ladestandere $(rps "warmup$W-0") req/s, JIT ${JIT_DELTA} s"
	if [ "$JIT_DELTA" != "?" ] && awk -v d="$JIT_DELTA" -v t="$JIT_SETTLED" 'BEGIN {exit !(d < t)}'; then
		WARM_WHY="when the JIT compiler settled (${JIT_DELTA} s of compiling in the last pass)"; break
	fi
done
JIT_TOTAL=$(jit_seconds || true)

OTHER_T0=$(now_ms); OTHER_BUSY0=$(busy_ticks); OTHER_APP0=$(proc_ticks "$APP_PID")
for r in $(seq 1 "$ROUNDS"); do
	log "round $r of $ROUNDS: ${ROUND} s trivial, ${ROUND} s URL, for each of ${#URLS[@]} URLs"
	for i in "${!URLS[@]}"; do
		run_wrk "round$r-$i-trivial" "$TRIVIAL" "$ROUND"
		run_wrk "round$r-$i" "${URLS[$i]}" "$ROUND"
	done
	log "round $r: /soeg?q=ladestandere $(rps "round$r-0-trivial") → $(rps "round$r-0") req/s"
done
# cores busy outside the app during the rounds (wrk included: it shares the machine)
OTHER_UNDER_LOAD=$(awk -v busy=$(( $(busy_ticks) - OTHER_BUSY0 )) -v app=$(( $(proc_ticks "$APP_PID") - OTHER_APP0 )) \
	-v hz="$CLK_TCK" -v ms=$(( $(now_ms) - OTHER_T0 )) 'BEGIN {v = (busy - app) / hz / (ms / 1000); if (v < 0) v = 0; printf "%.2f", v}')
read -r LOAD_PEAK LOAD_OLD < <(heap_peak "$H0")
sleep 2
HEAP_AFTER=$(tail -n1 "$OUT/heap.txt" | awk '{printf "%.0f MB used, %.0f MB old generation", ($4 + $5 + $7 + $9) / 1024, $9 / 1024}')
GCS=$("$JSTAT" -gc "$APP_PID" | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i} NR == 2 {printf "%d young, %d full, %.1f s in all", $c["YGC"], $c["FGC"], $c["GCT"]}')
alive || app_died "at the end"
JVM="alive throughout ($(grep -c OutOfMemoryError "$OUT/app.log" || true) OutOfMemoryError in its log)"
LOAD_END=$(loadavg)
stop_group "$HEAP_PID"; HEAP_PID=""
stop_app

# ---------------------------------------------------------------- figures
# per URL over the rounds: req/s (mean), trivial req/s (mean), share, mean latency (mean of rounds), p99 (worst round)
FAILED=0
ROWS=""
for i in "${!URLS[@]}"; do
	url=${URLS[$i]}
	sum_u=0 sum_t=0 sum_mean=0 worst=0 bad=0 shares=""
	for r in $(seq 1 "$ROUNDS"); do
		u=$(rps "round$r-$i"); t=$(rps "round$r-$i-trivial")
		sum_u=$(awk -v a="$sum_u" -v b="$u" 'BEGIN {print a + b}')
		sum_t=$(awk -v a="$sum_t" -v b="$t" 'BEGIN {print a + b}')
		sum_mean=$(awk -v a="$sum_mean" -v b="$(mean_ms "round$r-$i")" 'BEGIN {print a + b}')
		worst=$(awk -v a="$worst" -v b="$(p99_ms "round$r-$i")" 'BEGIN {print (b > a ? b : a)}')
		n=$(not2xx "round$r-$i")
		[ "$n" = 0 ] || bad=1
		shares+="$(awk -v u="$u" -v t="$t" 'BEGIN {printf "%.0f", 100 * u / t}') "
	done
	share=$(awk -v u="$sum_u" -v t="$sum_t" 'BEGIN {printf "%.1f", 100 * u / t}')
	answered=0
	for r in $(seq 1 "$ROUNDS"); do answered=$(( answered + $(awk '/requests in/ {print $1}' "$OUT/round$r-$i.txt") )); done
	mean_col=$(awk -v s="$sum_mean" -v n="$ROUNDS" 'BEGIN {printf "%.1f", s / n}')
	[ "$answered" -gt 0 ] || { mean_col="—"; worst="— (no answer within ${WRK_TIMEOUT} s)"; }
	case $url in
		/soeg*) ratio_t=$SEARCH_RATIO p99_t=$SEARCH_P99 ;;
		[a-z]*:/*) ratio_t=$MATCH_RATIO p99_t=$MATCH_P99 ;;
		*) ratio_t=$LIST_RATIO p99_t=$LIST_P99 ;;
	esac
	verdict=""
	awk -v s="$share" -v t="$ratio_t" 'BEGIN {exit !(s >= t)}' || verdict+="share < $ratio_t %"
	awk -v p="$worst" -v t="$p99_t" -v a="$answered" 'BEGIN {exit !(a > 0 && p <= t)}' || verdict+="${verdict:+, }p99 > $p99_t ms"
	errors=$(for r in $(seq 1 "$ROUNDS"); do not2xx "round$r-$i"; done | paste -sd'+' | sed 's/+/ + /g')
	[ "$bad" = 0 ] || verdict+="${verdict:+, }not 2xx"
	if [ -z "$verdict" ]; then verdict="met"; else verdict="**missed** ($verdict)"; FAILED=1; fi
	ROWS+="| $(url_label "$url")${SHOWN[$url]:+, ${SHOWN[$url]} suggestions} | $(awk -v s="$sum_u" -v n="$ROUNDS" 'BEGIN {printf "%.0f", s / n}') | $(awk -v s="$sum_t" -v n="$ROUNDS" 'BEGIN {printf "%.0f", s / n}') | **$share %** (${shares% }) | $mean_col | $worst | $errors | $(( BYTES[$url] / 1024 )) | $verdict |"$'\n'
done

# what the database was busy with per URL during the warm-up: the most frequent active statement and its share of
# the samples, and the samples in which the app's connections had any statement running
SQL_ROWS=""
for i in "${!URLS[@]}"; do
	f="$OUT/sql-$i.txt"
	[ -s "$f" ] || continue
	samples=$(grep -c '^--sample$' "$f" || true)
	busy=$(awk '/^--sample$/ {if (n) b++; n = 0; next} NF {n++} END {print b + 0}' "$f")
	top=$(grep -v '^--sample$' "$f" | grep . | sort | uniq -c | sort -rn | head -n1 || true)
	count=$(awk '{print $1}' <<<"$top")
	text=$(sed 's/^ *[0-9]* //' <<<"$top" | cut -c1-160 | sed 's/|/\\|/g')
	SQL_ROWS+="| $(url_label "${URLS[$i]}") | $busy of $samples | ${count:-0} | ${text:+\`$text…\`} |"$'\n'
done

DRAIN_LONGEST=$(sort -k2 -n "$OUT/drain.txt" | tail -n1 | awk '{printf "%.1f s (before %s)", $2 / 1000, $1}')
JAVA17_VERSION=$("$JAVA17" -version 2>&1 | sed -n 2p)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
WRK_VERSION=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 {print $1, $2}')
PG_VERSION=$(psql -X -At -d postgres -c 'show server_version' | awk '{print $1}')
{
	echo "$BEGIN_MARK"
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$COMMAND\` on commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || echo ' (with uncommitted changes)') (took $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s):"
	echo "\`java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar $(basename "$JAR")\` on PostgreSQL $PG_VERSION (a fresh database), demo data and national-scale data at factor $FACTOR, index in a new directory."
	echo "Machine: $(nproc) cores ($CPU_MODEL); $JAVA17_VERSION; $WRK_VERSION. Load average at the end: $LOAD_END."
	echo "First start until ready: $READY_S s${GENERATED:+ (the generator logged \"$GENERATED\")}. Planner statistics: $STATISTICS."
	echo
	echo "**Index rebuild**"
	echo
	echo "| rebuild | documents | logged time | heap peak used / old gen (MB) |"
	echo "|---|---|---|---|"
	echo "| on the first start (index: ${REASON:-?}) | $FIRST_DOCS | $(secs "$FIRST_MS") s | $FIRST_PEAK / $FIRST_OLD (from the start, data generation included) |"
	echo "| from the secretariat's page (POST \`/sekretariat/soegeindeks\`) | $SECOND_DOCS | $(secs "$SECOND_MS") s; followed on the page for $POLL_S s | $SECOND_PEAK / $SECOND_OLD |"
	echo
	echo "Progress as the page shows it (GET with \`HX-Request: true\` once a second, the \`<progress>\` value; seconds after the POST): $SAMPLES."
	echo "$POLLS polls, $DISTINCT different values while running$( [ "$DISTINCT" -gt 2 ] && echo ': the bar moves' || echo ': **the bar hardly moves**')$( [ "$BACKWARDS" -gt 0 ] && echo ", but it went back $BACKWARDS time(s)"); the slowest poll answered in $MAX_POLL_MS ms."
	echo
	echo "**Throughput and latency** (anonymous visitor, but signed in where the URL says who; \`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${ROUND}s --timeout ${WRK_TIMEOUT}s --latency\` per slice)"
	echo
	echo "Warm-up: $WARM_S s ($W passes of ${WARMUP_SLICE} s per URL and the trivial endpoint), ended $WARM_WHY; the JIT compiler spent ${JIT_TOTAL:-?} s in all."
	echo "Then $ROUNDS rounds; in each, every URL ran ${ROUND} s right after ${ROUND} s of \`$TRIVIAL\`. Share: the URL's req/s over the trivial endpoint's in"
	echo "the slices just before it, all rounds together (per round in brackets). Mean latency: mean of the rounds; p99: the worst round."
	echo "Not 2xx: answers with another status per round, plus socket errors (an answer slower than ${WRK_TIMEOUT} s is a timeout). Cores busy outside the app meanwhile (wrk included): $OTHER_UNDER_LOAD of $(nproc)."
	echo "Before every slice the script waited until no statement of the app ran in the database; the longest wait: $DRAIN_LONGEST."
	echo "Signed in (wrk sends the session cookie): the partner is $PARTNER, the secretariat $SECRETARIAT. The suggestions for a need are those of $NEEDS,"
	echo "each the open need of its kind with the lowest id of a public project in an active stage. After a matching page: how many suggestions it showed."
	echo "Targets: \`/soeg\` ≥ $SEARCH_RATIO % and p99 ≤ $SEARCH_P99 ms; every list page ≥ $LIST_RATIO % and p99 ≤ $LIST_P99 ms; every matching page ≥ $MATCH_RATIO % and p99 ≤ $MATCH_P99 ms."
	echo
	echo "| URL | req/s | trivial req/s | share of trivial | mean ms | p99 ms | not 2xx | KB | target |"
	echo "|---|---|---|---|---|---|---|---|---|"
	printf '%s' "$ROWS"
	echo
	echo "Heap (max $HEAP): peak $LOAD_PEAK MB used, $LOAD_OLD MB old generation under load; after the load $HEAP_AFTER; GCs since start: $GCS. JVM: $JVM."
	echo
	echo "What PostgreSQL was busy with during the warm-up, per URL: samples of \`pg_stat_activity\` every $SQL_SAMPLE s in which a connection of the app"
	echo "ran a statement, and the most frequent statement (how often it was seen running, summed over connections and samples; start of its text):"
	echo
	echo "| URL | samples with SQL running | times seen | statement |"
	echo "|---|---|---|---|"
	printf '%s' "$SQL_ROWS"
	echo
	echo "Raw output (app and GC logs, heap samples, progress polls, wrk output, SQL samples): \`$OUT/\` (git-ignored)."
	echo "$END_MARK"
} >"$OUT/block.md"
write_block "$BEGIN_MARK" "$END_MARK" "$OUT/block.md"
log "wrote $DOC"
cat "$OUT/block.md" >&2
[ "$FAILED" = 0 ] || { log "targets missed: see the table"; exit 1; }
