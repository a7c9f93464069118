#!/usr/bin/env bash
# Measures the built jar and writes the figures, with the command, to docs/BENCHMARKS.md.
#
#   bash bench/run.sh
#
# 1. start-up: milliseconds from launching `java` to the first 200 from the home page `/`,
#    on an empty database (Flyway + demo data) and on the filled database, then side by side: the fat jar with Spring
#    AOT off and on, the fast start (ops/fast-start.sh, as mvn package makes target/app) for Java 17 (AppCDS) and, if
#    a JDK 25 is present, for Java 25 (AOT cache: the headline), and mvn spring-boot:run;
# 2. throughput: requests per second and p99 latency of the organisation list page `/organisationer` against a
#    trivial endpoint of the same running app (`/actuator/health/liveness`), alternating in one run.
#
# Everything it writes goes to bench/out/ (git-ignored) except the block between the markers in
# docs/BENCHMARKS.md. Load goes only to 127.0.0.1. The app is stopped on exit, whatever happens.
#
# Knobs (environment): WARMUP_SLICE (s, default 10), WARMUP_MAX (s, 180), JIT_SETTLED (s, 1.5), ROUND (s, 10),
# ROUNDS (3), START_REPEATS (2), WRK_THREADS (2), WRK_CONNECTIONS (16), JAVA17_HOME, JAVA25_HOME (empty: no Java 25),
# MVN_RUN (1; empty: no mvn spring-boot:run).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=bench
source bench/lib.sh

WARMUP_SLICE=${WARMUP_SLICE:-10}
WARMUP_MAX=${WARMUP_MAX:-180}
JIT_SETTLED=${JIT_SETTLED:-1.5}
ROUND=${ROUND:-10}
ROUNDS=${ROUNDS:-3}
START_REPEATS=${START_REPEATS:-2}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-16}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
JAVA25_HOME=${JAVA25_HOME-/usr/lib/jvm/temurin-25-jdk-amd64}
MVN_RUN=${MVN_RUN-1}
START_TIMEOUT=${START_TIMEOUT:-180}

TRIVIAL=/actuator/health/liveness
LIST=/organisationer
HOST=127.0.0.1
OUT=bench/out
DOC=docs/BENCHMARKS.md
COMMAND="bash bench/run.sh"
BEGIN_MARK='<!-- bench:begin (written by bench/run.sh; edit outside these markers) -->'
END_MARK='<!-- bench:end -->'

# ---------------------------------------------------------------- prerequisites
JAVA17=$(java17)
JAVA25=""
if [ -n "$JAVA25_HOME" ] && [ -x "$JAVA25_HOME/bin/java" ]; then JAVA25="$JAVA25_HOME/bin/java"; fi

JAR=$(built_jar)
ensure_wrk
command -v curl >/dev/null 2>&1 || die "curl is needed"

# Extracted jar, CDS archive and AOT cache depend only on the jar and the JDKs: kept in bench/out/cache/KEY between
# runs (made once per build, like in a deployment); everything else in bench/out/ is made afresh.
CACHE_KEY=$({ sha1sum "$JAR"; "$JAVA17" -version 2>&1; if [ -n "$JAVA25" ]; then "$JAVA25" -version 2>&1; fi; } | sha1sum | cut -c1-12)
CACHE="$OUT/cache/$CACHE_KEY"
mkdir -p "$OUT/cache"
find "$OUT" -mindepth 1 -maxdepth 1 ! -name cache -exec rm -rf {} +
find "$OUT/cache" -mindepth 1 -maxdepth 1 ! -name "$CACHE_KEY" -exec rm -rf {} +
mkdir -p "$OUT/data" "$CACHE"
DB_URL="jdbc:h2:file:./$OUT/data/spirekassen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"

# ---------------------------------------------------------------- app control
APP_PID=""
PORT=""

trap stop_app EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

