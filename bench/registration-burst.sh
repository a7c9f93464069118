#!/usr/bin/env bash
# Registration burst for one development day, against PostgreSQL's own TPC-B (pgbench), side by side in one run.
#
#   bash bench/registration-burst.sh
#
# 1. builds the jar if there is none, compiles the Gatling simulation (Maven profile `bench`);
# 2. creates two fresh PostgreSQL databases: one for the app, one for pgbench;
# 3. starts the app on a free port (profile `postgres`, no demo data, registration throttle lifted:
#    --spirekassen.registration.max-per-address-per-minute=1000000) and inserts two days by SQL: a warm-up day and
#    the measured day, 300 seats each, registration open;
# 4. pgbench TPC-B (pgbench -i -s SCALE, then -T 20 -c 8 -j 2) while the app idles;
# 5. a warm-up burst on the warm-up day (WARMUP_USERS attempts; 0: none), then the measured burst: 5,000
#    registration attempts within 10 s (Gatling, open injection, constantUsersPerSec(500) during 10 s), each with its
#    own email and Idempotency-Key, all for the measured day;
# 6. a capacity burst on a third day: CAPACITY_USERS attempts within CAPACITY_SECONDS (5,000 in 2 s, faster than the
#    app takes them), since registrations/s by wall time can never exceed the offered 500/s of the measured burst;
# 7. pgbench TPC-B again (the ratio uses the mean of both pgbench runs);
# 8. checks in the database (for the capacity day: the seats, the total, no duplicates, no KO or 5xx): exactly 300 CONFIRMED and 4,700 WAITLISTED, seats to the first 300 arrivals, arrival
#    strictly increasing and in the order of created_at, waitlist positions given out 1..4,700 without gaps and equal
#    to each registration's rank by arrival, no duplicate email or key; from Gatling: no KO, no 5xx, every attempt
#    answered within 15 s;
# 9. writes the figures between the markers of the section "Registration burst (development days)" in
#    docs/BENCHMARKS.md.
# The app is stopped and both databases are dropped on exit, whatever happens. Raw output: bench/out/registration-burst/.
# Exit status 1 when a correctness check fails (the targets are only reported).
#
# Knobs (environment): USERS (5000), BURST_SECONDS (10), CAPACITY (300), WARMUP_USERS (500), CAPACITY_USERS (5000;
# 0: no capacity burst), CAPACITY_SECONDS (2), PGBENCH_SCALE (10),
# PGBENCH_CLIENTS (8), PGBENCH_THREADS (2), PGBENCH_SECONDS (20), PGBENCH_SERIAL_SECONDS (10), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# JAVA17_HOME, START_TIMEOUT (180), MVN (mvn -B), APP_JAVA_OPTS (extra JVM options for the app, e.g. a JFR
# recording; none by default).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=burst
source bench/lib.sh

