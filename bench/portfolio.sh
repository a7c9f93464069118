#!/usr/bin/env bash
# The portfolio at national scale (issue 13): how long /portefoelje takes to add up a cut it has not kept yet, and how
# fast it answers once kept, on PostgreSQL with the demo and the national-scale data.
#
#   bash bench/portfolio.sh
#
# Starts the built jar (`java -Xmx$HEAP -jar …`) on a fresh PostgreSQL database (dropped on exit) with demo data and
# national-scale data (factor FACTOR), then:
#   1. misses   GET /portefoelje for every cut in CUTS, each asked for the first time (nothing kept), anonymous and
#               as the demo member: curl's time_total per request, and the count of indicators and projects in the
#               national data (psql), so the time can be read against what was added up;
#   2. kept     wrk -t2 -c8 for ROUND s on /portefoelje (kept), right after ROUND s of /actuator/health/liveness: the
#               share of the trivial endpoint's req/s;
#   3. open data every data set of /api/v1/data as JSON and CSV, one at a time: curl's time_total and the size, with
#               the app's heap capped at HEAP, so a set read whole into memory would show as an OutOfMemoryError.
# Prints a Markdown table; writes nothing into docs (copy it by hand with the command and the commit).
# Knobs: FACTOR (1.0), HEAP (512m), ROUND (10), JAVA17_HOME (the JDK that runs the app), OUT (bench/out/portfolio).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=portfolio
source bench/lib.sh

FACTOR=${FACTOR:-1.0}
HEAP=${HEAP:-512m}
ROUND=${ROUND:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
JAVA17="$JAVA17_HOME/bin/java"
OUT=${OUT:-bench/out/portfolio}
HOST=127.0.0.1
PASSWORD=spirekasse-demo
CUTS=("" "year=2024" "year=2025" "region=HOVEDSTADEN" "region=MIDTJYLLAND" "stage=RUNNING" "stage=COMPLETED"
	"region=SYDDANMARK&stage=RUNNING")

mkdir -p "$OUT"
ensure_wrk
JAR=$(built_jar)
DB=$(fresh_database spirekassen_portfolio)
APP_PID=""
cleanup() { stop_app; drop_database "$DB"; }
trap cleanup EXIT

PORT=$(free_port)
BASE="http://$HOST:$PORT"
DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" \
	SPIREKASSEN_DEMO=true SPIREKASSEN_BASE_URL="$BASE" \
	"$JAVA17" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
	--spring.profiles.active=postgres --server.port="$PORT" --server.address="$HOST" \
	--spirekassen.demo.enabled=true --spirekassen.national-scale.enabled=true \
	--spirekassen.national-scale.factor="$FACTOR" --spirekassen.search.directory="$(pwd)/$OUT/index" \
	>"$OUT/app.log" 2>&1 &
APP_PID=$!
log "app $APP_PID on $BASE, database $DB; waiting for it (national data first)"
for _ in $(seq 1 1500); do
	curl -s -m 2 -o /dev/null "$BASE/actuator/health/liveness" && break
	kill -0 "$APP_PID" 2>/dev/null || die "the app died: see $OUT/app.log"
	sleep 1
done
log "the app answers; waiting for the national data to be written"
for _ in $(seq 1 1500); do
	grep -q 'National-scale data: planner statistics gathered' "$OUT/app.log" && break
	kill -0 "$APP_PID" 2>/dev/null || die "the app died: see $OUT/app.log"
	sleep 1
done
grep -q 'National-scale data: planner statistics gathered' "$OUT/app.log" || die "no national data: see $OUT/app.log"
log "waiting for the search index to be rebuilt after the bulk load, so it does not share the cores with the timings"
for _ in $(seq 1 600); do
	grep -q 'Search index rebuilt' "$OUT/app.log" && break
	sleep 1
done
FUNDING=$(psql -X -qtA -d "$DB" -c "select count(*) from funding_line")
INDICATORS=$(psql -X -qtA -d "$DB" -c "select count(*) from indicator")
MEASUREMENTS=$(psql -X -qtA -d "$DB" -c "select count(*) from measurement")
PROJECTS=$(psql -X -qtA -d "$DB" -c "select count(*) from project")
log "national data: $PROJECTS projects, $INDICATORS indicators, $MEASUREMENTS measurements, $FUNDING funding lines"

login "$OUT/member.jar" medlem@spirekassen.dk
# Warm the JIT on other cuts than those measured (each a miss too), so the misses below are not the first calls.
for y in 2016 2017 2018 2019 2020 2021 2022 2023; do
	curl -s -o /dev/null "$BASE/portefoelje?year=$y"
done

echo "| cut | anonymous, first time (ms) | member, first time (ms) |"
echo "|---|---|---|"
for cut in "${CUTS[@]}"; do
	anonymous=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/portefoelje?$cut")
	member=$(curl -s -o /dev/null -w '%{time_total}' -b "$OUT/member.jar" "$BASE/portefoelje?$cut")
	printf '| `%s` | %.0f | %.0f |\n' "${cut:-all}" "$(awk -v s="$anonymous" 'BEGIN {print s * 1000}')" \
		"$(awk -v s="$member" 'BEGIN {print s * 1000}')"
done

wrk -t2 -c8 -d"${ROUND}s" "$BASE/actuator/health/liveness" >"$OUT/trivial.txt"
wrk -t2 -c8 -d"${ROUND}s" --latency "$BASE/portefoelje" >"$OUT/kept.txt"
TRIVIAL=$(rps trivial)
KEPT=$(rps kept)
echo
echo "Kept: /portefoelje $KEPT req/s, the trivial endpoint $TRIVIAL req/s right before:" \
	"$(awk -v a="$KEPT" -v b="$TRIVIAL" 'BEGIN {printf "%.1f %%", 100 * a / b}')."
echo
echo "| open data set | JSON (ms) | JSON (MB) | CSV (ms) | CSV (MB) |"
echo "|---|---|---|---|---|"
for set in grants results organisations departments partners days; do
	read -r json_s json_b json_c < <(curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}\n' \
		"$BASE/api/v1/data/$set.json")
	read -r csv_s csv_b csv_c < <(curl -s -o /dev/null -w '%{time_total} %{size_download} %{http_code}\n' \
		"$BASE/api/v1/data/$set.csv")
	[ "$json_c" = 200 ] && [ "$csv_c" = 200 ] || die "$set answered $json_c (JSON) and $csv_c (CSV): see $OUT/app.log"
	awk -v n="$set" -v js="$json_s" -v jb="$json_b" -v cs="$csv_s" -v cb="$csv_b" \
		'BEGIN {printf "| %s | %.0f | %.2f | %.0f | %.2f |\n", n, js * 1000, jb / 1e6, cs * 1000, cb / 1e6}'
done
kill -0 "$APP_PID" 2>/dev/null || die "the app died during the open data: see $OUT/app.log"
echo
echo "National data: $PROJECTS projects, $INDICATORS indicators, $MEASUREMENTS measurements, $FUNDING funding lines" \
	"(factor $FACTOR)."