# start_app NAME COMMAND...: launches the app (COMMAND, then the app's arguments: port, address, database), waits for
# the first 200 from `/`; sets FIRST_MS (launch → first page) and LOG. A COMMAND starting with mvn gets the arguments
# as -Dspring-boot.run.arguments, and runs in a session of its own (stop_app stops the forked app with it).
start_app() {
	local name=$1; shift
	local app_args=(--server.port= --server.address="$HOST" --spring.datasource.url="$DB_URL")
	PORT=$(free_port)
	app_args[0]="--server.port=$PORT"
	LOG="$OUT/$name.log"
	local t0 code deadline b0
	b0=$(busy_ticks)
	t0=$(now_ms)
	if [ "$1" = mvn ]; then
		setsid "$@" -Dspring-boot.run.arguments="${app_args[*]}" >"$LOG" 2>&1 &
		APP_GROUP=1
	else
		"$@" "${app_args[@]}" >"$LOG" 2>&1 &
		APP_GROUP=""
	fi
	APP_PID=$!
	deadline=$(( t0 + START_TIMEOUT * 1000 ))
	while :; do
		# a bash connect costs ~0.5 ms of CPU, curl ~8 ms: on 2 cores curl every 50 ms would slow the start it measures
		if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
			code=$(curl -s -o /dev/null -m 60 -w '%{http_code}' "http://$HOST:$PORT/" || true)
			[ "$code" = 200 ] && break
		fi
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$LOG" >&2; die "$name: the app exited before answering"; }
		[ "$(now_ms)" -lt "$deadline" ] || die "$name: no 200 from / within $START_TIMEOUT s"
		sleep 0.05
	done
	FIRST_MS=$(( $(now_ms) - t0 ))
	START_T0=$t0
	# cores busy with other work meanwhile: the machine's busy time minus the app's own, over the elapsed time
	START_OTHER=$(awk -v busy=$(( $(busy_ticks) - b0 )) -v app="$(proc_ticks "$APP_PID")" -v hz="$CLK_TCK" -v ms="$FIRST_MS" \
		'BEGIN {v = (busy - app) / hz / (ms / 1000); if (v < 0) v = 0; printf "%.2f", v}')
}

# Waits until readiness is UP (after all ApplicationRunners, i.e. after the demo data load); prints ms since launch.
wait_ready() {
	local deadline=$(( START_T0 + START_TIMEOUT * 1000 ))
	while :; do
		case "$(curl -s -m 5 "http://$HOST:$PORT/actuator/health/readiness" || true)" in *'"UP"'*) break ;; esac
		[ "$(now_ms)" -lt "$deadline" ] || die "readiness not UP within $START_TIMEOUT s"
		sleep 0.05
	done
	echo $(( $(now_ms) - START_T0 ))
}

# "Started SpirekassenApplication in 9.1 seconds (process running for 9.8)" → "9.1/9.8"
spring_started() { sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1 s \/ \2 s/p' "$1" | head -n1; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) {print ""} else if (NR%2) {print a[(NR+1)/2]} else {printf "%d\n", (a[NR/2]+a[NR/2+1])/2}}'; }

TRAINED=""
# ---------------------------------------------------------------- machine
LOAD_BEFORE=$(loadavg)
OTHER_BEFORE=$(busy_cores)
log "jar: $JAR; java: $JAVA17; load average before: $LOAD_BEFORE"

# ---------------------------------------------------------------- 1. first start, empty database
log "first start on an empty database (Flyway migrations + demo data)"
start_app first-start "$JAVA17" -jar "$JAR"
EMPTY_FIRST_MS=$FIRST_MS
EMPTY_OTHER=$START_OTHER
EMPTY_READY_MS=$(wait_ready)
EMPTY_STARTED=$(spring_started "$LOG")
DEMO_MS=$(sed -n 's/.*Loaded demo data in \([0-9]*\) ms.*/\1/p' "$LOG" | head -n1)
stop_app
log "empty database: first page ${EMPTY_FIRST_MS} ms, demo data loaded (readiness UP) ${EMPTY_READY_MS} ms"

# ---------------------------------------------------------------- 2. second start, filled database; throughput
log "second start on the filled database"
start_app second-start "$JAVA17" -jar "$JAR"
FILLED_FIRST_MS=$FIRST_MS
FILLED_OTHER=$START_OTHER
FILLED_STARTED=$(spring_started "$LOG")
wait_ready >/dev/null
log "filled database: first page ${FILLED_FIRST_MS} ms"