USERS=${USERS:-5000}
SECONDS_=${BURST_SECONDS:-10}
CAPACITY=${CAPACITY:-300}
WARMUP_USERS=${WARMUP_USERS:-500}
CAPACITY_USERS=${CAPACITY_USERS:-5000}
CAPACITY_SECONDS=${CAPACITY_SECONDS:-2}
PGBENCH_SCALE=${PGBENCH_SCALE:-10}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-8}
PGBENCH_THREADS=${PGBENCH_THREADS:-2}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
PGBENCH_SERIAL_SECONDS=${PGBENCH_SERIAL_SECONDS:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
START_TIMEOUT=${START_TIMEOUT:-180}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
read -r -a MVN <<<"${MVN:-mvn -B}"
MAX_ANSWER_MS=15000
RATIO_TARGET=50

HOST=127.0.0.1
OUT=bench/out/registration-burst
DOC=${DOC:-docs/BENCHMARKS.md}
COMMAND="bash bench/registration-burst.sh"
SIMULATION=dk.spirekassen.bench.RegistrationBurstSimulation
BEGIN_MARK='<!-- burst:begin (written by bench/registration-burst.sh; edit outside these markers) -->'
END_MARK='<!-- burst:end -->'
SECTION='## Registration burst (development days)'

calc() { awk "BEGIN {printf $1}"; }
psql_app() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$APP_DB" "$@"; }

# ---------------------------------------------------------------- prerequisites
command -v pgbench >/dev/null 2>&1 && command -v psql >/dev/null 2>&1 || die "pgbench and psql are needed"
command -v python3 >/dev/null 2>&1 || die "python3 is needed (to read Gatling's statistics)"
command -v curl >/dev/null 2>&1 || die "curl is needed"
JAVA17=$(java17)

rm -rf "$OUT"
mkdir -p "$OUT"

JAR=$(built_jar)
log "compiling the simulation (mvn -Pbench -DskipTests test-compile)"
"${MVN[@]}" -q -Pbench -DskipTests -Djava.util.prefs.userRoot=target/prefs test-compile >"$OUT/compile.log" 2>&1 \
	|| { tail -n 40 "$OUT/compile.log" >&2; die "the simulation did not compile"; }

if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
	log "PostgreSQL is not up: starting it"
	pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
	for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -p "$PGPORT" -q && break; sleep 1; done
fi

# ---------------------------------------------------------------- databases and app, cleaned up on exit
SUFFIX="$(date +%s)_$$_$RANDOM"
APP_DB="spirekassen_bench_$SUFFIX"
PG_DB="spirekassen_pgbench_$SUFFIX"
APP_PID=""
SAMPLER_PID=""

cleanup() {
	[ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2>/dev/null || true
	stop_app
	psql -X -q -d postgres -c "drop database if exists $APP_DB with (force)" >/dev/null 2>&1 || true
	psql -X -q -d postgres -c "drop database if exists $PG_DB with (force)" >/dev/null 2>&1 || true
	log "app stopped, databases $APP_DB and $PG_DB dropped"
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

createdb "$APP_DB"
createdb "$PG_DB"
log "databases: $APP_DB (app), $PG_DB (pgbench)"

LOAD_BEFORE=$(loadavg)
OTHER_BEFORE=$(busy_cores)
PORT=$(free_port)
BASE="http://$HOST:$PORT"
log "starting the app on $BASE (profile postgres)"
T0=$(now_ms)
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$APP_DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" SPIREKASSEN_DEMO=false SPIREKASSEN_BASE_URL="http://$HOST:$PORT" \
	"$JAVA17" $APP_JAVA_OPTS -jar "$JAR" --spring.profiles.active=postgres --server.port="$PORT" --server.address="$HOST" \
	--spirekassen.registration.max-per-address-per-minute=1000000 >"$OUT/app.log" 2>&1 &
APP_PID=$!
while :; do
	case "$(curl -s -m 5 "$BASE/actuator/health/readiness" || true)" in *'"UP"'*) break ;; esac
	kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/app.log" >&2; die "the app exited before it was ready"; }
	[ $(( $(now_ms) - T0 )) -lt $(( START_TIMEOUT * 1000 )) ] || die "the app was not ready within $START_TIMEOUT s"
	sleep 0.2
done
log "app ready after $(( $(now_ms) - T0 )) ms"

# Days by SQL: ids from the day sequence (the app's pooled generator then starts above them).
new_day() {
	psql_app -c "insert into development_day (id, title, region, venue, address, starts_at, ends_at, capacity,
		registration_opens_at, registration_closes_at, organisers, version, created_at, updated_at)
		values (nextval('development_day_seq'), '$1', 'MIDTJYLLAND', 'Bench Hall', 'Benchvej 1, 8000 Aarhus C',
		now() + interval '30 days', now() + interval '30 days 7 hours', $CAPACITY, now() - interval '1 hour',
		now() + interval '29 days', 'Spirekassen', 0, now(), now()) returning id" | head -n1
}
WARM_DAY=$(new_day 'Udviklingsdag (opvarmning)')
DAY=$(new_day 'Udviklingsdag (burst)')
CAP_DAY=$(new_day 'Udviklingsdag (kapacitet)')
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/days/$DAY")" = 200 ] || die "GET /api/days/$DAY is not 200"
log "days: warm-up $WARM_DAY, measured $DAY ($CAPACITY seats each)"

