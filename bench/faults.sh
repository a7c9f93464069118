#!/usr/bin/env bash
# Fault tests (issue 9, section 7): what the app does when it is killed, loses its database, or is stopped under load.
#
#   bash bench/faults.sh kill9|outage|shutdown-h2|shutdown-pg|all
#
# kill9        a registration burst (KILL9_ATTEMPTS attempts in about KILL9_SECONDS s, KILL9_WORKERS clients) on a day
#              of KILL9_CAPACITY seats, PostgreSQL; `kill -9` of the app KILL9_AFTER s into the burst; the app is
#              started again on the same database and SMTP server (GreenMail). Checks: every attempt answered 201 is in
#              `registration`, no day over capacity, and every registration (confirmed or waitlisted) has its
#              confirmation mail SENT (outbox row, cross-checked with GreenMail's recipients) within MAIL_WAIT s.
# outage       the app reaches PostgreSQL through a TCP proxy (socat) on 127.0.0.1; while clients browse pages and
#              register, the proxy (with its open connections) is killed for OUTAGE_SECONDS s and started again.
#              Checks: every answer during the outage is 503 with the Danish text and no stack trace (or 2xx), readiness
#              is DOWN (503) during the outage and UP again afterwards without a restart, every 201 is in the database,
#              every registration has its REGISTERED event and its mail row, no day over capacity.
# shutdown-h2  steady load of page GETs and registrations on the embedded default (fresh H2 file database, demo data),
# shutdown-pg  or on PostgreSQL; SIGTERM to the app SHUTDOWN_AFTER s into the load. Checks: no 5xx (a refused or reset
#              connection once the port is closed is counted apart), every 201 is in the database.
#
# All traffic goes to 127.0.0.1. Every process the script starts (app, GreenMail, proxy, clients) is stopped and every
# database it creates is dropped on exit. Logs, answers and the summary: $OUT (default /tmp/faults/out-<time>).
# The figures are printed as a table at the end (and kept in $OUT/summary.txt); docs/RELIABILITY.md quotes them.
# Exit status 1 when a check fails.
#
# Knobs (environment): KILL9_ATTEMPTS (2000), KILL9_SECONDS (10), KILL9_WORKERS (16), KILL9_CAPACITY (100: full before the kill),
# KILL9_AFTER (3), KILL9_WARMUP (300 attempts on another day first; 0: none), MAIL_WAIT (180), OUTAGE_SECONDS (30), OUTAGE_BEFORE (10), OUTAGE_AFTER (20), SHUTDOWN_AFTER (15),
# LOAD_WORKERS (8), HIKARI_TIMEOUT_MS (3000), CATCH_UP (PT10S), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# JAVA17_HOME, START_TIMEOUT (180), GREENMAIL_JAR (from ~/.m2), OUT.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_TAG=faults
source bench/lib.sh

KILL9_ATTEMPTS=${KILL9_ATTEMPTS:-2000}
KILL9_SECONDS=${KILL9_SECONDS:-10}
KILL9_WORKERS=${KILL9_WORKERS:-16}
KILL9_CAPACITY=${KILL9_CAPACITY:-100}
KILL9_AFTER=${KILL9_AFTER:-3}
KILL9_WARMUP=${KILL9_WARMUP:-300}
MAIL_WAIT=${MAIL_WAIT:-180}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-30}
OUTAGE_BEFORE=${OUTAGE_BEFORE:-10}
OUTAGE_AFTER=${OUTAGE_AFTER:-20}
SHUTDOWN_AFTER=${SHUTDOWN_AFTER:-15}
LOAD_WORKERS=${LOAD_WORKERS:-8}
HIKARI_TIMEOUT_MS=${HIKARI_TIMEOUT_MS:-3000}
CATCH_UP=${CATCH_UP:-PT10S}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
START_TIMEOUT=${START_TIMEOUT:-180}
GREENMAIL_JAR=${GREENMAIL_JAR:-$HOME/.m2/repository/com/icegreen/greenmail-standalone/2.1.3/greenmail-standalone-2.1.3.jar}
OUT=${OUT:-/tmp/faults/out-$(date +%Y%m%d-%H%M%S)}
HOST=127.0.0.1
DANISH_503='midlertidigt utilgængelig'

usage() { sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -eq 1 ] || usage
case "$1" in kill9 | outage | shutdown-h2 | shutdown-pg | all) ;; *) usage ;; esac

command -v psql >/dev/null 2>&1 || die "psql is needed"
command -v python3 >/dev/null 2>&1 || die "python3 is needed (the load clients)"
command -v curl >/dev/null 2>&1 || die "curl is needed"
JAVA17=$(java17)
JAR=$(built_jar)
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"
FAILS=()