BASE="http://$HOST:$PORT"
TRIVIAL_CODE=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$TRIVIAL")
LIST_CODE=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$LIST")
[ "$TRIVIAL_CODE" = 200 ] || die "$TRIVIAL answers $TRIVIAL_CODE, not 200"
[ "$LIST_CODE" = 200 ] || die "$LIST answers $LIST_CODE, not 200"
LIST_BYTES=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$LIST")
LIST_GZIP_BYTES=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$LIST")
TRIVIAL_BYTES=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$TRIVIAL")
LIST_ROWS=$(curl -s "$BASE$LIST" | grep -c '<tr' || true)
if curl -s -D - -o /dev/null "$BASE$LIST" | grep -qi '^set-cookie:'; then LIST_COOKIE=yes; else LIST_COOKIE=no; fi

# wrk counts only status >= 400 as errors; this script counts every status other than 200 (redirects too).
write_status_lua "$OUT/status.lua"

# run_wrk NAME PATH SECONDS → wrk output in $OUT/NAME.txt
WRK_CPU_S=0
run_wrk() {
	local cpu
	/usr/bin/time -f '%U %S' -o "$OUT/$1.cpu" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$3"s --latency -s "$OUT/status.lua" "$BASE$2" >"$OUT/$1.txt" 2>&1 \
		|| die "wrk failed: $(cat "$OUT/$1.txt")"
	cpu=$(awk 'END {print $1 + $2}' "$OUT/$1.cpu")
	WRK_CPU_S=$(awk -v a="$WRK_CPU_S" -v b="$cpu" 'BEGIN {print a + b}')
}
# cores other processes used since the last mark: the machine's busy time minus the app's and wrk's own
mark() { M_BUSY=$(busy_ticks); M_APP=$(proc_ticks "$APP_PID"); M_WRK=$WRK_CPU_S; M_T=$(now_ms); }
other_since_mark() {
	awk -v busy=$(( $(busy_ticks) - M_BUSY )) -v app=$(( $(proc_ticks "$APP_PID") - M_APP )) -v w0="$M_WRK" \
		-v w1="$WRK_CPU_S" -v hz="$CLK_TCK" -v ms=$(( $(now_ms) - M_T )) \
		'BEGIN {v = ((busy - app) / hz - (w1 - w0)) / (ms / 1000); if (v < 0) v = 0; printf "%.2f", v}'
}
quiet() { awk -v o="$1" 'BEGIN {exit !(o < 0.25)}'; }

LOAD_BEFORE_WRK=$(loadavg)
OTHER_IDLE_WRK=$(busy_cores "$APP_PID")
# Warm-up until the app is warm: on 2 cores the JIT compiler needs minutes of load, and the list page (more code)
# warms up later than the trivial endpoint, so a short fixed warm-up understates the list page. Slices alternate;
# the warm-up ends when a pair of slices cost the compiler less than JIT_SETTLED s (jstat), or when, from the 4th pair
# on, neither endpoint gained more than 10 % over the pair before (a plateau), or after WARMUP_MAX s.
JSTAT=$(jstat_tool)
grew() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(b > 1.10 * a)}'; }
declare -a PAIR_OTHER=()
WARM_S=0; W=0; JIT_PREV=$(jit_seconds || true); JIT_DELTA="?"; WARM_WHY="at the time limit"
log "warm-up: slices of ${WARMUP_SLICE} s, alternating, until the app is warm (at most ${WARMUP_MAX} s)"
while [ "$WARM_S" -lt "$WARMUP_MAX" ]; do
	W=$(( W + 1 ))
	mark
	run_wrk "warmup$W-trivial" "$TRIVIAL" "$WARMUP_SLICE"
	run_wrk "warmup$W-list" "$LIST" "$WARMUP_SLICE"
	PAIR_OTHER[$W]=$(other_since_mark)
	WARM_S=$(( WARM_S + 2 * WARMUP_SLICE ))
	JIT_NOW=$(jit_seconds || true)
	if [ -n "$JIT_NOW" ] && [ -n "$JIT_PREV" ]; then
		JIT_DELTA=$(awk -v a="$JIT_PREV" -v b="$JIT_NOW" 'BEGIN {printf "%.1f", b - a}')
	fi
	JIT_PREV=$JIT_NOW
	log "warm-up pair $W: trivial $(rps "warmup$W-trivial") req/s, list $(rps "warmup$W-list") req/s, JIT ${JIT_DELTA} s, other work ${PAIR_OTHER[$W]} cores"
	if [ "$JIT_DELTA" != "?" ] && awk -v d="$JIT_DELTA" -v t="$JIT_SETTLED" 'BEGIN {exit !(d < t)}'; then
		WARM_WHY="when the JIT compiler settled"; break
	fi
	# a plateau only counts when neither pair was slowed down by other work on the machine
	if [ "$W" -ge 4 ] && quiet "${PAIR_OTHER[$W]}" && quiet "${PAIR_OTHER[$((W - 1))]}" && ! grew "$(rps "warmup$((W - 1))-trivial")" "$(rps "warmup$W-trivial")" \
		&& ! grew "$(rps "warmup$((W - 1))-list")" "$(rps "warmup$W-list")"; then
		WARM_WHY="when requests per second stopped growing (neither endpoint gained more than 10 % over the pair before)"; break
	fi