# ---------------------------------------------------------------- pgbench TPC-B
PGBENCH_VERSION=$(pgbench --version | awk '{print $3}')
PG_VERSION=$(psql -X -At -d postgres -c 'show server_version' | awk '{print $1}')
log "pgbench -i -s $PGBENCH_SCALE"
pgbench -i -q -s "$PGBENCH_SCALE" "$PG_DB" >"$OUT/pgbench-init.log" 2>&1 || { cat "$OUT/pgbench-init.log" >&2; die "pgbench -i failed"; }
run_pgbench() {
	log "pgbench TPC-B ($1): -T $PGBENCH_SECONDS -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS"
	pgbench -T "$PGBENCH_SECONDS" -c "$PGBENCH_CLIENTS" -j "$PGBENCH_THREADS" "$PG_DB" >"$OUT/pgbench-$1.log" 2>&1 \
		|| { cat "$OUT/pgbench-$1.log" >&2; die "pgbench failed"; }
	sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$OUT/pgbench-$1.log"
}
TPS_BEFORE=$(run_pgbench before)
log "pgbench before: $TPS_BEFORE tps"
# context, not part of the ratio: TPC-B with one client, i.e. one transaction at a time, like one day's registrations
log "pgbench TPC-B with one client (context): -T $PGBENCH_SERIAL_SECONDS -c 1 -j 1"
pgbench -T "$PGBENCH_SERIAL_SECONDS" -c 1 -j 1 "$PG_DB" >"$OUT/pgbench-serial.log" 2>&1 || { cat "$OUT/pgbench-serial.log" >&2; die "pgbench failed"; }
TPS_SERIAL=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$OUT/pgbench-serial.log")
LAT_SERIAL=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$OUT/pgbench-serial.log")
log "pgbench with one client: $TPS_SERIAL tps ($LAT_SERIAL ms per transaction)"

# ---------------------------------------------------------------- Gatling bursts
# run_burst NAME DAY USERS SECONDS → Gatling's exit status in GATLING_RC, its results folder in GATLING_DIR
run_burst() {
	local name=$1 day=$2 users=$3 secs=$4 before
	before=$(ls -d target/gatling/*/ 2>/dev/null | sort || true)
	mkdir -p "$OUT/$name"
	GATLING_RC=0
	"${MVN[@]}" -Pbench -Djava.util.prefs.userRoot=target/prefs gatling:test -Dgatling.simulationClass="$SIMULATION" \
		-Dbench.baseUrl="$BASE" -Dbench.dayId="$day" -Dbench.users="$users" -Dbench.seconds="$secs" \
		-Dbench.run="$name-$SUFFIX" -Dbench.outDir="$PWD/$OUT/$name" >"$OUT/$name/gatling.log" 2>&1 || GATLING_RC=$?
	GATLING_DIR=$(comm -13 <(printf '%s\n' "$before") <(ls -d target/gatling/*/ 2>/dev/null | sort) | tail -n1)
	GATLING_DIR=${GATLING_DIR%/}
}

if [ "$WARMUP_USERS" -gt 0 ]; then
	log "warm-up burst: $WARMUP_USERS attempts in $SECONDS_ s on day $WARM_DAY"
	run_burst warmup "$WARM_DAY" "$WARMUP_USERS" "$SECONDS_"
	[ "$GATLING_RC" = 0 ] || log "warm-up burst: Gatling exited with $GATLING_RC (see $OUT/warmup/gatling.log)"
	WARM_WALL_MS=$(sed -n 's/^wall_ms=//p' "$OUT/warmup/burst.properties" 2>/dev/null || echo "?")
	sleep 5   # let the mails of the warm-up go out (asynchronous) before the measured burst
