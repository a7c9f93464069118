#!/usr/bin/env bash
# Memory under load (issue 15): the app with a small heap, on H2 and on PostgreSQL, at national scale, under the
# loads that hold large things in memory. Does the heap stay bounded, does every answer come, do pages keep answering?
#
#   bash bench/memory.sh [h2|pg|both]        (default both)
#
# For each database it starts the built jar with `-Xmx256m -XX:+ExitOnOutOfMemoryError`, demo data and the
# national-scale data (spirekassen.national-scale.enabled, factor FACTOR), and waits for readiness (the data is
# written before the app reports ready). H2: a fresh file database under $OUT/h2/; PostgreSQL: a fresh database,
# dropped on exit. Then, one phase after the other:
#   upload     the demo member (medlem@spirekassen.dk) adds one 25 MB PDF, made here, as a public result to a project
#              the member's organisation owns (multipart form with the CSRF field, like a browser);
#   downloads  DOWNLOADS (64) anonymous downloads of that file at the same time, each limited to RATE (1M) bytes/s
#              (curl --limit-rate), each checked for its byte count and SHA-256;
#   uploads    UPLOADS (8) uploads of the 25 MB PDF at the same time, to as many projects, by the member of the largest
#              national-scale organisation (national@spirekassen.dk; uploads to one project at the same time collide
#              on the project's version, which is not what this measures);
#   exports    EXPORT_ROUNDS (2) rounds of 8 full exports at the same time, as the secretariat: CSV and XLSX of
#              /organisationer/eksport, /afdelinger/eksport, /partnere/eksport and /projekter/eksport;
#   burst      a registration burst on a new day of CAPACITY (300) seats made through the secretariat's form:
#              BURST (2,000) attempts offered at BURST_RATE (500) per second by up to BURST_CLIENTS (200) clients
#              (python3), each with its own email and Idempotency-Key, as bench/registration-burst.sh's simulation.
# During every phase: the heap every 250 ms (jstat -gc; used = survivor + eden + old), and the pages / and
# /organisationer every second (status, time). A JVM that dies (exit status, OutOfMemoryError in its log) is reported
# and started again on the same database for the next phase.
#
# Writes the figures per database between the markers of the section "Memory under load" in docs/BENCHMARKS.md.
# Raw output (app logs, GC logs, heap samples, probes, answers): $OUT (default bench/out/memory, git-ignored).
# Exit status 1 when an answer was an error or a page probe failed (the current code is expected to fail: it is
# the figure to beat).
#
# Knobs (environment): FACTOR (1.0), HEAP (256m), DOWNLOADS (64), RATE (1M), UPLOADS (8), EXPORT_ROUNDS (2),
# BURST (2000), BURST_RATE (500), BURST_CLIENTS (200), CAPACITY (300), FILE_BYTES (25000000), DB_PREFIX
# (spirekassen_memory), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), JAVA17_HOME, START_TIMEOUT (1500 s),
# MVN (mvn -B, for building the jar when there is none), OUT, DOC.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=memory
source bench/lib.sh

FACTOR=${FACTOR:-1.0}
HEAP=${HEAP:-256m}
DOWNLOADS=${DOWNLOADS:-64}
RATE=${RATE:-1M}
UPLOADS=${UPLOADS:-8}
EXPORT_ROUNDS=${EXPORT_ROUNDS:-2}
BURST=${BURST:-2000}
BURST_RATE=${BURST_RATE:-500}
BURST_CLIENTS=${BURST_CLIENTS:-200}
CAPACITY=${CAPACITY:-300}
FILE_BYTES=${FILE_BYTES:-25000000}
DB_PREFIX=${DB_PREFIX:-spirekassen_memory}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
START_TIMEOUT=${START_TIMEOUT:-1500}
OUT=${OUT:-bench/out/memory}
DOC=${DOC:-docs/BENCHMARKS.md}
HOST=127.0.0.1
PASSWORD=spirekasse-demo
OWNER=medlem@spirekassen.dk
NATIONAL=national@spirekassen.dk
SECRETARIAT=sekretariat@spirekassen.dk
SECTION='## Memory under load (-Xmx256m, national scale)'
EXPORTS=(/organisationer/eksport /afdelinger/eksport /partnere/eksport /projekter/eksport)