done
JIT_TOTAL=$(jit_seconds || true)
WARM_OTHER_MAX=$(printf '%s\n' "${PAIR_OTHER[@]}" | sort -n | tail -n1)
WARM_NOTE="$WARM_S s ($W alternating pairs of ${WARMUP_SLICE} s slices), ended $WARM_WHY; the JIT compiler spent ${JIT_DELTA} s compiling in the last pair, ${JIT_TOTAL:-?} s in all"
quiet "$WARM_OTHER_MAX" || WARM_NOTE+=" (other work took up to $WARM_OTHER_MAX cores during the warm-up, which only made it longer)"
ROWS=""; RATIOS=""
LOAD_T0=$(now_ms); LOAD_BUSY0=$(busy_ticks); LOAD_APP0=$(proc_ticks "$APP_PID"); WRK_CPU_S=0
SUM_T=0; SUM_L=0; BAD=0
for r in $(seq 1 "$ROUNDS"); do
	log "round $r of $ROUNDS: ${ROUND} s $TRIVIAL, then ${ROUND} s $LIST"
	mark
	run_wrk "round$r-trivial" "$TRIVIAL" "$ROUND"
	run_wrk "round$r-list" "$LIST" "$ROUND"
	o=$(other_since_mark)
	t=$(rps "round$r-trivial"); l=$(rps "round$r-list")
	ratio=$(awk -v l="$l" -v t="$t" 'BEGIN {printf "%.1f", 100 * l / t}')
	SUM_T=$(awk -v a="$SUM_T" -v b="$t" 'BEGIN {print a + b}')
	SUM_L=$(awk -v a="$SUM_L" -v b="$l" 'BEGIN {print a + b}')
	nt=$(not200 "round$r-trivial"); nl=$(not200 "round$r-list")
	[ "$nt" = 0 ] && [ "$nl" = 0 ] || BAD=1
	RATIOS+="$ratio "
	ROWS+="| $r | $(printf '%.0f' "$t") | $(p99_ms "round$r-trivial") | $nt | $(printf '%.0f' "$l") | $(p99_ms "round$r-list") | $nl | ${ratio} % | $o |"$'\n'
done
LOAD_AFTER_WRK=$(loadavg)
# cores used by anything but the app and wrk during the load test
OTHER_UNDER_LOAD=$(awk -v busy=$(( $(busy_ticks) - LOAD_BUSY0 )) -v app=$(( $(proc_ticks "$APP_PID") - LOAD_APP0 )) \
	-v wrk="$WRK_CPU_S" -v hz="$CLK_TCK" -v ms=$(( $(now_ms) - LOAD_T0 )) \
	'BEGIN {v = ((busy - app) / hz - wrk) / (ms / 1000); if (v < 0) v = 0; printf "%.2f", v}')