fi

# Lock waits and active transactions in the app's database, sampled every second during the burst.
(
	while :; do
		psql -X -At -d "$APP_DB" -c "select count(*) filter (where wait_event_type = 'Lock'),
			count(*) filter (where state <> 'idle') from pg_stat_activity where datname = current_database()
			and pid <> pg_backend_pid()" 2>/dev/null | tr '|' ' '
		sleep 1
	done
) >"$OUT/lock-samples.txt" &
SAMPLER_PID=$!

log "measured burst: $USERS attempts in $SECONDS_ s on day $DAY"
B_BUSY0=$(busy_ticks); B_APP0=$(proc_ticks "$APP_PID"); B_T0=$(now_ms)
run_burst burst "$DAY" "$USERS" "$SECONDS_"
B_OTHER_CORES=$(awk -v busy=$(( $(busy_ticks) - B_BUSY0 )) -v hz="$CLK_TCK" -v ms=$(( $(now_ms) - B_T0 )) 'BEGIN {printf "%.2f", busy / hz / (ms / 1000)}')
B_APP_CORES=$(awk -v app=$(( $(proc_ticks "$APP_PID") - B_APP0 )) -v hz="$CLK_TCK" -v ms=$(( $(now_ms) - B_T0 )) 'BEGIN {printf "%.2f", app / hz / (ms / 1000)}')
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
BURST_RC=$GATLING_RC
BURST_DIR=$GATLING_DIR
grep -q -- '---- Global Information' "$OUT/burst/gatling.log" || { tail -n 40 "$OUT/burst/gatling.log" >&2; die "Gatling printed no statistics (see $OUT/burst/gatling.log)"; }
[ -f "$OUT/burst/burst.properties" ] || die "the simulation wrote no $OUT/burst/burst.properties"
log "measured burst done (Gatling exit status $BURST_RC; report in ${BURST_DIR:-?})"

if [ "$CAPACITY_USERS" -gt 0 ]; then
	log "capacity burst: $CAPACITY_USERS attempts in $CAPACITY_SECONDS s on day $CAP_DAY"
	run_burst capacity "$CAP_DAY" "$CAPACITY_USERS" "$CAPACITY_SECONDS"
	[ -f "$OUT/capacity/burst.properties" ] || die "the capacity burst wrote no $OUT/capacity/burst.properties"
	log "capacity burst done (Gatling exit status $GATLING_RC)"
fi

TPS_AFTER=$(run_pgbench after)
log "pgbench after: $TPS_AFTER tps"
LOAD_AFTER=$(loadavg)

# ---------------------------------------------------------------- figures
prop() { sed -n "s/^$1=//p" "$OUT/burst/burst.properties"; }
WALL_MS=$(prop wall_ms)
# Gatling's own statistics: the "Global Information" table it prints at the end of the run
# (Gatling 3.15 writes them into the HTML report only, no stats.json).
gatling_stats() {
	python3 - "$1" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
block = text[text.rindex("---- Global Information"):]
block = block[:block.index("---- Response Time Distribution")]
def cells(label):  # total, OK, KO of one row; "-" is none
    for line in block.splitlines():
        if line.startswith("> " + label):
            return [c.strip().replace(",", "").replace("-", "0") for c in line.split("|")[1:4]]
    return ["?", "?", "?"]
count = cells("request count")
print(*count, *(cells(label)[0] for label in ("max response time", "mean response time",
      "response time 50th percentile", "response time 95th percentile", "response time 99th percentile")))
PY
}
read -r G_TOTAL G_OK G_KO G_MAX G_MEAN G_P50 G_P95 G_P99 < <(gatling_stats "$OUT/burst/gatling.log")
PCT_LABELS="p50 / p95 / p99"
STATUS_LINE=$(sed -n 's/^status_\(.*\)=\(.*\)/\1: \2/p' "$OUT/burst/burst.properties" | paste -sd',' | sed 's/,/, /g')
S5XX=$(awk -F= '/^status_5/ {n += $2} END {print n + 0}' "$OUT/burst/burst.properties")
SNONE=$(awk -F= '/^status_none/ {n += $2} END {print n + 0}' "$OUT/burst/burst.properties")

