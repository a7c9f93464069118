# Shell helpers shared by the benchmark scripts. Sourced, not run:
#
#   BENCH_TAG=bench
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# BENCH_TAG names the script in log lines. free_port needs HOST (the address the app listens on); stop_app stops
# the app whose pid is in APP_PID.

log() { printf '[%s %s] %s\n' "${BENCH_TAG:-bench}" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
secs() { awk -v ms="$1" 'BEGIN {printf "%.1f", ms/1000}'; }  # milliseconds as seconds, one decimal

# ---------------------------------------------------------------- CPU
CLK_TCK=$(getconf CLK_TCK)
# busy CPU ticks of the whole machine so far (user nice system irq softirq steal), and of one process
busy_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat; }
proc_ticks() { awk '{sub(/.*\) /, ""); print $12 + $13}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# cores busy over one second, sampled now; the optional pid (our app) is not counted
busy_cores() {
	local a b p0=0 p1=0
	[ -z "${1:-}" ] || p0=$(proc_ticks "$1")
	a=$(busy_ticks); sleep 1; b=$(busy_ticks)
	[ -z "${1:-}" ] || p1=$(proc_ticks "$1")
	awk -v d=$(( b - a - (p1 - p0) )) -v hz="$CLK_TCK" 'BEGIN {v = d / hz; if (v < 0) v = 0; printf "%.2f", v}'
}

# ---------------------------------------------------------------- Java and the jar
# The java of JAVA17_HOME, else the one on the PATH.
java17() {
	if [ -x "${JAVA17_HOME:-}/bin/java" ]; then echo "$JAVA17_HOME/bin/java"; else command -v java || die "no java found"; fi
}

find_jar() { ls target/spirekassen-*.jar 2>/dev/null | grep -v '\.original$' | grep -v -- '-plain\.jar$' | head -n1 || true; }

# The built jar; built first (mvn -DskipTests package, with the command in MVN, default `mvn -B`) if there is none.
built_jar() {
	local jar mvn
	jar=$(find_jar)
	if [ -z "$jar" ]; then
		read -r -a mvn <<<"${MVN[*]:-mvn -B}"
		log "no jar in target/: building it (${mvn[*]} -q -DskipTests package)"
		"${mvn[@]}" -q -DskipTests package >&2
		jar=$(find_jar)
		[ -n "$jar" ] || die "the build made no jar"
	fi
	echo "$jar"
}

# The classpath of the main and test classes, compiled first, with every dependency (MVN: default `mvn -B`), for a
# benchmark with a main method on the test classpath. Offline first; online only if the dependency plugin is missing
# something it needs.
test_classpath() {
	local mvn cp
	read -r -a mvn <<<"${MVN[*]:-mvn -B}"
	if ! "${mvn[@]}" -q -o test-compile >&2 2>/dev/null; then
		log "the build could not run offline (a new machine?): compiling online"
		"${mvn[@]}" -q test-compile >&2
	fi
	local goal=(dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
	if ! cp=$("${mvn[@]}" -q -o "${goal[@]}" 2>/dev/null); then
		log "the classpath could not be resolved offline: resolving it online"
		cp=$("${mvn[@]}" -q "${goal[@]}")
	fi
	echo "target/test-classes:target/classes:$cp"
}

# ---------------------------------------------------------------- PostgreSQL (PGHOST, PGPORT and PGUSER exported)
# fresh_database PREFIX: a new database PREFIX_<seconds>_<pid>; prints its name
fresh_database() {
	local db="${1}_$(date +%s)_$$"
	pg_isready -h "$PGHOST" -p "$PGPORT" -q || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
	createdb "$db"
	echo "$db"
}
# drop_database NAME: drops it, whoever is still connected
drop_database() {
	psql -X -q -d postgres -c "drop database if exists $1 with (force)" >/dev/null 2>&1 || true
	log "dropped $1"
}

# ---------------------------------------------------------------- the app
free_port() {
	local p i
	for i in $(seq 1 50); do
		p=$(( 20000 + RANDOM % 20000 ))
		if ! (exec 3<>"/dev/tcp/$HOST/$p") 2>/dev/null; then echo "$p"; return 0; fi
	done
	die "no free port found"
}

# Stops the app in APP_PID: TERM, up to 30 s of graceful shutdown, then KILL.
stop_app() {
	[ -n "${APP_PID:-}" ] || return 0
	if [ -n "${APP_GROUP:-}" ]; then
		# a session of its own (mvn spring-boot:run and the app it forked): stop them all
		kill -TERM -- "-$APP_PID" 2>/dev/null || true
	fi
	if kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		local i
		for i in $(seq 1 300); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.1
		done
		if kill -0 "$APP_PID" 2>/dev/null; then
			log "app $APP_PID did not stop in 30 s: killing it"
			kill -KILL "$APP_PID" 2>/dev/null || true
		fi
	fi
	wait "$APP_PID" 2>/dev/null || true
	if [ -n "${APP_GROUP:-}" ]; then
		for i in $(seq 1 300); do
			pgrep -g "$APP_PID" >/dev/null 2>&1 || break
			sleep 0.1
		done
		kill -KILL -- "-$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""; APP_GROUP=""
}

# The jstat of the JDK whose java is in JAVA17 (set it first, e.g. JAVA17=$(java17)), else the one on the PATH.
jstat_tool() {
	local jstat; jstat="$(dirname "$JAVA17")/jstat"
	[ -x "$jstat" ] || jstat=$(command -v jstat) || die "jstat is needed (a JDK, not a JRE)"
	echo "$jstat"
}

# Seconds the JIT compiler of the app in APP_PID has spent so far (jstat -compiler; JSTAT: the jstat to use).
jit_seconds() { "$JSTAT" -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $4}'; }

# Stops a process group (a leader started with setsid) by its leader's PID: TERM, then KILL.
stop_group() {
	[ -n "${1:-}" ] || return 0
	kill -TERM -- "-$1" 2>/dev/null || true
	sleep 0.3
	kill -KILL -- "-$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------- signing in (BASE: the app's address)
# csrf_from URL JAR: the _csrf field of a page (the jar takes any cookie the page sets)
csrf_from() {
	curl -s -m 60 -b "$2" -c "$2" "$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1
}

# login JAR EMAIL: a fresh session for a demo login (password in PASSWORD) in the jar
login() {
	local token answer
	rm -f "$1"
	token=$(csrf_from "$BASE/login" "$1")
	[ -n "$token" ] || die "no CSRF field on /login"
	answer=$(curl -s -m 60 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" -c "$1" \
		--data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
	case "$answer" in
		302*fejl* | 302*vent*) die "sign-in as $2 refused ($answer)" ;;
		302*) ;;
		*) die "sign-in as $2 answered $answer" ;;
	esac
}

# ---------------------------------------------------------------- wrk (its output of NAME in $OUT/NAME.txt)
# Installs wrk (apt) when it is missing.
ensure_wrk() {
	command -v wrk >/dev/null 2>&1 && return 0
	log "installing wrk"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}
# write_status_lua FILE: a wrk script counting the answers whose status is not 200, and not 2xx (wrk itself counts
# only status >= 400 as errors); it prints "STATUS_NOT_200 n" and "STATUS_NOT_2XX n" at the end.
write_status_lua() {
	cat >"$1" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) other = 0; not2xx = 0 end
function response(status, headers, body)
  if status ~= 200 then other = other + 1 end
  if status < 200 or status > 299 then not2xx = not2xx + 1 end
end
function done(summary, latency, requests)
  local n, m = 0, 0
  for _, t in ipairs(threads) do n = n + t:get("other"); m = m + t:get("not2xx") end
  io.write(string.format("STATUS_NOT_200 %d\nSTATUS_NOT_2XX %d\n", n, m))
end
LUA
}
rps() { awk '/^Requests\/sec:/ {print $2}' "$OUT/$1.txt"; }
# wrk's "12.3ms", "850.00us", "1.02s" as milliseconds
wrk_ms() {
	awk -v x="$1" 'BEGIN {v = x; u = x; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
		f = (u == "us") ? 0.001 : (u == "s") ? 1000 : (u == "m") ? 60000 : 1; printf "%.2f", v * f}'
}
p99_ms() { wrk_ms "$(awk '$1 == "99%" {print $2}' "$OUT/$1.txt")"; }
mean_ms() { wrk_ms "$(awk '$1 == "Latency" {print $2; exit}' "$OUT/$1.txt")"; }
socket_errors() { awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$OUT/$1.txt"; }
not200() {
	local s e
	s=$(awk '/^STATUS_NOT_200/ {print $2}' "$OUT/$1.txt")
	e=$(socket_errors "$1")
	echo "${s:-?}${e:+ (+$e socket errors)}"
}
not2xx() {
	local s e
	s=$(awk '/^STATUS_NOT_2XX/ {print $2}' "$OUT/$1.txt")
	e=$(socket_errors "$1")
	echo "${s:-?}${e:+ (+$e socket errors)}"
}

# ---------------------------------------------------------------- docs/BENCHMARKS.md
# write_block BEGIN END FILE: replaces the block between the markers in $DOC, or appends it to the section $SECTION
# (made at the end of $DOC when missing)
write_block() {
	touch "$DOC"
	if grep -qF "$1" "$DOC" && grep -qF "$2" "$DOC"; then
		awk -v b="$1" -v e="$2" -v blockfile="$3" '
			$0 == b {while ((getline line < blockfile) > 0) print line; skip = 1; next}
			$0 == e {skip = 0; next}
			!skip {print}' "$DOC" >"$DOC.tmp"
		mv "$DOC.tmp" "$DOC"
	else
		grep -qF "$SECTION" "$DOC" || printf '\n%s\n' "$SECTION" >>"$DOC"
		{ echo; cat "$3"; } >>"$DOC"
	fi
}