MEAN_T=$(awk -v s="$SUM_T" -v n="$ROUNDS" 'BEGIN {printf "%.0f", s / n}')
MEAN_L=$(awk -v s="$SUM_L" -v n="$ROUNDS" 'BEGIN {printf "%.0f", s / n}')
RATIO=$(awk -v l="$SUM_L" -v t="$SUM_T" 'BEGIN {printf "%.1f", 100 * l / t}')
P99_T=$(for r in $(seq 1 "$ROUNDS"); do p99_ms "round$r-trivial"; echo; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
P99_L=$(for r in $(seq 1 "$ROUNDS"); do p99_ms "round$r-list"; echo; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
stop_app
log "throughput: list $MEAN_L req/s vs trivial $MEAN_T req/s = $RATIO %"

# ---------------------------------------------------------------- 3. start-up variants, side by side
# The fast start (ops/fast-start.sh, as mvn package makes it in target/app), made here per JDK from the same jar:
# extracted, Spring AOT on, and the JDK's start-up cache from a training run. Kept in the cache for the next runs.
# fast_start JDK_JAVA DIR NAME: makes DIR unless it is there; sets MADE (how it came about) and TRAIN_MS.
fast_start() {
	if [ ! -x "$2/start" ] || [ ! -f "$2.ms" ]; then
		log "training run for the fast start with $1 (ops/fast-start.sh)"
		local t0; t0=$(now_ms)
		SPIREKASSEN_JAVA="$1" bash ops/fast-start.sh "$JAR" "$2" >"$OUT/$3-training.log" 2>&1 \
			|| { tail -n 20 "$OUT/$3-training.log" >&2; return 1; }
		echo $(( $(now_ms) - t0 )) >"$2.ms"
		MADE="made in this run"; TRAINED=1
	else
		MADE="reused from an earlier run of the same jar"
	fi
	TRAIN_MS=$(cat "$2.ms")
}
fast_start "$JAVA17" "$CACHE/app17" fast17 || die "the fast start for Java 17 failed: see $OUT/fast17-training.log"
CDS_MADE=$MADE; CDS_TRAIN_MS=$TRAIN_MS
AOT_TRAIN_MS=""
AOT_MADE=""
if [ -n "$JAVA25" ]; then
	if fast_start "$JAVA25" "$CACHE/app25" fast25; then AOT_MADE=$MADE; AOT_TRAIN_MS=$TRAIN_MS
	else log "no fast start for Java 25: skipping Java 25"; JAVA25=""; fi
fi

declare -A STARTS=() OTHERS=()
VARIANTS=(fat17 spring-aot17 cds17)
[ -n "$JAVA25" ] && VARIANTS+=(aot25)
[ -n "$MVN_RUN" ] && VARIANTS+=(mvn-run)
STARTS[fat17]="$FILLED_FIRST_MS"
OTHERS[fat17]="$FILLED_OTHER"
for r in $(seq 1 "$START_REPEATS"); do
	for v in "${VARIANTS[@]}"; do
		case $v in
			fat17) start_app "start-$v-$r" "$JAVA17" -jar "$JAR" ;;
			spring-aot17) start_app "start-$v-$r" "$JAVA17" -Dspring.aot.enabled=true -jar "$JAR" ;;
			cds17) start_app "start-$v-$r" "$CACHE/app17/start" ;;
			aot25) start_app "start-$v-$r" "$CACHE/app25/start" ;;
			# as a developer runs it: Maven (offline, quiet) checks the build, then forks the app from target/classes
			mvn-run) start_app "start-$v-$r" mvn -o -q spring-boot:run ;;
		esac
		STARTS[$v]="${STARTS[$v]:+${STARTS[$v]} }$FIRST_MS"
		OTHERS[$v]="${OTHERS[$v]:+${OTHERS[$v]} }$START_OTHER"
		stop_app
		log "start $v (round $r): $FIRST_MS ms"
	done
done
# The cache is only worth reporting if the JVM used it: it says so when it cannot (a warning about one stub of the
# Java 25 code cache is not that).
CDS_NOTE="used"
if grep -qiE '\[(warning|error) *\]\[cds|Unable to use shared archive|shared archive file.*(mismatch|fail)' \
	"$OUT"/start-cds17-*.log 2>/dev/null; then CDS_NOTE="NOT used (see bench/out/start-cds17-*.log)"; fi
AOT_NOTE="used"
if [ -n "$JAVA25" ] && grep -qiE '\[error *\]\[aot|Unable to map shared spaces|mismatch' "$OUT"/start-aot25-*.log 2>/dev/null; then
	AOT_NOTE="NOT used (see bench/out/start-aot25-*.log)"
fi
LOAD_AFTER=$(loadavg)
OTHER_AFTER=$(busy_cores)