# ---------------------------------------------------------------- checks in the database
psql_app -c "create table bench_answer (id bigint, status varchar(12), position bigint, email varchar(254))"
psql_app -c "\\copy bench_answer from '$OUT/burst/answers.csv' with (format csv)"
q() { psql_app -c "$1"; }
R="registration where day_id = $DAY"
CONFIRMED=$(q "select count(*) from $R and status = 'CONFIRMED'")
WAITLISTED=$(q "select count(*) from $R and status = 'WAITLISTED'")
CANCELLED=$(q "select count(*) from $R and status = 'CANCELLED'")
TOTAL=$(q "select count(*) from $R")
DUP_EMAIL=$(q "select count(*) - count(distinct lower(email)) from $R")
DUP_KEY=$(q "select count(*) - count(distinct idempotency_key) from $R")
FOREIGN=$(q "select count(*) from $R and email not like 'burst-burst-$SUFFIX-%'")
DUP_ARRIVAL=$(q "select count(*) - count(distinct arrival) from $R")
# seats go to the first arrivals: no waitlisted registration arrived before a confirmed one
SEAT_ORDER=$(q "select count(*) from $R and status = 'WAITLISTED' and arrival < (select max(arrival) from $R and status = 'CONFIRMED')")
# arrival strictly increasing in the order the registrations were made (created_at, set inside the day's lock)
OUT_OF_ORDER=$(q "select count(*) from (select created_at, lag(created_at) over (order by arrival) prev from $R) t where created_at < prev")
# every answer given belongs to a registration of this day, with the same status
ANSWERS=$(q "select count(*) from bench_answer")
ANSWER_MISMATCH=$(q "select count(*) from bench_answer a left join registration r on r.id = a.id and r.day_id = $DAY
	where r.id is null or r.status <> a.status or lower(r.email) <> lower(a.email)")
# the waitlist position each registrant was told is its rank by arrival; positions 1..N, no gap, no repeat
POSITION_MISMATCH=$(q "select count(*) from bench_answer a join (select id, row_number() over (order by arrival) rank
	from $R and status = 'WAITLISTED') w on w.id = a.id where a.status = 'WAITLISTED' and a.position <> w.rank")
CONFIRMED_POSITION=$(q "select count(*) from bench_answer where status = 'CONFIRMED' and position <> 0")
read -r POS_MIN POS_MAX POS_DISTINCT POS_COUNT < <(q "select coalesce(min(position), 0), coalesce(max(position), 0),
	count(distinct position), count(*) from bench_answer where status = 'WAITLISTED'" | tr '|' ' ')
EVENTS=$(q "select count(*) from registration_event e join registration r on r.id = e.registration_id where r.day_id = $DAY and e.kind = 'REGISTERED'")
APP_ERRORS=$(grep -c ' ERROR ' "$OUT/app.log" || true)

FAILS=()
check() { if [ "$2" = "$3" ]; then :; else FAILS+=("$1: $2 (expected $3)"); fi; }
if [ "$CAPACITY_USERS" -gt 0 ]; then
	read -r C_TOTAL C_OK C_KO C_MAX C_MEAN C_P50 C_P95 C_P99 < <(gatling_stats "$OUT/capacity/gatling.log")
	C_WALL_MS=$(sed -n 's/^wall_ms=//p' "$OUT/capacity/burst.properties")
	C_5XX=$(awk -F= '/^status_5/ {n += $2} END {print n + 0}' "$OUT/capacity/burst.properties")
	CR="registration where day_id = $CAP_DAY"
	C_CONFIRMED=$(q "select count(*) from $CR and status = 'CONFIRMED'")
	C_REGISTERED=$(q "select count(*) from $CR and status in ('CONFIRMED', 'WAITLISTED')")
	check "capacity day: confirmed" "$C_CONFIRMED" "$CAPACITY"
	check "capacity day: confirmed + waitlisted" "$C_REGISTERED" "$CAPACITY_USERS"
	check "capacity day: duplicate emails" "$(q "select count(*) - count(distinct lower(email)) from $CR")" 0
	check "capacity day: waitlisted ahead of a confirmed seat" "$(q "select count(*) from $CR and status = 'WAITLISTED' and arrival < (select max(arrival) from $CR and status = 'CONFIRMED')")" 0
	check "capacity day: Gatling KO" "$C_KO" 0
	check "capacity day: 5xx responses" "$C_5XX" 0
fi
check "confirmed" "$CONFIRMED" "$CAPACITY"
check "waitlisted" "$WAITLISTED" "$(( USERS - CAPACITY ))"
check "cancelled" "$CANCELLED" 0
check "duplicate emails" "$DUP_EMAIL" 0
check "duplicate idempotency keys" "$DUP_KEY" 0
check "registrations not from this burst" "$FOREIGN" 0
check "repeated arrival numbers" "$DUP_ARRIVAL" 0
check "waitlisted ahead of a confirmed seat" "$SEAT_ORDER" 0
check "arrival out of created_at order" "$OUT_OF_ORDER" 0
check "answers (201 with a body)" "$ANSWERS" "$USERS"
check "answers not matching the database" "$ANSWER_MISMATCH" 0
check "waitlist positions not equal to the rank by arrival" "$POSITION_MISMATCH" 0
check "confirmed answers with a waitlist position" "$CONFIRMED_POSITION" 0
check "lowest waitlist position" "$POS_MIN" 1
check "highest waitlist position" "$POS_MAX" "$(( USERS - CAPACITY ))"
check "distinct waitlist positions" "$POS_DISTINCT" "$(( USERS - CAPACITY ))"
check "REGISTERED events" "$EVENTS" "$USERS"
check "Gatling requests" "$G_TOTAL" "$USERS"
check "Gatling KO" "$G_KO" 0
check "5xx responses" "$S5XX" 0
check "requests without a response" "$SNONE" 0
check "ERROR lines in the app log" "$APP_ERRORS" 0
if [ ${#FAILS[@]} -eq 0 ]; then
	CHECKS="all passed"
else
	CHECKS="**failed**: $(printf '%s; ' "${FAILS[@]}")"
fi

REGISTERED=$(( CONFIRMED + WAITLISTED ))
WALL_S=$(calc "\"%.2f\", $WALL_MS / 1000")
REG_PER_S=$(calc "\"%.1f\", $REGISTERED / ($WALL_MS / 1000)")
TPS_MEAN=$(calc "\"%.1f\", ($TPS_BEFORE + $TPS_AFTER) / 2")
TPS_BEFORE=$(calc "\"%.1f\", $TPS_BEFORE"); TPS_AFTER=$(calc "\"%.1f\", $TPS_AFTER"); TPS_SERIAL=$(calc "\"%.1f\", $TPS_SERIAL")
RATIO=$(calc "\"%.1f\", 100 * $REG_PER_S / $TPS_MEAN")
RATIO_BEFORE=$(calc "\"%.1f\", 100 * $REG_PER_S / $TPS_BEFORE")
RATIO_AFTER=$(calc "\"%.1f\", 100 * $REG_PER_S / $TPS_AFTER")
OFFERED=$(calc "\"%.0f\", $USERS / $SECONDS_")
CEILING_RATIO=$(calc "\"%.1f\", 100 * $OFFERED / $TPS_MEAN")
if [ "$CAPACITY_USERS" -gt 0 ]; then
	C_PER_S=$(calc "\"%.1f\", $C_REGISTERED / ($C_WALL_MS / 1000)")
	C_RATIO=$(calc "\"%.1f\", 100 * $C_PER_S / $TPS_MEAN")
	C_OFFERED=$(calc "\"%.0f\", $CAPACITY_USERS / $CAPACITY_SECONDS")
	CAPACITY_ROW="| **capacity**: $CAPACITY_USERS attempts in ${CAPACITY_SECONDS} s (constantUsersPerSec($C_OFFERED), more than the app takes) on a third day of $CAPACITY seats | **$C_PER_S registrations/s = $C_RATIO % of TPC-B** over $(calc "\"%.2f\", $C_WALL_MS / 1000") s; OK $C_OK, KO $C_KO; response time, ms: mean / p50 / p95 / p99 / max $C_MEAN / $C_P50 / $C_P95 / $C_P99 / $C_MAX |"
else
	CAPACITY_ROW="| capacity | not measured (CAPACITY_USERS=0) |"
fi
# samples while the app's database had work (Maven and Gatling start before the first request)
read -r LOCK_MAX LOCK_MEAN ACTIVE_MAX < <(awk 'NF == 2 && $2 > 0 {n++; s += $1; if ($1 > m) m = $1; if ($2 > a) a = $2} END {printf "%d %.1f %d\n", m, (n ? s / n : 0), a}' "$OUT/lock-samples.txt")

if [ "$G_MAX" -lt "$MAX_ANSWER_MS" ] && [ "$SNONE" = 0 ] && [ "$G_TOTAL" = "$USERS" ]; then
	ANSWER_VERDICT="**met**: the slowest of $G_TOTAL attempts was answered after $(calc "\"%.2f\", $G_MAX / 1000") s (< 15 s)"
else
	ANSWER_VERDICT="**missed**: the slowest answer took $(calc "\"%.2f\", $G_MAX / 1000") s (target < 15 s)"
fi
if awk -v r="$RATIO" -v t="$RATIO_TARGET" 'BEGIN {exit !(r >= t)}'; then
	RATIO_VERDICT="**met**: $REG_PER_S registrations/s = $RATIO % of $TPS_MEAN TPC-B tps (≥ $RATIO_TARGET %)"
else
	RATIO_VERDICT="**missed**: $REG_PER_S registrations/s = $RATIO % of $TPS_MEAN TPC-B tps (target ≥ $RATIO_TARGET %, i.e. $(calc "\"%.0f\", $TPS_MEAN * $RATIO_TARGET / 100") registrations/s)"