# ---------------------------------------------------------------- processes and databases, cleaned up on exit
APP_PID=""
GM_PID=""
PROXY_PID=""
LOAD_PID=""
PROBE_PID=""
DBS=()
stop_pid() { # PID: TERM, then KILL after 5 s
	[ -n "${1:-}" ] || return 0
	kill -TERM "$1" 2>/dev/null || true
	local i
	for i in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
	kill -KILL "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}
stop_proxy() { # socat and the children it forked for open connections: its own process group (setsid)
	[ -n "$PROXY_PID" ] || return 0
	kill -KILL -- "-$PROXY_PID" 2>/dev/null || true
	wait "$PROXY_PID" 2>/dev/null || true
	PROXY_PID=""
}
cleanup() {
	stop_pid "$LOAD_PID"; LOAD_PID=""
	stop_pid "$PROBE_PID"; PROBE_PID=""
	stop_app
	stop_proxy
	stop_pid "$GM_PID"; GM_PID=""
	local db
	for db in "${DBS[@]}"; do
		psql -X -q -d postgres -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
	done
	[ ${#DBS[@]} -eq 0 ] || log "stopped what was started; dropped ${DBS[*]}"
}
trap cleanup EXIT
trap 'log "failed at line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

new_db() { # a fresh database in DB, dropped on exit (not in a subshell: DBS must keep it)
	DB="faults_$(date +%s)_$$_$RANDOM"
	createdb "$DB"
	DBS+=("$DB")
}
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$DB" "$@"; }
q() { psql_db -c "$1"; }
check() { if [ "$2" = "$3" ]; then log "ok: $1 = $2"; else log "FAILED: $1 = $2 (expected $3)"; FAILS+=("$1: $2 (expected $3)"); fi; }
check_le() { if [ "$2" -le "$3" ]; then log "ok: $1 = $2 (≤ $3)"; else log "FAILED: $1 = $2 (expected ≤ $3)"; FAILS+=("$1: $2 (expected ≤ $3)"); fi; }
row() { printf '%-12s | %-44s | %s\n' "$1" "$2" "$3" | tee -a "$SUMMARY" >&2; }

# ---------------------------------------------------------------- GreenMail, the app, the proxy
start_greenmail() {
	[ -f "$GREENMAIL_JAR" ] || die "no GreenMail jar at $GREENMAIL_JAR (mvn dependency:get -Dartifact=com.icegreen:greenmail-standalone:2.1.3)"
	SMTP_PORT=$(free_port)
	GM_API_PORT=$(free_port)
	"$JAVA17" -Xmx256m -Dgreenmail.smtp.hostname="$HOST" -Dgreenmail.smtp.port="$SMTP_PORT" \
		-Dgreenmail.api.hostname="$HOST" -Dgreenmail.api.port="$GM_API_PORT" -Dgreenmail.auth.disabled \
		-jar "$GREENMAIL_JAR" >"$OUT/$TEST/greenmail.log" 2>&1 &
	GM_PID=$!
	local i
	for i in $(seq 1 120); do
		curl -sf -m 2 "http://$HOST:$GM_API_PORT/api/configuration" >/dev/null 2>&1 && break
		kill -0 "$GM_PID" 2>/dev/null || die "GreenMail exited (see $OUT/$TEST/greenmail.log)"
		sleep 0.5
	done
	log "GreenMail: SMTP $HOST:$SMTP_PORT, API $HOST:$GM_API_PORT"
}
# distinct recipients GreenMail has taken mail for, whose address starts with $1
greenmail_recipients() {
	curl -sf -m 20 "http://$HOST:$GM_API_PORT/api/user" | python3 -c '
import json, sys
print(sum(1 for u in json.load(sys.stdin) if u.get("email", "").startswith(sys.argv[1])))' "$1"
}

# start_app LOGNAME ARGS... : the app on $PORT, env DATABASE_URL etc. from the caller; waits for readiness UP
start_app() {
	local name=$1 t0
	shift
	t0=$(now_ms)
	SPIREKASSEN_BASE_URL="http://$HOST:$PORT" "$JAVA17" -jar "$JAR" --server.port="$PORT" --server.address="$HOST" \
		--spirekassen.registration.max-per-address-per-minute=1000000 "$@" >>"$OUT/$TEST/$name.log" 2>&1 &
	APP_PID=$!
	while :; do
		case "$(curl -s -m 5 "http://$HOST:$PORT/actuator/health/readiness" || true)" in *'"UP"'*) break ;; esac
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$OUT/$TEST/$name.log" >&2; die "the app exited before it was ready"; }
		[ $(( $(now_ms) - t0 )) -lt $(( START_TIMEOUT * 1000 )) ] || die "the app was not ready within $START_TIMEOUT s"
		sleep 0.3
	done
	log "app ready on $HOST:$PORT after $(( $(now_ms) - t0 )) ms (pid $APP_PID, log $OUT/$TEST/$name.log)"
}
pg_app_env() { # DB [JDBC_PORT]
	export DATABASE_URL="jdbc:postgresql://$PGHOST:${2:-$PGPORT}/$1" DATABASE_USER="$PGUSER" DATABASE_PASSWORD="" SPIREKASSEN_DEMO=false
}
start_proxy() { # $PROXY_PORT → PostgreSQL, in its own process group
	setsid socat "TCP-LISTEN:$PROXY_PORT,bind=$HOST,reuseaddr,fork" "TCP:$PGHOST:$PGPORT" >>"$OUT/$TEST/proxy.log" 2>&1 &
	PROXY_PID=$!
	local i
	for i in $(seq 1 50); do (exec 3<>"/dev/tcp/$HOST/$PROXY_PORT") 2>/dev/null && return 0; sleep 0.1; done
	die "the proxy did not listen on $PROXY_PORT"
}

# A day by SQL, as bench/registration-burst.sh makes them: registration open, CAPACITY seats.
new_day() { # TITLE CAPACITY
	q "insert into development_day (id, title, region, venue, address, starts_at, ends_at, capacity,
		registration_opens_at, registration_closes_at, organisers, version, created_at, updated_at)
		values (nextval('development_day_seq'), '$1', 'MIDTJYLLAND', 'Fault Hall', 'Fejlvej 1, 8000 Aarhus C',
		now() + interval '30 days', now() + interval '30 days 7 hours', $2, now() - interval '1 hour',
		now() + interval '29 days', 'Spirekassen', 0, now(), now()) returning id" | head -n1
}

# ---------------------------------------------------------------- the load clients (python3, standard library only)
write_client() {
	cat >"$OUT/client.py" <<'PY'
"""Load clients for bench/faults.sh. One line per request in the --out file:
   sent_ms kind target status elapsed_ms detail flags
sent_ms: when the request was sent, in milliseconds since the epoch (the shell's clock, date +%s%N);
kind: reg (POST a registration) or get (a page); status: the HTTP status, or REFUSED/RESET/TIMEOUT/ERR when there
was no answer; detail: the registration's status for 2xx registrations; flags: danish (the 503 text), trace (the body
looks like a stack trace)."""
import argparse, http.client, json, os, re, socket, sys, threading, time, uuid

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--day", type=int, required=True)
p.add_argument("--out", required=True)
p.add_argument("--prefix", required=True)
p.add_argument("--workers", type=int, default=8)
p.add_argument("--reg-workers", type=int, default=None, help="workers that register; the others GET pages")
p.add_argument("--attempts", type=int, default=0, help="registrations in all (0: until --seconds or the stop file)")
p.add_argument("--rate", type=float, default=0, help="registrations per second offered (0: as fast as answered)")
p.add_argument("--seconds", type=float, default=600)
p.add_argument("--pause", type=float, default=0.0, help="pause after each request of a worker")
p.add_argument("--stop-file", default=None)
a = p.parse_args()
reg_workers = a.workers if a.reg_workers is None else a.reg_workers
pages = ["/udviklingsdage", "/organisationer", f"/api/days/{a.day}", f"/udviklingsdage/{a.day}", "/"]
TRACE = re.compile(r"(\bat [a-z][\w$]*\.[\w.$]+\(|Exception|\.java:\d+)")
lock = threading.Lock()
out = open(a.out, "w", buffering=1)
counter = [0]
t0 = time.monotonic()
t0_epoch_ms = time.time() * 1000
stop = threading.Event()

def next_attempt():
    with lock:
        if a.attempts and counter[0] >= a.attempts:
            return None
        counter[0] += 1
        return counter[0]

def write(line):
    with lock:
        out.write(line + "\n")

def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    return r.status, r.read().decode("utf-8", "replace")

def worker(n):
    conn = None
    registering = n < reg_workers
    g = 0
    while not stop.is_set():
        if time.monotonic() - t0 > a.seconds or (a.stop_file and os.path.exists(a.stop_file)):
            break
        if registering:
            i = next_attempt()
            if i is None:
                break
            if a.rate:
                due = t0 + (i - 1) / a.rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            email = f"{a.prefix}-{i}@faults.example.org"
            target = email
            body = json.dumps({"name": f"Fejl Test {i}", "email": email, "participantType": "RESIDENT",
                               "consent": True})
            headers = {"Content-Type": "application/json", "Accept": "application/json",
                       "Idempotency-Key": str(uuid.uuid4())}
            method, path = "POST", f"/api/days/{a.day}/registrations"
        else:
            path = pages[g % len(pages)]
            g += 1
            accept = "application/json" if path.startswith("/api/") else "text/html"
            target, body, headers, method = path, None, {"Accept": accept}, "GET"
        start = time.monotonic()
        detail, flags = "-", "-"
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=60)
            status, text = request(conn, method, path, body, headers)
            if registering and status in (200, 201):
                try:
                    detail = json.loads(text).get("status", "?")
                except ValueError:
                    detail = "?"
            if status >= 400:
                f = []
                if "midlertidigt utilgængelig" in text:
                    f.append("danish")
                if TRACE.search(text):
                    f.append("trace")
                flags = ",".join(f) or "-"
        except ConnectionRefusedError:
            status = "REFUSED"
        except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected, http.client.BadStatusLine):
            status = "RESET"
        except socket.timeout:
            status = "TIMEOUT"
        except OSError as e:
            status = "ERR:" + type(e).__name__
        if not isinstance(status, int):
            try:
                conn.close()
            except Exception:
                pass
            conn = None
        elapsed = (time.monotonic() - start) * 1000
        write(f"{(start - t0) * 1000 + t0_epoch_ms:.0f} {'reg' if registering else 'get'} {target} {status} {elapsed:.0f} {detail} {flags}")
        if status == "REFUSED":
            time.sleep(0.05)
        elif a.pause:
            time.sleep(a.pause)

threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(a.workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
PY
}
# LOGFILE → "total 2xx 4xx 5xx noanswer" (all requests)
tally() {
	awk '{s = $4; n++; if (s ~ /^2/) ok++; else if (s ~ /^4/) c4++; else if (s ~ /^5/) c5++; else none++}
		END {printf "%d %d %d %d %d\n", n, ok, c4, c5, none}' "$1"
}
# T0 FILE...: the first column (ms since the epoch) made relative to T0
relative() {
	local t0=$1 f
	shift
	for f in "$@"; do awk -v t0="$t0" '{$1 = $1 - t0; print}' "$f" | sort -n -k1,1 >"$f.tmp" && mv "$f.tmp" "$f"; done
}
statuses() { awk '{print $4}' "$@" | sort | uniq -c | sort -rn | awk '{printf "%s%s: %s", (NR > 1 ? ", " : ""), $2, $1}'; }
# the emails answered 201 into table faults_answer (email, status)
load_answers() { # ANSWERFILE
	q "create table if not exists faults_answer (email varchar(254), status varchar(12))"
	q "truncate faults_answer"
	awk '$2 == "reg" && $4 == 201 {print $3 "," $6}' "$1" >"$OUT/$TEST/answers-201.csv"
	psql_db -c "\\copy faults_answer from '$OUT/$TEST/answers-201.csv' with (format csv)"
	q "create table if not exists faults_unanswered (email varchar(254))"
	q "truncate faults_unanswered"
	awk '$2 == "reg" && $4 !~ /^[0-9]+$/ && $4 != "REFUSED" {print $3}' "$1" >"$OUT/$TEST/unanswered.csv"
	psql_db -c "\\copy faults_unanswered from '$OUT/$TEST/unanswered.csv' with (format csv)"
}
# registration attempts without an answer (reset, timeout; not refused: those never reached the app) that are nevertheless in the database: answers lost
unanswered_in_db() { q "select count(*) from faults_unanswered u join registration r on r.day_id = $1 and lower(r.email) = lower(u.email)"; }
# registrations (confirmed or waitlisted) of DAY without a SENT mail to their address
mails_missing() { q "select count(*) from registration r where r.day_id = $1 and r.status in ('CONFIRMED', 'WAITLISTED')
	and not exists (select 1 from outgoing_mail m where lower(m.recipient) = lower(r.email) and m.status = 'SENT')"; }

# ---------------------------------------------------------------- kill -9 mid-burst
test_kill9() {
	TEST=kill9; mkdir -p "$OUT/$TEST"
	log "== kill9: $KILL9_ATTEMPTS attempts in ~$KILL9_SECONDS s, kill -9 after $KILL9_AFTER s"
	new_db; pg_app_env "$DB"
	start_greenmail
	PORT=$(free_port)
	local args=(--spring.profiles.active=postgres --spring.mail.host="$HOST" --spring.mail.port="$SMTP_PORT"
		--spirekassen.registration.mail-catch-up-after="$CATCH_UP" --spirekassen.registration.mail-catch-up-every="$CATCH_UP")
	start_app app "${args[@]}"
	local day warm prefix="kill9-$$" t_kill
	day=$(new_day 'Udviklingsdag (kill -9)' "$KILL9_CAPACITY")
	if [ "$KILL9_WARMUP" -gt 0 ]; then
		# a warm-up on another day, so the burst meets a warm app whose outbox worker is sending
		warm=$(new_day 'Udviklingsdag (opvarmning)' 100000)
		log "warm-up: $KILL9_WARMUP attempts on day $warm"
		python3 "$OUT/client.py" --port "$PORT" --day "$warm" --out "$OUT/$TEST/warmup.txt" --prefix "warm-$$" \
			--workers 8 --attempts "$KILL9_WARMUP" --seconds 120 || true
		local i
		for i in $(seq 1 60); do [ "$(q "select count(*) from outgoing_mail where status = 'SENT'")" -gt 0 ] && break; sleep 1; done
		log "warm-up: $(statuses "$OUT/$TEST/warmup.txt"); $(q "select count(*) from outgoing_mail where status = 'SENT'") mails sent"
	fi
	python3 "$OUT/client.py" --port "$PORT" --day "$day" --out "$OUT/$TEST/answers.txt" --prefix "$prefix" \
		--workers "$KILL9_WORKERS" --attempts "$KILL9_ATTEMPTS" \
		--rate "$(awk -v n="$KILL9_ATTEMPTS" -v s="$KILL9_SECONDS" 'BEGIN {print n / s}')" --seconds 120 &
	LOAD_PID=$!
	sleep "$KILL9_AFTER"
	kill -KILL "$APP_PID"
	wait "$APP_PID" 2>/dev/null || true
	t_kill=$(now_ms)
	log "app $APP_PID killed with SIGKILL"
	APP_PID=""
	wait "$LOAD_PID" || true
	LOAD_PID=""
	local answered201 noanswer before_restart
	read -r _ _ _ _ noanswer < <(tally "$OUT/$TEST/answers.txt")
	answered201=$(awk '$4 == 201' "$OUT/$TEST/answers.txt" | wc -l)
	before_restart=$(q "select count(*) from registration where day_id = $day")
	local sent_before
	sent_before=$(q "select count(*) from outgoing_mail m where m.status = 'SENT' and m.recipient like '$prefix-%'")
	log "burst over: $answered201 answered 201, $noanswer without an answer; $before_restart registrations and $sent_before sent mails in the database at the kill"
	local pending_at_kill publications_at_kill locks_at_kill
	pending_at_kill=$(q "select count(*) from outgoing_mail where status = 'PENDING'")
	local claimed_at_kill
	claimed_at_kill=$(q "select count(*) from outgoing_mail where status = 'PENDING' and attempts > 0")
	publications_at_kill=$(q "select count(*) from event_publication where completion_date is null")
	locks_at_kill=$(q "select coalesce(string_agg(name || ' held for ' || to_char(lock_until - now(), 'MI:SS') || ' more', ', '), 'none') from shedlock where lock_until > now()")
	log "at the kill: $pending_at_kill mails pending, $publications_at_kill incomplete event publications; ShedLock locks held: $locks_at_kill"

	start_app app-restarted "${args[@]}"
	local t_restart=$(now_ms) missing waited=0
	while :; do
		missing=$(mails_missing "$day")
		[ "$missing" -gt 0 ] && [ $waited -lt "$MAIL_WAIT" ] || break
		sleep 5; waited=$(( waited + 5 ))
	done
	local drained_s=$(( ($(now_ms) - t_restart) / 1000 ))
	log "after the restart: $missing registrations without a sent mail after ${drained_s} s"

	load_answers "$OUT/$TEST/answers.txt"
	local lost confirmed waitlisted total over dup confirmed201 confirmed201_nomail gm pending failed in_db_no_answer
	lost=$(q "select count(*) from faults_answer a where not exists (select 1 from registration r where r.day_id = $day and lower(r.email) = lower(a.email))")
	confirmed=$(q "select count(*) from registration where day_id = $day and status = 'CONFIRMED'")
	waitlisted=$(q "select count(*) from registration where day_id = $day and status = 'WAITLISTED'")
	total=$(q "select count(*) from registration where day_id = $day")
	over=$(q "select count(*) from development_day d where (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED') > d.capacity")
	dup=$(q "select count(*) - count(distinct lower(email)) from registration where day_id = $day")
	confirmed201=$(q "select count(*) from faults_answer a join registration r on r.day_id = $day and lower(r.email) = lower(a.email) where r.status = 'CONFIRMED'")
	confirmed201_nomail=$(q "select count(*) from faults_answer a join registration r on r.day_id = $day and lower(r.email) = lower(a.email) where r.status = 'CONFIRMED'
		and not exists (select 1 from outgoing_mail m where lower(m.recipient) = lower(r.email) and m.status = 'SENT')")
	in_db_no_answer=$(q "select count(*) from registration r where r.day_id = $day and not exists (select 1 from faults_answer a where lower(a.email) = lower(r.email))")
	pending=$(q "select count(*) from outgoing_mail where status = 'PENDING'")
	failed=$(q "select count(*) from outgoing_mail where status = 'FAILED'")
	gm=$(greenmail_recipients "$prefix-")
	check "kill9: answered 201 but not in the database" "$lost" 0
	check "kill9: days over capacity" "$over" 0
	check_le "kill9: confirmed" "$confirmed" "$KILL9_CAPACITY"
	check "kill9: duplicate emails" "$dup" 0
	check "kill9: confirmed (answered 201) without a sent mail after ${drained_s} s" "$confirmed201_nomail" 0
	check "kill9: registrations without a sent mail after ${drained_s} s" "$missing" 0
	check "kill9: GreenMail recipients = registrations" "$gm" "$(( confirmed + waitlisted ))"
	row kill9 "attempts / answered 201 / no answer" "$KILL9_ATTEMPTS / $answered201 / $noanswer ($(statuses "$OUT/$TEST/answers.txt"))"
	row kill9 "registrations at the kill / after restart" "$before_restart / $total (confirmed $confirmed of $KILL9_CAPACITY, waitlisted $waitlisted; $in_db_no_answer without a 201 heard)"
	row kill9 "201s not in the database" "$lost"
	row kill9 "days over capacity / duplicate emails" "$over / $dup"
	row kill9 "at the kill" "burst day: $sent_before mails sent; outbox: $pending_at_kill pending ($claimed_at_kill of them claimed by a send in progress), $publications_at_kill incomplete event publications; ShedLock: $locks_at_kill"
	row kill9 "confirmed 201s / without a sent mail" "$confirmed201 / $confirmed201_nomail (after ${drained_s} s)"
	row kill9 "registrations without a sent mail" "$missing of $total (outbox now: $pending pending, $failed failed; GreenMail recipients $gm)"
	stop_app; stop_pid "$GM_PID"; GM_PID=""
}

# ---------------------------------------------------------------- database outage
test_outage() {
	TEST=outage; mkdir -p "$OUT/$TEST"
	command -v socat >/dev/null 2>&1 || die "socat is needed (apt-get install socat)"
	log "== outage: PostgreSQL unreachable for $OUTAGE_SECONDS s under load (Hikari connection timeout $HIKARI_TIMEOUT_MS ms)"
	new_db
	PROXY_PORT=$(free_port)
	start_proxy
	pg_app_env "$DB" "$PROXY_PORT"
	start_greenmail
	PORT=$(free_port)
	start_app app --spring.profiles.active=postgres --spring.mail.host="$HOST" --spring.mail.port="$SMTP_PORT" \
		--spring.datasource.hikari.connection-timeout="$HIKARI_TIMEOUT_MS" \
		--spirekassen.registration.mail-catch-up-after="$CATCH_UP" --spirekassen.registration.mail-catch-up-every="$CATCH_UP"
	local day prefix="outage-$$" stop="$OUT/$TEST/stop" t0 t_down t_up t_ready
	day=$(new_day 'Udviklingsdag (udfald)' 100000)
	rm -f "$stop"
	# readiness, once a second: seconds since the start, status, UP/DOWN
	(
		for _ in $(seq 1 $(( OUTAGE_BEFORE + OUTAGE_SECONDS + OUTAGE_AFTER + 120 ))); do
			[ -e "$stop" ] && break
			r=$(curl -s -m 5 -w ' %{http_code}' "http://$HOST:$PORT/actuator/health/readiness" || true)
			echo "$(now_ms) ${r##* } $(case "$r" in *'"UP"'*) echo UP ;; *'"DOWN"'*) echo DOWN ;; *) echo '?' ;; esac)"
			sleep 1
		done
	) >"$OUT/$TEST/readiness.txt" &
	PROBE_PID=$!
	python3 "$OUT/client.py" --port "$PORT" --day "$day" --out "$OUT/$TEST/answers.txt" --prefix "$prefix" \
		--workers "$LOAD_WORKERS" --reg-workers $(( LOAD_WORKERS / 2 )) --pause 0.05 --stop-file "$stop" \
		--seconds $(( OUTAGE_BEFORE + OUTAGE_SECONDS + OUTAGE_AFTER + 120 )) &
	LOAD_PID=$!
	t0=$(now_ms)
	sleep "$OUTAGE_BEFORE"
	stop_proxy
	t_down=$(( $(now_ms) - t0 ))
	log "proxy stopped (PostgreSQL unreachable) at ${t_down} ms"
	sleep "$OUTAGE_SECONDS"
	start_proxy
	t_up=$(( $(now_ms) - t0 ))
	log "proxy started again at ${t_up} ms"
	t_ready=""
	local i
	for i in $(seq 1 120); do
		case "$(curl -s -m 5 "http://$HOST:$PORT/actuator/health/readiness" || true)" in *'"UP"'*) t_ready=$(( $(now_ms) - t0 )); break ;; esac
		sleep 0.5
	done
	log "readiness UP again at ${t_ready:-never} ms"
	sleep "$OUTAGE_AFTER"
	touch "$stop"
	wait "$LOAD_PID" || true; LOAD_PID=""
	wait "$PROBE_PID" || true; PROBE_PID=""
	relative "$t0" "$OUT/$TEST/answers.txt" "$OUT/$TEST/readiness.txt"
	kill -0 "$APP_PID" 2>/dev/null || FAILS+=("outage: the app died")

	# phases by the time a request was sent: before (and answered before the cut), cut (sent before, answered after),
	# during (down .. up), recovery (up .. ready), after
	local A="$OUT/$TEST/answers.txt"
	awk -v d="$t_down" '$1 + $5 < d' "$A" >"$OUT/$TEST/before.txt"
	awk -v d="$t_down" '$1 < d && $1 + $5 >= d' "$A" >"$OUT/$TEST/cut.txt"
	awk -v d="$t_down" -v u="$t_up" '$1 >= d && $1 < u' "$A" >"$OUT/$TEST/during.txt"
	awk -v u="$t_up" -v r="${t_ready:-999999999}" '$1 >= u && $1 < r' "$A" >"$OUT/$TEST/recovery.txt"
	awk -v r="${t_ready:-999999999}" '$1 >= r' "$A" >"$OUT/$TEST/after.txt"
	local n ok c4 c5 none d503 d503danish d5trace notdanish
	read -r n ok c4 c5 none < <(tally "$A")
	d503=$(awk '$4 == 503' "$A" | wc -l)
	d503danish=$(awk '$4 == 503 && $7 ~ /danish/' "$A" | wc -l)
	d5trace=$(awk '$4 ~ /^5/ && $7 ~ /trace/' "$A" | wc -l)
	notdanish=$(awk '$4 ~ /^5/ && $4 != 503' "$A" | wc -l)
	local before_5xx after_non2xx
	before_5xx=$(awk '$4 !~ /^2/' "$OUT/$TEST/before.txt" | wc -l)
	after_non2xx=$(awk '$4 !~ /^2/' "$OUT/$TEST/after.txt" | wc -l)
	local down_probes up_probes_during
	down_probes=$(awk -v d="$t_down" -v u="$t_up" '$1 >= d && $1 < u && $2 == 503 && $3 == "DOWN"' "$OUT/$TEST/readiness.txt" | wc -l)
	up_probes_during=$(awk -v d="$t_down" -v u="$t_up" '$1 >= d + 5000 && $1 < u && $3 == "UP"' "$OUT/$TEST/readiness.txt" | wc -l)

	# nothing half written, once the catch-up has had its chance
	sleep 15
	load_answers "$A"
	local lost noevent nomail over regs pend failed
	lost=$(q "select count(*) from faults_answer a where not exists (select 1 from registration r where r.day_id = $day and lower(r.email) = lower(a.email))")
	noevent=$(q "select count(*) from registration r where not exists (select 1 from registration_event e where e.registration_id = r.id and e.kind = 'REGISTERED')")
	nomail=$(q "select count(*) from registration r where r.day_id = $day and r.status in ('CONFIRMED', 'WAITLISTED') and not exists (select 1 from outgoing_mail m where lower(m.recipient) = lower(r.email))")
	over=$(q "select count(*) from development_day d where (select count(*) from registration r where r.day_id = d.id and r.status = 'CONFIRMED') > d.capacity")
	regs=$(q "select count(*) from registration where day_id = $day")
	pend=$(q "select count(*) from outgoing_mail where status = 'PENDING'")
	failed=$(q "select count(*) from outgoing_mail where status = 'FAILED'")
	# the outbox catches up by itself (a worker run cut off by the outage holds its lock for spirekassen.mail.lock-for)
	local t_mail=$(now_ms) mail_pending
	for i in $(seq 1 $(( MAIL_WAIT / 5 ))); do
		mail_pending=$(q "select count(*) from outgoing_mail where status = 'PENDING'")
		[ "$mail_pending" -gt 0 ] || break
		sleep 5
	done
	local mail_s=$(( ($(now_ms) - t_mail) / 1000 )) mail_sent
	mail_sent=$(q "select count(*) from outgoing_mail where status = 'SENT'")
	check "outage: mails still pending $mail_s s after the load" "$mail_pending" 0
	local errors
	errors=$(grep -c ' ERROR ' "$OUT/$TEST/app.log" || true)
	grep -E ' ERROR ' "$OUT/$TEST/app.log" | sed -E 's/^.* ERROR [0-9]+ --- //' | cut -c1-200 | sort | uniq -c | sort -rn | head -n 10 >"$OUT/$TEST/errors.txt" || true

	check "outage: 5xx other than 503" "$notdanish" 0
	check "outage: 503 without the Danish text" "$(( d503 - d503danish ))" 0
	check "outage: 5xx with a stack trace" "$d5trace" 0
	check "outage: failures before the outage" "$before_5xx" 0
	check "outage: failures after readiness is UP again" "$after_non2xx" 0
	check "outage: readiness UP again without a restart" "$([ -n "$t_ready" ] && echo yes || echo no)" yes
	check "outage: readiness UP while the database was down (after 5 s)" "$up_probes_during" 0
	check "outage: answered 201 but not in the database" "$lost" 0
	check "outage: registrations without a REGISTERED event" "$noevent" 0
	check "outage: registrations without a mail row" "$nomail" 0
	check "outage: days over capacity" "$over" 0
	row outage "requests (all phases)" "$n: $(statuses "$A")"
	row outage "before (0-$(( t_down / 1000 )) s)" "$(statuses "$OUT/$TEST/before.txt")"
	row outage "in flight at the cut" "$( [ -s "$OUT/$TEST/cut.txt" ] && statuses "$OUT/$TEST/cut.txt" || echo none)"
	row outage "database down ($(( t_down / 1000 ))-$(( t_up / 1000 )) s)" "$(statuses "$OUT/$TEST/during.txt")"
	row outage "proxy back, not yet ready" "$( [ -s "$OUT/$TEST/recovery.txt" ] && statuses "$OUT/$TEST/recovery.txt" || echo none)"
	row outage "after readiness UP" "$(statuses "$OUT/$TEST/after.txt")"
	row outage "503 with the Danish text / 5xx with a trace" "$d503danish of $d503 / $d5trace"
	row outage "readiness while down" "$down_probes probes DOWN (503), $up_probes_during UP; UP again $(( (${t_ready:-0} - t_up) )) ms after the proxy came back"
	row outage "registrations: 201s lost / no event / no mail" "$lost / $noevent / $nomail (of $regs; outbox: $pend pending, $failed failed)"
	row outage "mails after recovery" "$mail_sent sent, $mail_pending pending, $(q "select count(*) from outgoing_mail where status = 'FAILED'") failed, $mail_s s after the load ended; GreenMail recipients $(greenmail_recipients "$prefix-")"
	row outage "ERROR lines in the app log" "$errors (see $OUT/$TEST/errors.txt)"
	stop_app; stop_proxy; stop_pid "$GM_PID"; GM_PID=""
}

# ---------------------------------------------------------------- SIGTERM under load
# run_shutdown NAME DAY: load, SIGTERM after SHUTDOWN_AFTER s, load until the app has exited (+2 s)
run_shutdown() {
	local name=$1 day=$2 prefix="$1-$$" stop="$OUT/$TEST/stop" t_term t_exit
	rm -f "$stop"
	python3 "$OUT/client.py" --port "$PORT" --day "$day" --out "$OUT/$TEST/answers.txt" --prefix "$prefix" \
		--workers "$LOAD_WORKERS" --reg-workers $(( LOAD_WORKERS / 2 )) --pause 0.02 --stop-file "$stop" --seconds 120 &
	LOAD_PID=$!
	local t0=$(now_ms)
	sleep "$SHUTDOWN_AFTER"
	t_term=$(( $(now_ms) - t0 ))
	kill -TERM "$APP_PID"
	log "SIGTERM to the app at ${t_term} ms"
	local i
	for i in $(seq 1 400); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
	t_exit=$(( $(now_ms) - t0 ))
	kill -0 "$APP_PID" 2>/dev/null && { log "the app did not exit within 40 s of SIGTERM"; FAILS+=("$name: no exit within 40 s"); }
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	log "app exited at ${t_exit} ms"
	sleep 2
	touch "$stop"
	wait "$LOAD_PID" || true; LOAD_PID=""
	relative "$t0" "$OUT/$TEST/answers.txt"
	local A="$OUT/$TEST/answers.txt" n ok c4 c5 none after_term
	read -r n ok c4 c5 none < <(tally "$A")
	after_term=$(awk -v t="$t_term" '$1 + $5 >= t' "$A" | wc -l)
	SHUT_ANSWERED201=$(awk '$4 == 201' "$A" | wc -l)
	check "$name: 5xx" "$c5" 0
	row "$name" "requests / 5xx / no answer (refused, reset)" "$n / $c5 / $none ($(statuses "$A"))"
	row "$name" "SIGTERM at / exit at" "$(( t_term / 1000 )).$(( t_term % 1000 / 100 )) s / $(( t_exit / 1000 )).$(( t_exit % 1000 / 100 )) s ($(( (t_exit - t_term) )) ms to exit); $after_term requests answered or open after SIGTERM: $(awk -v t="$t_term" '$1 + $5 >= t' "$A" | awk '{print $4}' | sort | uniq -c | sort -rn | awk '{printf "%s%s: %s", (NR > 1 ? ", " : ""), $2, $1}')"
	grep -E ' ERROR ' "$OUT/$TEST/app.log" | cut -c1-220 | head -n 5 >"$OUT/$TEST/errors.txt" || true
	row "$name" "ERROR lines in the app log" "$(grep -c ' ERROR ' "$OUT/$TEST/app.log" || true)"
}

test_shutdown_pg() {
	TEST=shutdown-pg; mkdir -p "$OUT/$TEST"
	log "== shutdown-pg: SIGTERM under load on PostgreSQL"
	new_db; pg_app_env "$DB"
	PORT=$(free_port)
	start_app app --spring.profiles.active=postgres
	local day
	day=$(new_day 'Udviklingsdag (nedlukning)' 100000)
	run_shutdown shutdown-pg "$day"
	load_answers "$OUT/$TEST/answers.txt"
	local lost unanswered
	lost=$(q "select count(*) from faults_answer a where not exists (select 1 from registration r where r.day_id = $day and lower(r.email) = lower(a.email))")
	unanswered=$(unanswered_in_db "$day")
	check "shutdown-pg: answered 201 but not in the database" "$lost" 0
	row shutdown-pg "201s / not in the database" "$SHUT_ANSWERED201 / $lost"
	row shutdown-pg "registrations reset (no answer) / in the db" "$(wc -l <"$OUT/$TEST/unanswered.csv") / $unanswered"
}

test_shutdown_h2() {
	TEST=shutdown-h2; mkdir -p "$OUT/$TEST"
	log "== shutdown-h2: SIGTERM under load on the embedded default (H2 file database, demo data)"
	local dir="$OUT/$TEST/h2" url
	rm -rf "$dir"; mkdir -p "$dir"
	url="jdbc:h2:file:$dir/spirekassen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
	PORT=$(free_port)
	unset DATABASE_URL DATABASE_USER DATABASE_PASSWORD SPIREKASSEN_DEMO
	start_app app --spring.datasource.url="$url"
	# an upcoming demo day whose registration is open: the first that answers a registration with 201
	local day="" id
	for id in $(curl -s -m 10 "http://$HOST:$PORT/api/days" | python3 -c 'import json,sys; print(*[d["id"] for d in json.load(sys.stdin)])'); do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' -m 10 -H 'Content-Type: application/json' -H "Idempotency-Key: probe-$id" \
			-d "{\"name\":\"Prøve\",\"email\":\"probe-$id@faults.example.org\",\"participantType\":\"RESIDENT\",\"consent\":true}" \
			"http://$HOST:$PORT/api/days/$id/registrations")" = 201 ]; then day=$id; break; fi
	done
	[ -n "$day" ] || die "no demo day takes registrations"
	log "registering on demo day $day"
	run_shutdown shutdown-h2 "$day"
	# the 201s in the H2 file, read with H2's own shell once the app has closed it
	local h2jar lost
	h2jar=$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -n1)
	if [ -n "$h2jar" ]; then
		awk '$2 == "reg" && $4 == 201 {print "'"'"'" $3 "'"'"'"}' "$OUT/$TEST/answers.txt" | paste -sd, >"$OUT/$TEST/emails.txt"
		lost=$("$JAVA17" -cp "$h2jar" org.h2.tools.Shell -url "${url%%;DB_CLOSE_ON_EXIT=FALSE}" -user sa -password '' \
			-sql "select count(*) from registration where day_id = $day and lower(email) in ($(cat "$OUT/$TEST/emails.txt"))" 2>&1 | sed -n 2p | tr -d ' ')
		lost=$(( SHUT_ANSWERED201 - lost ))
		check "shutdown-h2: answered 201 but not in the database" "$lost" 0
		row shutdown-h2 "201s / not in the database" "$SHUT_ANSWERED201 / $lost"
		local reset reset_in_db=0
		reset=$(awk '$2 == "reg" && $4 !~ /^[0-9]+$/ && $4 != "REFUSED"' "$OUT/$TEST/answers.txt" | wc -l)
		if [ "$reset" -gt 0 ]; then
			reset_in_db=$("$JAVA17" -cp "$h2jar" org.h2.tools.Shell -url "${url%%;DB_CLOSE_ON_EXIT=FALSE}" -user sa -password '' \
				-sql "select count(*) from registration where day_id = $day and lower(email) in ($(awk '$2 == "reg" && $4 !~ /^[0-9]+$/ && $4 != "REFUSED" {print "'"'"'" $3 "'"'"'"}' "$OUT/$TEST/answers.txt" | paste -sd,))" 2>&1 | sed -n 2p | tr -d ' ')
		fi
		row shutdown-h2 "registrations reset (no answer) / in the db" "$reset / $reset_in_db"
	else
		row shutdown-h2 "201s / not in the database" "$SHUT_ANSWERED201 / not checked (no H2 jar in ~/.m2)"
	fi
}

# ---------------------------------------------------------------- main
write_client
log "output in $OUT"
case "$1" in
	kill9) test_kill9 ;;
	outage) test_outage ;;
	shutdown-h2) test_shutdown_h2 ;;
	shutdown-pg) test_shutdown_pg ;;
	all) test_kill9; test_outage; test_shutdown_h2; test_shutdown_pg ;;
esac

echo >&2
{
	echo "Fault tests $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores; output in $OUT"
	printf '%-12s | %-44s | %s\n' test figure value
	cat "$SUMMARY"
	if [ ${#FAILS[@]} -eq 0 ]; then echo "checks: all passed"; else printf 'check failed: %s\n' "${FAILS[@]}"; fi
} | tee "$OUT/summary-table.txt"
[ ${#FAILS[@]} -eq 0 ]