samples() { paste -d' ' <(tr ' ' '\n' <<<"${STARTS[$1]}") <(tr ' ' '\n' <<<"${OTHERS[$1]}") | awk '{printf "%s%s (%s)", (NR > 1 ? ", " : ""), $1, $2}'; }
med() { tr ' ' '\n' <<<"$1" | median; }
M_FAT=$(med "${STARTS[fat17]}")
M_SAOT=$(med "${STARTS[spring-aot17]}")
M_CDS=$(med "${STARTS[cds17]}")
if [ -n "$JAVA25" ]; then M_AOT25=$(med "${STARTS[aot25]}"); fi
if [ -n "$MVN_RUN" ]; then M_MVN=$(med "${STARTS[mvn-run]}"); fi
# The headline: the fast start as mvn package makes it, with the newest JDK at hand.
if [ -n "$JAVA25" ]; then M_FAST=$M_AOT25; FAST_HOW="Java 25 + AOT cache"; else M_FAST=$M_CDS; FAST_HOW="Java 17 + AppCDS"; fi

# ---------------------------------------------------------------- verdicts
START_TARGET_MS=5000
gap() { if [ "$1" -le "$START_TARGET_MS" ]; then echo "met"; else echo "missed by $(secs $(( $1 - START_TARGET_MS ))) s"; fi; }
RATIO_TARGET=25
if [ "$M_FAST" -le "$START_TARGET_MS" ]; then
	START_VERDICT="**met** by the fast start ($FAST_HOW, Spring AOT): $(secs "$M_FAST") s ≤ 5 s."
else
	START_VERDICT="**missed** by $(secs $(( M_FAST - START_TARGET_MS ))) s: the fast start ($FAST_HOW, Spring AOT) $(secs "$M_FAST") s against 5 s ($(awk -v a="$M_FAST" 'BEGIN {printf "%.1f", a / 5000}')× the target)."
fi
START_VERDICT+=" Plain \`java -jar\` on Java 17: $(secs "$M_FAT") s."
[ -z "$JAVA25" ] || START_VERDICT+=" The fast start on Java 17 (AppCDS): $(secs "$M_CDS") s, $(gap "$M_CDS")."
[ -z "$MVN_RUN" ] || START_VERDICT+=" \`mvn spring-boot:run\`: $(secs "$M_MVN") s."
if awk -v r="$RATIO" -v t="$RATIO_TARGET" 'BEGIN {exit !(r >= t)}'; then
	RATIO_VERDICT="**met**: $RATIO % ≥ 25 %."
else
	RATIO_VERDICT="**missed** by $(awk -v r="$RATIO" 'BEGIN {printf "%.1f", 25 - r}') percentage points: $RATIO % against 25 %; the list page would need $(awk -v t="$MEAN_T" 'BEGIN {printf "%.0f", 0.25 * t}') req/s, $(awk -v r="$RATIO" 'BEGIN {printf "%.2f", 25 / r}')× today's, i.e. $(awk -v r="$RATIO" 'BEGIN {printf "%.0f", 100 * (1 - r / 25)}') % less work per request."
fi
R_MIN=$(tr ' ' '\n' <<<"$RATIOS" | grep . | sort -n | head -n1)
R_MAX=$(tr ' ' '\n' <<<"$RATIOS" | grep . | sort -n | tail -n1)
RATIO_VERDICT+=" Per round: $R_MIN % to $R_MAX %"
if awk -v a="$R_MIN" -v b="$R_MAX" -v t="$RATIO_TARGET" 'BEGIN {exit !((a >= t) == (b >= t))}'; then RATIO_VERDICT+="."
else RATIO_VERDICT+=", so not in every round."; fi
[ "$BAD" = 0 ] || RATIO_VERDICT+=" **Warning:** some responses were not 200, see the table."

