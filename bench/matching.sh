#!/usr/bin/env bash
# The suggestions computed at national scale with nothing kept (issue 11, section 4: the top 10 partners for a need
# and the top 10 needs for a partner, each with p99 <= 20 ms at 8 concurrent users). bench/search.sh measures the
# matching pages, but serves their suggestions from what was kept (shared.RecentReads); this times the computation.
#
#   bash bench/matching.sh
#
# It runs dk.spirekassen.projects.MatchScaleBench (on the test classpath) as `java -Xmx512m
# -XX:+ExitOnOutOfMemoryError …` on a fresh PostgreSQL database (dropped on exit). The bench starts the application
# in its own JVM (its web server on a random port of 127.0.0.1, unused) with the demo data and the national-scale data
# (factor FACTOR), the index in a new directory and spirekassen.search.cache.ttl=0, waits for the index, samples SAMPLE
# open needs of public projects in an active stage (the kinds in turn) and SAMPLE partners (the demo partner and
# partners with a login first), warms up, and then lets THREADS threads call without pause, DURATION s each: a
# baseline (a read-only transaction with one query), the partners for a sampled need as the secretariat, the baseline
# again, the needs for a sampled partner as its login; then both once more with one caller at a time, which is what one
# call costs without waiting for a core (the targets are for THREADS callers).
#
# Writes the figures between the markers of the section "Matching at national scale, computed" in docs/BENCHMARKS.md.
# Raw output (the bench's and the app's log, the table): $OUT (git-ignored). Exit status 1 when a target is missed, a
# call failed or nothing was suggested.
#
# Knobs (environment): FACTOR (1.0), DURATION (30 s per row), WARMUP (at most 180 s: passes of 10 s until the JIT
# compiler settles), THREADS (8), SAMPLE (200), SEED (1), HEAP (512m), JAVA_OPTS (more options for the bench's JVM,
# e.g. a flight recording), DB_PREFIX (spirekassen_matchbench), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# JAVA17_HOME (the JDK that runs it, e.g. /usr/lib/jvm/temurin-25-jdk-amd64), MVN (mvn -B), OUT (bench/out/matching),
# DOC (docs/BENCHMARKS.md).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=matching
source bench/lib.sh

FACTOR=${FACTOR:-1.0}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-180}
THREADS=${THREADS:-8}
SAMPLE=${SAMPLE:-200}
SEED=${SEED:-1}
HEAP=${HEAP:-512m}
read -r -a MORE_OPTIONS <<<"${JAVA_OPTS:-}"
DB_PREFIX=${DB_PREFIX:-spirekassen_matchbench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
OUT=${OUT:-bench/out/matching}
DOC=${DOC:-docs/BENCHMARKS.md}
SECTION='## Matching at national scale, computed'
BEGIN_MARK='<!-- matching:begin (written by bench/matching.sh; edit outside these markers) -->'
END_MARK='<!-- matching:end -->'
# the command as run: the knobs that differ from their defaults, then the script
COMMAND="bash bench/matching.sh"
for knob in "JAVA_OPTS" "HEAP 512m" "SEED 1" "SAMPLE 200" "THREADS 8" "WARMUP 180" "DURATION 30" "FACTOR 1.0" \
	"JAVA17_HOME /usr/lib/jvm/java-17-openjdk-amd64"; do
	read -r name default <<<"$knob"
	[ "${!name:-}" = "${default:-}" ] || COMMAND="$name=$(printf %q "${!name}") $COMMAND"
done

command -v psql >/dev/null 2>&1 || die "psql is needed"
JAVA17=$(java17)
rm -rf "$OUT"
mkdir -p "$OUT"
CP=$(test_classpath)

PG_DB=""
cleanup() {
	[ -z "$PG_DB" ] || drop_database "$PG_DB"
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

PG_DB=$(fresh_database "$DB_PREFIX")
LOAD_START=$(loadavg)
log "database $PG_DB; factor $FACTOR; load average $LOAD_START; the bench's output in $OUT/bench.log"
STATUS=0
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" \
	"$JAVA17" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "${MORE_OPTIONS[@]}" -cp "$CP" \
	-Dmatchbench.factor="$FACTOR" -Dmatchbench.duration="$DURATION" -Dmatchbench.warmup="$WARMUP" \
	-Dmatchbench.threads="$THREADS" -Dmatchbench.sample="$SAMPLE" -Dmatchbench.seed="$SEED" \
	-Dmatchbench.table="$OUT/table.md" \
	dk.spirekassen.projects.MatchScaleBench >"$OUT/bench.log" 2>&1 || STATUS=$?
if [ ! -s "$OUT/table.md" ]; then
	tail -n 40 "$OUT/bench.log" >&2
	die "the bench ended with status $STATUS and no figures$(grep -q OutOfMemoryError "$OUT/bench.log" && echo ' (OutOfMemoryError)')"
fi

GENERATED=$(grep -o 'National-scale data: [0-9]* rows in [0-9.]* s' "$OUT/bench.log" | tail -n1 || true)
INDEXED=$(grep -o 'Search index rebuilt: [0-9]* documents in [0-9]* ms' "$OUT/bench.log" | tail -n1 || true)
JAVA17_VERSION=$("$JAVA17" -version 2>&1 | sed -n 2p)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
PG_VERSION=$(psql -X -At -d postgres -c 'show server_version' | awk '{print $1}')
{
	echo "$BEGIN_MARK"
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$COMMAND\` on commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || echo ' (with uncommitted changes)') (took $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s):"
	echo "\`java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError${JAVA_OPTS:+ $JAVA_OPTS} … MatchScaleBench\` (the app in the same JVM, no HTTP) on PostgreSQL $PG_VERSION (a fresh database), demo data and national-scale data at factor $FACTOR${GENERATED:+ (\"$GENERATED\")}, index in a new directory${INDEXED:+ (\"$INDEXED\")}."
	echo "Machine: $(nproc) cores ($CPU_MODEL); $JAVA17_VERSION. Load average at the start: $LOAD_START; at the end: $(loadavg)."
	echo
	cat "$OUT/table.md"
	echo
	echo "Raw output (the bench's and the app's log): \`$OUT/\` (git-ignored)."
	echo "$END_MARK"
} >"$OUT/block.md"
write_block "$BEGIN_MARK" "$END_MARK" "$OUT/block.md"
log "wrote $DOC"
cat "$OUT/block.md" >&2
[ "$STATUS" = 0 ] || { log "the bench ended with status $STATUS: a target missed, a call failed or nothing suggested (see the table)"; exit 1; }
