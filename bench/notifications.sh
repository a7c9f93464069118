#!/usr/bin/env bash
# The notifications module at national scale: the news fan-out to every login (everyone on the standard channel, and
# with 2 % mailed at once), the weekly digests of every login, and one person's notes read back, with the plan of the
# unread count.
#
#   bash bench/notifications.sh
#
# It runs dk.spirekassen.notifications.NotificationScaleBench (on the test classpath) as `java -Xmx512m
# -XX:+ExitOnOutOfMemoryError …` on a fresh PostgreSQL database (dropped on exit); the bench starts the application in
# its own JVM (no demo data, the digest job's first run ten days away) and writes LOGINS logins itself. See the class
# for what is timed.
#
# Writes the figures between the markers of the section "Notifications at national scale" in docs/BENCHMARKS.md.
# Raw output (the bench's and the app's log, the table, the plans): $OUT (git-ignored).
#
# Knobs (environment): LOGINS (50000), NOTES (5000: the notes of the login whose reads are timed), DIGEST_RUNS (3),
# DIGEST_BUDGET (900: seconds of digests in all, after which further runs are skipped), HEAP (512m), JAVA_OPTS (more
# options for the bench's JVM), DB_PREFIX (spirekassen_notifbench), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# JAVA17_HOME (the JDK that runs it), MVN (mvn -B), OUT (bench/out/notifications), DOC (docs/BENCHMARKS.md).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=notifications
source bench/lib.sh

LOGINS=${LOGINS:-50000}
NOTES=${NOTES:-5000}
DIGEST_RUNS=${DIGEST_RUNS:-3}
DIGEST_BUDGET=${DIGEST_BUDGET:-900}
HEAP=${HEAP:-512m}
read -r -a MORE_OPTIONS <<<"${JAVA_OPTS:-}"
DB_PREFIX=${DB_PREFIX:-spirekassen_notifbench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
OUT=${OUT:-bench/out/notifications}
DOC=${DOC:-docs/BENCHMARKS.md}
SECTION='## Notifications at national scale'
BEGIN_MARK='<!-- notifications:begin (written by bench/notifications.sh; edit outside these markers) -->'
END_MARK='<!-- notifications:end -->'
# the command as run: the knobs that differ from their defaults, then the script
COMMAND="bash bench/notifications.sh"
for knob in "JAVA_OPTS" "HEAP 512m" "DIGEST_BUDGET 900" "DIGEST_RUNS 3" "NOTES 5000" "LOGINS 50000" \
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
log "database $PG_DB; $LOGINS logins; load average $LOAD_START; the bench's output in $OUT/bench.log"
STATUS=0
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" \
	"$JAVA17" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "${MORE_OPTIONS[@]}" -cp "$CP" \
	-Dnotifbench.logins="$LOGINS" -Dnotifbench.notes="$NOTES" -Dnotifbench.digest-runs="$DIGEST_RUNS" \
	-Dnotifbench.digest-budget="$DIGEST_BUDGET" -Dnotifbench.table="$OUT/table.md" -Dnotifbench.plans="$OUT/plans.txt" \
	dk.spirekassen.notifications.NotificationScaleBench >"$OUT/bench.log" 2>&1 || STATUS=$?
if [ ! -s "$OUT/table.md" ]; then
	tail -n 40 "$OUT/bench.log" >&2
	die "the bench ended with status $STATUS and no figures$(grep -q OutOfMemoryError "$OUT/bench.log" && echo ' (OutOfMemoryError)')"
fi

JAVA17_VERSION=$("$JAVA17" -version 2>&1 | sed -n 2p)
CPU_MODEL=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
PG_VERSION=$(psql -X -At -d postgres -c 'show server_version' | awk '{print $1}')
{
	echo "$BEGIN_MARK"
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`$COMMAND\` on commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || echo ' (with uncommitted changes)') (took $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s):"
	echo "\`java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError${JAVA_OPTS:+ $JAVA_OPTS} … NotificationScaleBench\` (the app in the same JVM, no HTTP) on PostgreSQL $PG_VERSION (a fresh database, same machine), $LOGINS logins, no demo data."
	echo "Machine: $(nproc) cores ($CPU_MODEL), shared; $JAVA17_VERSION. Load average at the start: $LOAD_START; at the end: $(loadavg)."
	echo
	cat "$OUT/table.md"
	echo
	echo "Raw output (the bench's and the app's log, the plans): \`$OUT/\` (git-ignored)."
	echo "$END_MARK"
} >"$OUT/block.md"
write_block "$BEGIN_MARK" "$END_MARK" "$OUT/block.md"
log "wrote $DOC"
cat "$OUT/block.md" >&2
[ "$STATUS" = 0 ] || { log "the bench ended with status $STATUS"; exit 1; }