# ---------------------------------------------------------------- report
if [ "$LIST_GZIP_BYTES" = "$LIST_BYTES" ]; then GZIP_NOTE="the app does not compress responses"
else GZIP_NOTE="$LIST_GZIP_BYTES bytes when the client asks for gzip; wrk does not"; fi
JAVA17_VERSION=$("$JAVA17" -version 2>&1 | sed -n 2p)
GC=$("$JAVA17" -XX:+PrintCommandLineFlags -version 2>&1 | { grep -o -- '-XX:+Use[A-Za-z0-9]*GC' || true; } | head -n1 | sed 's/-XX:+Use//')
MAX_HEAP=$("$JAVA17" -XX:+PrintCommandLineFlags -version 2>&1 | sed -n 's/.*-XX:MaxHeapSize=\([0-9]*\).*/\1/p' | awk '{printf "%.1f GB", $1 / 1073741824}')
JAVA25_VERSION=""
[ -n "$JAVA25" ] && JAVA25_VERSION=$("$JAVA25" -version 2>&1 | sed -n 2p)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}')
WRK_VERSION=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 {print $1, $2}')
OTHER_MAX=$(printf '%s\n' "$OTHER_BEFORE" "$OTHER_IDLE_WRK" "$OTHER_UNDER_LOAD" "$OTHER_AFTER" "$EMPTY_OTHER" \
	$(for v in "${VARIANTS[@]}"; do [ "$v" = mvn-run ] || echo "${OTHERS[$v]}"; done) | tr ' ' '\n' | sort -n | tail -n1)
if awk -v m="$OTHER_MAX" 'BEGIN {exit !(m >= 0.25)}'; then
	BUSY="**Other work was running on the machine** (up to $OTHER_MAX of $(nproc) cores busy with other processes), so absolute figures are pessimistic and noisy; quote the side-by-side ratios."
else
	BUSY="The machine was otherwise quiet (at most $OTHER_MAX cores busy with other processes)."
fi

