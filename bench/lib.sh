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
	APP_PID=""
}