fi

CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}')
JAVA_VERSION=$("$JAVA17" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
WHEN=$(date -u '+%Y-%m-%d %H:%M UTC')

BLOCK=$(cat <<EOF
$BEGIN_MARK
Measured $WHEN with \`$COMMAND\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || echo ', with uncommitted changes')).

Machine: $(nproc) cores ($CPU_MODEL), $MEM; PostgreSQL $PG_VERSION (pgbench $PGBENCH_VERSION) on the same machine;
Java $JAVA_VERSION, app started as \`java -jar $(basename "$JAR") --spring.profiles.active=postgres --spirekassen.registration.max-per-address-per-minute=1000000\`
(default JVM flags, Hikari's default pool of 10 connections). Gatling (and Maven, which launches it) runs on the same cores.
Load average (1/5/15 min): $LOAD_BEFORE before the run, $LOAD_AFTER at the end; $OTHER_BEFORE cores busy with other work before the run.

| target | verdict |
|---|---|
| every attempt answered within 15 s (Gatling max response time) | $ANSWER_VERDICT |
| registrations/s at ≥ $RATIO_TARGET % of pgbench TPC-B tps, side by side in one run | $RATIO_VERDICT |

| figure | value |
|---|---|
| attempts | $G_TOTAL in ${SECONDS_} s (constantUsersPerSec($OFFERED) during ${SECONDS_} s, open injection), each a new visitor with its own email and Idempotency-Key, to one day of $CAPACITY seats |
| answers | OK $G_OK, KO $G_KO; status codes: $STATUS_LINE |
| burst wall time (first request sent → last response received) | $WALL_S s |
| **registrations/s** (confirmed + waitlisted ÷ wall time) | **$REG_PER_S** ($REGISTERED registrations) |
| response time, ms: mean / $PCT_LABELS / max | $G_MEAN / $G_P50 / $G_P95 / $G_P99 / **$G_MAX** |
| pgbench TPC-B tps (\`-s $PGBENCH_SCALE -T $PGBENCH_SECONDS -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS\`), before / after the burst | $TPS_BEFORE / $TPS_AFTER (mean $TPS_MEAN) |
| pgbench TPC-B with one client (\`-c 1 -j 1 -T $PGBENCH_SERIAL_SECONDS\`, before the burst; context only: one transaction at a time, as registrations for one day are) | $TPS_SERIAL tps, $LAT_SERIAL ms per transaction |
| **ratio** registrations/s ÷ TPC-B tps | **$RATIO %** (against the run before: $RATIO_BEFORE %, after: $RATIO_AFTER %) |
| ceiling of that ratio: the burst offers $OFFERED attempts/s, so registrations/s by wall time cannot exceed $OFFERED | $CEILING_RATIO % of TPC-B |
$CAPACITY_ROW
| during the Gatling run (Maven + Gatling JVM start included) | machine $B_OTHER_CORES cores busy, of them the app $B_APP_CORES; sessions waiting on a lock in the app's database: mean $LOCK_MEAN, max $LOCK_MAX (of at most $ACTIVE_MAX active; sampled each second while any was active) |
| warm-up before the measured burst | $( [ "$WARMUP_USERS" -gt 0 ] && echo "$WARMUP_USERS attempts in ${SECONDS_} s on another day (wall time $(calc "\"%.2f\", ${WARM_WALL_MS:-0} / 1000") s), so the JIT compiler has seen the registration path" || echo "none" ) |

Checks in the database after the burst ($CHECKS): CONFIRMED $CONFIRMED, WAITLISTED $WAITLISTED, CANCELLED $CANCELLED;
duplicate emails $DUP_EMAIL, duplicate idempotency keys $DUP_KEY; repeated arrival numbers $DUP_ARRIVAL; waitlisted
registrations that arrived before the last confirmed one $SEAT_ORDER; registrations whose \`created_at\` is earlier than
that of the registration with the previous \`arrival\` $OUT_OF_ORDER; answers that differ from the database (id, status,
email) $ANSWER_MISMATCH of $ANSWERS; waitlist positions given out $POS_MIN..$POS_MAX, $POS_DISTINCT distinct, differing
from the rank by arrival $POSITION_MISMATCH; \`REGISTERED\` events $EVENTS; 5xx $S5XX; ERROR lines in the app log $APP_ERRORS.

Raw output (app log, pgbench output, Gatling log, stats and answers) is in \`bench/out/registration-burst/\` (git-ignored)
after a run; Gatling's HTML report in \`target/gatling/\`.
$END_MARK
EOF
)

mkdir -p "$(dirname "$DOC")"
printf '%s\n' "$BLOCK" >"$OUT/block.md"
write_block "$BEGIN_MARK" "$END_MARK" "$OUT/block.md"
log "wrote $DOC"
log "burst: $REG_PER_S registrations/s over $WALL_S s; pgbench $TPS_BEFORE / $TPS_AFTER tps; ratio $RATIO %; max answer $G_MAX ms"
log "checks: $CHECKS"
[ ${#FAILS[@]} -eq 0 ] || exit 1