row() { printf '| %s | %s | %s |\n' "$1" "$(secs "$2") s" "$3"; }
BLOCK=$(
	cat <<EOF
$BEGIN_MARK
Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$COMMAND\` (took $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s${TRAINED:+, including the training runs}).

Machine: $(nproc) cores ($CPU_MODEL), $MEM; $JAVA17_VERSION with default flags ($GC, max heap $MAX_HEAP)${JAVA25_VERSION:+; also $JAVA25_VERSION}; $WRK_VERSION.
Other work on the machine, in cores busy outside this benchmark: $OTHER_BEFORE before the run, $OTHER_IDLE_WRK just before
the load test (app idle), $OTHER_UNDER_LOAD on average during the measured rounds (busy CPU minus the app's and wrk's own), $OTHER_AFTER at the end.
Load average (1/5/15 min): $LOAD_BEFORE before the run, $LOAD_AFTER_WRK after the load test, $LOAD_AFTER at the end.
${BUSY}

### Targets

| target | verdict |
|---|---|
| first page within 5 s of start (embedded default, filled database, the fast start: \`target/app/start\`) | $START_VERDICT |
| list page at ≥ 25 % of the trivial endpoint's requests per second | $RATIO_VERDICT |

### Start to first page

Milliseconds from launching \`java\` to the first \`200\` from \`/\` (polling every 50 ms: a bash connect until the port is open, then curl), embedded H2 database,
default profile, \`$(basename "$JAR")\`. "Spring" is what the app logs itself: \`Started … in X s (process running for Y s)\`.

| run | first page | note |
|---|---|---|
$(row "first start, empty database (Flyway + demo data)" "$EMPTY_FIRST_MS" "Spring: $EMPTY_STARTED. The demo data loads before the web server opens (demo data load ${DEMO_MS:-?} ms); readiness UP after $(secs "$EMPTY_READY_MS") s")
$(row "**second start, filled database (headline)**" "$FILLED_FIRST_MS" "Spring: $FILLED_STARTED")

Side by side on the filled database, Java 17 unless said, median of $(( START_REPEATS )) alternating starts (fat jar: $(( START_REPEATS + 1 )), including the one above); all samples in ms, each with the cores other processes kept busy meanwhile in brackets (the script's own polling accounts for ~0.07; quiet: < 0.15):

| variant | median first page | samples (ms) | how |
|---|---|---|---|
| fat jar | $(secs "$M_FAT") s | $(samples fat17) | \`java -jar $(basename "$JAR")\` (Spring AOT off) |
| fat jar, Spring AOT | $(secs "$M_SAOT") s | $(samples spring-aot17) | \`java -Dspring.aot.enabled=true -jar $(basename "$JAR")\`: the bean definitions and repositories made at build time |
| fast start, Java 17 | $(secs "$M_CDS") s | $(samples cds17) | \`ops/fast-start.sh\` with Java 17 (as \`mvn package\` makes \`target/app\`; $(secs "$CDS_TRAIN_MS") s once per build, $CDS_MADE): extracted jar, Spring AOT, AppCDS archive from a training run; archive $CDS_NOTE |
EOF
	if [ -n "$JAVA25" ]; then
		cat <<EOF
| **fast start, Java 25** | **$(secs "$M_AOT25") s** | $(samples aot25) | \`ops/fast-start.sh\` with Java 25 ($(secs "$AOT_TRAIN_MS") s once per build, $AOT_MADE): extracted jar, Spring AOT, AOT cache from a training run (JEP 483/514/515); cache $AOT_NOTE |
EOF
	fi
	if [ -n "$MVN_RUN" ]; then
		cat <<EOF
| \`mvn spring-boot:run\` | $(secs "$M_MVN") s | $(samples mvn-run) | \`mvn -o -q spring-boot:run\` on Java 17 (Maven's start and its check of the build included; the app from \`target/classes\`, Spring AOT off); other work in brackets includes the app, which Maven forks |
EOF
	fi
	cat <<EOF

Reading, against the fat jar: Spring AOT alone saves $(awk -v a="$M_FAT" -v b="$M_SAOT" 'BEGIN {printf "%.0f", 100 * (a - b) / a}') %, the fast start on Java 17 $(awk -v a="$M_FAT" -v b="$M_CDS" 'BEGIN {printf "%.0f", 100 * (a - b) / a}') %$( [ -n "$JAVA25" ] && awk -v a="$M_FAT" -v b="$M_AOT25" 'BEGIN {printf ", on Java 25 %.0f %%", 100 * (a - b) / a}').

### Organisation list page against a trivial endpoint

Same app, same run (the second start above), \`wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d${ROUND}s --latency\` against \`$BASE\` (loopback only):
warm-up $WARM_NOTE; then $ROUNDS alternating rounds of ${ROUND} s (trivial, list, trivial, list, …). The
trivial endpoint is \`$TRIVIAL\` (public, no database, through the same security filter chain); the list page is
\`$LIST\` as an anonymous visitor: $LIST_BYTES bytes of HTML ($GZIP_NOTE), $LIST_ROWS table rows (\`<tr>\`, header included);
the trivial endpoint answers $TRIVIAL_BYTES bytes. The list page sets a cookie for an anonymous visitor: $LIST_COOKIE.
"not 200" counts every response whose status is not 200 (a wrk Lua script; wrk itself only counts ≥ 400), plus socket errors.
wrk runs on the same $(nproc) cores as the app, so both figures are lower than on a separate client, by a similar share.

| round | trivial req/s | trivial p99 ms | not 200 | list req/s | list p99 ms | not 200 | list / trivial | other work (cores) |
|---|---|---|---|---|---|---|---|---|
${ROWS%$'\n'}
| **all** | **$MEAN_T** | $P99_T (median) | | **$MEAN_L** | $P99_L (median) | | **$RATIO %** | $OTHER_UNDER_LOAD |

Raw output of every step is in \`bench/out/\` (git-ignored) after a run.
$END_MARK
EOF
)

mkdir -p "$(dirname "$DOC")"
if [ -f "$DOC" ] && grep -qF "$BEGIN_MARK" "$DOC" && grep -qF "$END_MARK" "$DOC"; then
	printf '%s\n' "$BLOCK" >"$OUT/block.md"
	awk -v b="$BEGIN_MARK" -v e="$END_MARK" -v blockfile="$OUT/block.md" '
		$0 == b {while ((getline line < blockfile) > 0) print line; skip = 1; next}
		$0 == e {skip = 0; next}
		!skip {print}' "$DOC" >"$DOC.tmp"
	mv "$DOC.tmp" "$DOC"
else
	{
		printf '# Benchmarks\n\nHow fast the built jar starts and serves, measured by `%s`.\n\n## Latest figures\n\n' "$COMMAND"
		printf '%s\n' "$BLOCK"
	} >"$DOC"
fi
log "wrote $DOC"
log "start (filled DB, fat jar): median ${M_FAT} ms; AppCDS ${M_CDS} ms; list/trivial: ${RATIO} %"