case "${1:-both}" in
	h2) TARGETS=(h2) ;;
	pg) TARGETS=(pg) ;;
	both) TARGETS=(h2 pg) ;;
	*) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac

command -v curl >/dev/null 2>&1 || die "curl is needed"
command -v python3 >/dev/null 2>&1 || die "python3 is needed (the PDF and the burst clients)"
JAVA17=$(java17)
JSTAT=$(jstat_tool)
JAR=$(built_jar)
JAR_ABS=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
mkdir -p "$OUT"
OUT_ABS=$(cd "$OUT" && pwd)

# ---------------------------------------------------------------- processes and databases, cleaned up on exit
APP_PID=""
SAMPLER_PID=""
PROBE_PID=""
PG_DB=""
stop_all() {
	stop_group "$PROBE_PID"; PROBE_PID=""
	stop_app
	stop_group "$SAMPLER_PID"; SAMPLER_PID=""
}
cleanup() {
	stop_all
	if [ -n "$PG_DB" ]; then
		psql -X -q -d postgres -c "drop database if exists $PG_DB with (force)" >/dev/null 2>&1 || true
		log "dropped $PG_DB"
	fi
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- the 25 MB PDF and the burst client (python3)
PDF="$OUT_ABS/toolbox-25mb.pdf"
python3 - "$PDF" "$FILE_BYTES" <<'PY'
"""A valid one-page PDF of exactly the given size: the page, then an unused stream object of filler bytes,
then the cross-reference table and the trailer, with correct offsets."""
import random, sys
path, size = sys.argv[1], int(sys.argv[2])
text = b"BT /F1 18 Tf 56 780 Td (Vaerktoejskasse: ladestandere i almene boligafdelinger) Tj ET"
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
           b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
           b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"]
def build(filler):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    body = objects + [b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream"]
    for i, obj in enumerate(body):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    return bytes(out)
rng = random.Random(15)
block = bytes(rng.getrandbits(8) for _ in range(1 << 20))
n = size - len(build(b""))
for _ in range(10):  # the lengths and offsets written grow by a digit now and then: settle the filler's length
    pdf = build((block * (n // len(block) + 1))[:n])
    if len(pdf) == size:
        break
    n -= len(pdf) - size
assert len(pdf) == size, (len(pdf), size)
open(path, "wb").write(pdf)
PY
PDF_SHA=$(sha256sum "$PDF" | cut -c1-64)
log "made $PDF ($FILE_BYTES bytes, sha256 ${PDF_SHA:0:12}…)"

cat >"$OUT_ABS/burst.py" <<'PY'
"""Registration burst for bench/memory.sh: N attempts for one day, offered at RATE per second (attempt i is sent at
start + i / RATE, or as soon as one of CLIENTS clients is free), each with its own email and Idempotency-Key. One
line per attempt in OUT: status, registration status, milliseconds."""
import http.client, json, sys, threading, time
host, port, day, n, rate, clients, out, run = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), \
    float(sys.argv[5]), int(sys.argv[6]), sys.argv[7], sys.argv[8]
lock, nxt, lines = threading.Lock(), [0], []
start = time.time() + 0.5
def worker():
    conn = None
    while True:
        with lock:
            i = nxt[0]; nxt[0] += 1
        if i >= n:
            return
        time.sleep(max(0.0, start + i / rate - time.time()))
        body = json.dumps({"name": "Deltager %d" % i, "email": "memory-%s-%d@bench.example.org" % (run, i),
                           "organisationName": "Boligselskabet Bench", "participantType": "HOUSING_STAFF",
                           "consent": True})
        t0 = time.time()
        status, state = "ERR", "-"
        try:
            if conn is None:
                conn = http.client.HTTPConnection(host, port, timeout=60)
            conn.request("POST", "/api/days/%s/registrations" % day, body, {"Content-Type": "application/json",
                         "Accept": "application/json", "Idempotency-Key": "memory-%s-%d" % (run, i)})
            response = conn.getresponse()
            data = response.read()
            status = str(response.status)
            if response.status == 201:
                state = json.loads(data).get("status", "-")
            if response.getheader("Connection", "").lower() == "close":
                conn.close(); conn = None
        except Exception as ex:
            status = "ERR:" + type(ex).__name__
            try:
                conn.close()
            except Exception:
                pass
            conn = None
        with lock:
            lines.append("%s %s %d" % (status, state, (time.time() - t0) * 1000))
threads = [threading.Thread(target=worker) for _ in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
open(out, "w").write("\n".join(lines) + "\n")
PY

# ---------------------------------------------------------------- the app, its heap and the page probes
# start_app_for DB: the app on a free port with demo and national-scale data; waits for readiness UP.
start_app_for() {
	local db=$1 t0 rc
	PORT=$(free_port)
	BASE="http://$HOST:$PORT"
	local args=(-Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "-Xlog:gc:file=$DIR/gc-%p.log:uptime" -jar "$JAR_ABS"
		--server.port="$PORT" --server.address="$HOST" --spirekassen.demo.enabled=true
		--spirekassen.national-scale.enabled=true --spirekassen.national-scale.factor="$FACTOR"
		--spirekassen.registration.max-per-address-per-minute=1000000)
	t0=$(now_ms)
	if [ "$db" = pg ]; then
		DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" \
			SPIREKASSEN_DEMO=true SPIREKASSEN_BASE_URL="$BASE" \
			"$JAVA17" "${args[@]}" --spring.profiles.active=postgres >>"$DIR/app.log" 2>&1 &
	else
		(cd "$DIR" && exec "$JAVA17" "${args[@]}" --spirekassen.base-url="$BASE") >>"$DIR/app.log" 2>&1 &
	fi
	APP_PID=$!
	while :; do
		case "$(curl -s -m 5 "$BASE/actuator/health/readiness" || true)" in *'"UP"'*) break ;; esac
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			rc=0; wait "$APP_PID" 2>/dev/null || rc=$?
			tail -n 30 "$DIR/app.log" >&2
			die "the app exited (status $rc) before it was ready"
		fi
		[ $(( $(now_ms) - t0 )) -lt $(( START_TIMEOUT * 1000 )) ] || die "the app was not ready within $START_TIMEOUT s"
		sleep 1
	done
	STARTS=$(( ${STARTS:-0} + 1 ))
	log "app ready on $BASE after $(( ($(now_ms) - t0) / 1000 )) s (pid $APP_PID, start $STARTS)"
	# the heap every 250 ms, each line prefixed with the wall clock in microseconds
	setsid bash -c 'exec "$0" -gc -t "$1" 250 2>/dev/null | while IFS= read -r line; do
		printf "%s %s\n" "${EPOCHREALTIME/./}" "$line"; done' "$JSTAT" "$APP_PID" >>"$DIR/heap.txt" &
	SAMPLER_PID=$!
}

# ensure_app DB: starts the app again if it died in the phase before
ensure_app() {
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then return 0; fi
	stop_group "$SAMPLER_PID"; SAMPLER_PID=""
	log "starting the app again on the same database"
	start_app_for "$1"
}

start_probes() { # every second: / and /organisationer, "wall_ms path status seconds" per line
	setsid bash -c 'while :; do
		for path in / /organisationer; do
			r=$(curl -s -o /dev/null -m 10 -w "%{http_code} %{time_total}" "$0$path" 2>/dev/null) || true
			echo "$(( ${EPOCHREALTIME/./} / 1000 )) $path ${r:-000 10}"
		done
		sleep 1
	done' "$BASE" >>"$1" &
	PROBE_PID=$!
}

# editable_projects JAR N: up to N projects the signed-in member may add files to (from the member's dashboard)
editable_projects() {
	local id found=0
	for id in $(curl -s -m 120 -b "$1" "$BASE/mit-overblik" | grep -o 'href="/projekter/[0-9]*"' | grep -o '[0-9]*' | awk '!seen[$0]++' | head -n 100); do
		if [ "$(curl -s -m 60 -o /dev/null -w '%{http_code}' -b "$1" "$BASE/projekter/$id/filer/ny")" = 200 ]; then
			echo "$id"
			found=$(( found + 1 ))
			[ "$found" -lt "$2" ] || break
		fi
	done
	[ "$found" -gt 0 ]
}

# upload JAR PROJECT TOKEN TITLE BODY_FILE → "status seconds redirect"
upload() {
	curl -s -m 600 -b "$1" -o "$5" -w '%{http_code} %{time_total} %{redirect_url}' -H 'Expect:' \
		-F "_csrf=$3" -F "title=$4" -F "publicResult=true" -F "file=@$PDF;type=application/pdf;filename=vaerktoejskasse.pdf" \
		"$BASE/projekter/$2/filer" || true
}

# ---------------------------------------------------------------- phases
# run_phase NAME FUNCTION DB: the function under heap sampling and page probes; notes whether the JVM survived
run_phase() {
	local name=$1 fn=$2 db=$3 t0 t1 rc
	ensure_app "$db"
	mkdir -p "$DIR/$name"
	: >"$DIR/$name/result.txt"
	start_probes "$DIR/$name/probes.txt"
	local seen; seen=$(wc -l <"$DIR/app.log")
	log "phase $name"
	t0=${EPOCHREALTIME/./}
	"$fn" "$DIR/$name" || log "phase $name: the load itself reported a problem"
	t1=${EPOCHREALTIME/./}
	stop_group "$PROBE_PID"; PROBE_PID=""
	echo "$name $t0 $t1" >>"$DIR/phases.txt"
	if kill -0 "$APP_PID" 2>/dev/null; then
		echo "alive" >"$DIR/$name/jvm.txt"
	else
		rc=0; wait "$APP_PID" 2>/dev/null || rc=$?
		tail -n +"$(( seen + 1 ))" "$DIR/app.log" >"$DIR/$name/app-until-death.log"
		if grep -q 'OutOfMemoryError' "$DIR/$name/app-until-death.log"; then
			echo "**died**: exit status $rc, $(grep -o 'Terminating due to java.lang.OutOfMemoryError.*' "$DIR/$name/app-until-death.log" | tail -n1 | cut -c1-80)" >"$DIR/$name/jvm.txt"
		else
			echo "**died**: exit status $rc" >"$DIR/$name/jvm.txt"
		fi
		log "phase $name: the JVM died ($(cat "$DIR/$name/jvm.txt"))"
		APP_PID=""
	fi
	log "phase $name: $(cat "$DIR/$name/result.txt" | head -n 3 | paste -sd' ')"
}

phase_upload() { # DIR
	local answer token file
	login "$DIR/owner.jar" "$OWNER"
	PROJECT=$(editable_projects "$DIR/owner.jar" 1) || { echo "no project $OWNER may add files to" >"$1/result.txt"; return 1; }
	token=$(csrf_from "$BASE/projekter/$PROJECT/filer/ny" "$DIR/owner.jar")
	answer=$(upload "$DIR/owner.jar" "$PROJECT" "$token" "Værktøjskasse (25 MB)" "$1/body.html")
	echo "$answer" >"$1/answers.txt"
	FILE_ID=""
	if [[ "$answer" == 302* ]] && kill -0 "$APP_PID" 2>/dev/null; then
		FILE_ID=$(curl -s -m 60 "$BASE/projekter/$PROJECT" | grep -o "/projekter/$PROJECT/filer/[0-9]*\"" | grep -o '[0-9]*"' | tr -d '"' | sort -n | tail -n1)
	fi
	if [ -n "$FILE_ID" ]; then
		echo "accepted: project $PROJECT, file $FILE_ID; status ${answer%% *} after $(awk '{printf "%.1f", $2}' <<<"$answer") s" >"$1/result.txt"
	else
		echo "not stored: status ${answer:-none} (project $PROJECT; see body.html)" >"$1/result.txt"
		return 1
	fi
}

phase_downloads() { # DIR
	local i
	if [ -z "${FILE_ID:-}" ]; then
		echo "skipped: no file was uploaded" >"$1/result.txt"
		return 1
	fi
	for i in $(seq 1 "$DOWNLOADS"); do
		( set -o pipefail
		  curl -s -m 600 --limit-rate "$RATE" -o - -w '%{stderr}%{http_code} %{size_download} %{time_total}' \
			"$BASE/projekter/$PROJECT/filer/$FILE_ID" 2>"$1/meta-$i.txt" | sha256sum | cut -c1-64 >"$1/sha-$i.txt" ) &
	done
	wait_clients
	for i in $(seq 1 "$DOWNLOADS"); do
		code=none size=0 secs=0
		read -r code size secs <"$1/meta-$i.txt" || true
		ok=no
		[ "$code" = 200 ] && [ "$size" = "$FILE_BYTES" ] && [ "$(cat "$1/sha-$i.txt")" = "$PDF_SHA" ] && ok=yes
		echo "${code:-none} $size ${secs:-0} $ok"
	done >"$1/answers.txt"
	summarise "$1" "complete and identical"
}

phase_uploads() { # DIR
	local i token projects
	login "$DIR/national.jar" "$NATIONAL"
	read -r -a projects <<<"$(editable_projects "$DIR/national.jar" "$UPLOADS" | paste -sd' ')"
	[ ${#projects[@]} -gt 0 ] || { echo "no project $NATIONAL may add files to" >"$1/result.txt"; return 1; }
	token=$(csrf_from "$BASE/projekter/${projects[0]}/filer/ny" "$DIR/national.jar")
	for i in $(seq 1 "$UPLOADS"); do
		( answer=$(upload "$DIR/national.jar" "${projects[$(( (i - 1) % ${#projects[@]} ))]}" "$token" \
			"Værktøjskasse $i (25 MB)" "$1/body-$i.html")
		  read -r code secs _ <<<"$answer"
		  echo "${code:-none} 0 ${secs:-0} $([ "${code:-}" = 302 ] && echo yes || echo no)" >"$1/answer-$i.txt" ) &
	done
	wait_clients
	for i in $(seq 1 "$UPLOADS"); do cat "$1/answer-$i.txt"; done >"$1/answers.txt"
	summarise "$1" "stored (302)"
}

phase_exports() { # DIR
	local round path format i n=0
	login "$DIR/secretariat.jar" "$SECRETARIAT"
	for round in $(seq 1 "$EXPORT_ROUNDS"); do
		for path in "${EXPORTS[@]}"; do
			for format in csv xlsx; do
				n=$(( n + 1 ))
				( r=$(curl -s -m 600 -b "$DIR/secretariat.jar" -o /dev/null -w '%{http_code} %{size_download} %{time_total}' \
					"$BASE$path?format=$format") || true
				  read -r code size secs <<<"$r"
				  echo "${code:-none} ${size:-0} ${secs:-0} $([ "${code:-}" = 200 ] && [ "${size:-0}" -gt 1000 ] && echo yes || echo no) $path?format=$format" \
					>"$1/answer-$n.txt" ) &
			done
		done
		wait_clients
	done
	for i in $(seq 1 "$n"); do cat "$1/answer-$i.txt"; done >"$1/answers.txt"
	summarise "$1" "complete (200)"
	# the size of each export, from its first complete answer
	awk '$4 == "yes" && !seen[$5]++ {printf "%s%s %.1f MB", (n++ ? ", " : ""), $5, $2 / 1e6} END {if (n) print "."}' \
		"$1/answers.txt" >"$1/sizes.txt"
}

phase_burst() { # DIR
	local token answer day starts ends opens closes
	login "$DIR/secretariat.jar" "$SECRETARIAT"
	token=$(csrf_from "$BASE/sekretariat/udviklingsdage/ny" "$DIR/secretariat.jar")
	starts=$(TZ=Europe/Copenhagen date -d '+30 days' +%Y-%m-%dT09:00)
	ends=$(TZ=Europe/Copenhagen date -d '+30 days' +%Y-%m-%dT16:00)
	opens=$(TZ=Europe/Copenhagen date -d '-1 hour' +%Y-%m-%dT%H:%M)
	closes=$(TZ=Europe/Copenhagen date -d '+29 days' +%Y-%m-%dT%H:%M)
	answer=$(curl -s -m 60 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$DIR/secretariat.jar" \
		--data-urlencode "_csrf=$token" --data-urlencode "title=Udviklingsdag (hukommelsestest)" \
		--data-urlencode "region=MIDTJYLLAND" --data-urlencode "venue=Aarhus Kulturhus" \
		--data-urlencode "address=Vestergade 12, 8000 Aarhus C" --data-urlencode "startsAt=$starts" \
		--data-urlencode "endsAt=$ends" --data-urlencode "capacity=$CAPACITY" \
		--data-urlencode "registrationOpensAt=$opens" --data-urlencode "registrationClosesAt=$closes" \
		--data-urlencode "organisers=Spirekassen" "$BASE/sekretariat/udviklingsdage") || true
	day=$(sed -n 's#^302 .*/sekretariat/udviklingsdage/\([0-9]*\).*#\1#p' <<<"$answer")
	[ -n "$day" ] || { echo "no day: the form answered ${answer:-nothing}" >"$1/result.txt"; return 1; }
	python3 "$OUT_ABS/burst.py" "$HOST" "$PORT" "$day" "$BURST" "$BURST_RATE" "$BURST_CLIENTS" "$1/raw.txt" \
		"$(date +%s)-$RANDOM"
	awk '{print $1, 0, $3 / 1000, ($1 == 201 ? "yes" : "no"), $2}' "$1/raw.txt" >"$1/answers.txt"
	summarise "$1" "registered (201)"
	awk -v cap="$CAPACITY" '$1 == 201 {s[$2]++} END {printf "Day %s: CONFIRMED %d (capacity %d), WAITLISTED %d.\n", day, s["CONFIRMED"], cap, s["WAITLISTED"]}' \
		day="$day" "$1/raw.txt" >"$1/seats.txt"
}

wait_clients() { # every background client of this shell except the app, the sampler and the probes
	local pid
	for pid in $(jobs -p); do
		case " $APP_PID $SAMPLER_PID $PROBE_PID " in *" $pid "*) continue ;; esac
		wait "$pid" 2>/dev/null || true
	done
}

# summarise DIR WHAT: "N answers: <status counts>; <ok> WHAT; mean/max seconds" from answers.txt
# (lines: status bytes seconds ok ...)
summarise() {
	awk -v what="$2" '
		{n++; codes[$1]++; if ($4 == "yes") ok++; s += $3; if ($3 > max) max = $3}
		END {
			line = ""
			for (c in codes) line = line (line == "" ? "" : ", ") c " × " codes[c]
			printf "%d answers (%s); %d %s; %.1f s mean, %.1f s max.\n", n, line, ok, what, (n ? s / n : 0), max
		}' "$1/answers.txt" >"$1/result.txt"
	[ "$(awk '$4 != "yes"' "$1/answers.txt" | wc -l)" -eq 0 ]
}

# ---------------------------------------------------------------- figures per phase
# phase_heap DIR NAME → "peak_used_mb peak_old_mb young_gcs full_gcs samples" over the phase's time
phase_heap() {
	local start end
	read -r _ start end < <(grep "^$2 " "$1/phases.txt" | tail -n1)
	awk -v start="$start" -v end="$end" '
		$2 == "Timestamp" {for (i = 2; i <= NF; i++) col[$i] = i; next}
		!("OU" in col) || $2 !~ /^[0-9.]+$/ {next}
		{
			ygc = $col["YGC"]; fgc = $col["FGC"]
			# counters start again with a new JVM: count increases only
			if (ygc > last_ygc && last_ygc != "") young += (inphase ? ygc - last_ygc : 0)
			if (fgc > last_fgc && last_fgc != "") full += (inphase ? fgc - last_fgc : 0)
			inphase = ($1 >= start && $1 <= end)
			last_ygc = ygc; last_fgc = fgc
			if (!inphase) next
			n++
			used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024
			old = $col["OU"] / 1024
			if (used > peak) peak = used
			if (old > peak_old) peak_old = old
		}
		END {printf "%.0f %.0f %d %d %d\n", peak, peak_old, young, full, n}' "$1/heap.txt"
}

# phase_probes DIR NAME → "probes failures max_seconds"
phase_probes() {
	awk '{n++; if ($3 != 200) bad++; if ($4 > max) max = $4} END {printf "%d %d %.2f\n", n, bad, max}' "$1/$2/probes.txt"
}

# ---------------------------------------------------------------- one database
FAILS=()
run_database() {
	local db=$1 t0 name
	DIR="$OUT_ABS/$db"
	rm -rf "$DIR"
	mkdir -p "$DIR"
	: >"$DIR/phases.txt"
	STARTS=0
	if [ "$db" = pg ]; then
		pg_isready -h "$PGHOST" -p "$PGPORT" -q || die "PostgreSQL does not answer on $PGHOST:$PGPORT"
		PG_DB="${DB_PREFIX}_$(date +%s)_$$"
		createdb "$PG_DB"
		log "database $PG_DB"
	fi
	t0=$(now_ms)
	log "$db: starting the app with demo and national-scale data (factor $FACTOR; the first start writes it)"
	start_app_for "$db"
	FIRST_START_S=$(( ($(now_ms) - t0) / 1000 ))
	GENERATED=$(grep -o 'National-scale data: [0-9]* rows in [0-9.]* s' "$DIR/app.log" | tail -n1 || true)
	for name in upload downloads uploads exports burst; do
		run_phase "$name" "phase_$name" "$db"
	done
	stop_all
	report "$db" "$(( ($(now_ms) - t0) / 1000 ))"
	if [ "$db" = pg ]; then
		psql -X -q -d postgres -c "drop database if exists $PG_DB with (force)" >/dev/null 2>&1 || true
		log "dropped $PG_DB"
		PG_DB=""
	fi
}

# report DB SECONDS: the block for this database, written between its markers in $DOC
report() {
	local db=$1 seconds=$2 name label begin end block heap probes ok_all=yes
	local title; [ "$db" = pg ] && title="PostgreSQL $(psql -X -At -d postgres -c 'show server_version' | awk '{print $1}')" || title="H2 (embedded file database)"
	begin="<!-- memory-$db:begin (written by bench/memory.sh; edit outside these markers) -->"
	end="<!-- memory-$db:end -->"
	{
		echo "$begin"
		echo "#### $title"
		echo
		echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bash bench/memory.sh $db\` on commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml bench 2>/dev/null || echo ' (with uncommitted changes)');"
		echo "\`java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar $(basename "$JAR")\` with demo data and national-scale data at factor $FACTOR."
		echo "First start (migrations, demo data, national-scale data, until ready): $FIRST_START_S s${GENERATED:+; the generator logged \"$GENERATED\"}."
		echo "Whole run: $(( seconds / 60 )) min $(( seconds % 60 )) s; the app was started $STARTS time(s). Load average at the end: $(loadavg)."
		echo
		echo "| phase | answers | heap peak used / old gen (MB, max $HEAP) | GCs young / full | pages during the phase | JVM |"
		echo "|---|---|---|---|---|---|"
		for name in upload downloads uploads exports burst; do
			case $name in
				upload) label="1 upload of a 25 MB PDF (public result)" ;;
				downloads) label="$DOWNLOADS downloads of it at once, $RATE/s each" ;;
				uploads) label="$UPLOADS uploads of 25 MB at once" ;;
				exports) label="$EXPORT_ROUNDS × 8 full exports at once (CSV + XLSX × 4 lists)" ;;
				burst) label="registration burst: $BURST attempts at $BURST_RATE/s, ≤ $BURST_CLIENTS clients" ;;
			esac
			if grep -q "^$name " "$DIR/phases.txt"; then
				read -r peak old young full samples < <(phase_heap "$DIR" "$name")
				read -r pn pbad pmax < <(phase_probes "$DIR" "$name")
			else
				peak=? old=? young=? full=? pn=0 pbad=0 pmax=0
			fi
			local extra=""
			[ -s "$DIR/$name/sizes.txt" ] && extra=" Sizes: $(cat "$DIR/$name/sizes.txt")"
			[ -f "$DIR/$name/seats.txt" ] && extra=" $(cat "$DIR/$name/seats.txt")"
			echo "| $label | $(head -n1 "$DIR/$name/result.txt")$extra | $peak / $old | $young / $full | $pn probes, $pbad failed, slowest $pmax s | $(cat "$DIR/$name/jvm.txt") |"
			if [ "$pbad" != 0 ] || grep -q 'died' "$DIR/$name/jvm.txt" || ! grep -qE '^(accepted|[0-9]+ answers)' "$DIR/$name/result.txt" \
				|| { [ -f "$DIR/$name/answers.txt" ] && [ "$name" != upload ] && [ "$(awk '$4 != "yes"' "$DIR/$name/answers.txt" | wc -l)" -gt 0 ]; }; then
				ok_all=no
				FAILS+=("$db $name")
			fi
		done
		echo
		echo "Verdict: $([ $ok_all = yes ] && echo '**bounded**: every answer complete, every page probe answered, the JVM alive throughout.' || echo '**not bounded**: see the rows above (errors, failed page probes or a JVM that died).')"
		echo "$end"
	} >"$DIR/block.md"
	write_block "$begin" "$end" "$DIR/block.md"
	log "$db: wrote $DOC"
	cat "$DIR/block.md" >&2
}

for target in "${TARGETS[@]}"; do
	run_database "$target"
done
if [ ${#FAILS[@]} -gt 0 ]; then
	log "not bounded: ${FAILS[*]}"
	exit 1
fi
log "bounded on ${TARGETS[*]}"
