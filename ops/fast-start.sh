#!/usr/bin/env bash
# Prepares the built jar for a fast start: extracts it, trains a start-up cache for one JDK, writes a start command.
#
#   bash ops/fast-start.sh [JAR [DIR]]      (default: target/spirekassen-*.jar into target/app)
#   DIR/start [app arguments]               (the platform, as java -jar would start it, only faster)
#
# `mvn package` runs it (skip with -Dskip.fast.start). The jar is already processed by Spring AOT (pom.xml); here:
# 1. `java -Djarmode=tools -jar JAR extract`: the JVM reads plain jars in DIR/lib rather than nested ones;
# 2. a training run of the extracted jar in Spring AOT mode, which serves a few pages and stops, writes the cache:
#    on Java 25 or newer an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles), on Java 17 to 24
#    a class-data archive (AppCDS: classes loaded);
# 3. DIR/start starts that JDK with the cache, Spring AOT on, JAVA_OPTS from the environment and the arguments given.
#
# A cache fits only the jar and the JDK that made it: run this again after every build, on the machine (or image)
# that runs the jar, with the JDK that will run it. The JDK: SPIREKASSEN_JAVA (the java executable), else
# $JAVA_HOME/bin/java, else java on the PATH. docs/BENCHMARKS.md has what each step saves.
#
# The training run uses an H2 database of its own (a file under DIR/training, deleted after: the embedded default's
# classes) and no demo data, unless TRAINING_ARGS says otherwise (the PostgreSQL build passes its profile, and with it
# the database of DATABASE_URL: pom.xml, profile postgres). It fails, and so does the build, when a page does
# not answer 200 in Spring AOT mode. It listens on 127.0.0.1 only.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
log() { printf '[fast-start %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

JAR=${1:-$(ls target/spirekassen-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)}
DIR=${2:-target/app}
[ -f "$JAR" ] || die "no jar to prepare (build it first: mvn -DskipTests package)"
if [ -n "${SPIREKASSEN_JAVA:-}" ]; then JAVA=$SPIREKASSEN_JAVA
elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA=$JAVA_HOME/bin/java
else JAVA=$(command -v java) || die "no java found"; fi
JAVA=$(readlink -f "$JAVA")
FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
[ "${FEATURE:-0}" -ge 17 ] 2>/dev/null || die "$JAVA is Java ${FEATURE:-?}; Spirekassen needs 17 or newer"
command -v curl >/dev/null 2>&1 || die "curl is needed for the training run"

# ---------------------------------------------------------------- 1. extract
rm -rf "$DIR"
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
APP_JAR="$DIR/$(basename "$JAR")"
[ -f "$APP_JAR" ] || die "the extraction made no $APP_JAR"

# ---------------------------------------------------------------- 2. training run
if [ "$FEATURE" -ge 25 ]; then
	CACHE="$DIR/spirekassen.aot"; TRAIN_FLAG="-XX:AOTCacheOutput=$CACHE"; USE_FLAG="-XX:AOTCache=$CACHE"
	KIND="AOT cache (Java $FEATURE)"
else
	CACHE="$DIR/spirekassen.jsa"; TRAIN_FLAG="-XX:ArchiveClassesAtExit=$CACHE"; USE_FLAG="-XX:SharedArchiveFile=$CACHE"
	KIND="class-data archive (Java $FEATURE)"
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
	|| echo $(( 20000 + RANDOM % 20000 )))
WORK="$DIR/training"
mkdir -p "$WORK"
read -r -a EXTRA <<<"${TRAINING_ARGS:-}"
log "training run for the $KIND with $JAVA, on 127.0.0.1:$PORT"
T0=$(date +%s%N)
# Defaults as system properties, so that TRAINING_ARGS (command-line arguments) win over them. A profile given there
# brings its own database (postgres: DATABASE_URL).
DATABASE=(-Dspring.datasource.url="jdbc:h2:file:$WORK/data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
case " ${TRAINING_ARGS:-} " in *" --spring.profiles.active="*) DATABASE=() ;; esac
"$JAVA" "$TRAIN_FLAG" -Dspring.aot.enabled=true "${DATABASE[@]}" \
	-Dspirekassen.demo.enabled=false -Dspirekassen.search.directory="$WORK/search" -Dspirekassen.shutdown.drain=PT0S \
	-jar "$APP_JAR" --server.port="$PORT" --server.address=127.0.0.1 "${EXTRA[@]}" >"$DIR/training.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true' EXIT
deadline=$(( $(date +%s) + ${TRAINING_TIMEOUT:-300} ))
until curl -s -m 5 "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q '"UP"'; do
	kill -0 "$PID" 2>/dev/null || { tail -n 40 "$DIR/training.log" >&2; die "the training run ended before it was ready: $DIR/training.log"; }
	[ "$(date +%s)" -lt "$deadline" ] || die "the training run was not ready within ${TRAINING_TIMEOUT:-300} s: $DIR/training.log"
	sleep 0.5
done
# The pages a first visitor, a member signing in and the secretariat's probes ask for: the classes they load belong in
# the cache, and each must answer 200 in Spring AOT mode.
for page in / /organisationer /projekter /udviklingsdage /soeg?q=klima /login /actuator/health/liveness; do
	code=$(curl -s -o /dev/null -m 60 -w '%{http_code}' "http://127.0.0.1:$PORT$page" || true)
	[ "$code" = 200 ] || { tail -n 40 "$DIR/training.log" >&2; die "GET $page answered $code in the training run (Spring AOT mode)"; }
done
kill -TERM "$PID"
wait "$PID" || true
trap - EXIT
rm -rf "$WORK"
[ -s "$CACHE" ] || { tail -n 20 "$DIR/training.log" >&2; die "the training run wrote no $CACHE"; }
log "$KIND written: $CACHE ($(du -m "$CACHE" | cut -f1) MB) in $(( ($(date +%s%N) - T0) / 1000000 )) ms"

# ---------------------------------------------------------------- 3. the start command
cat >"$DIR/start" <<EOF
#!/bin/sh
# Starts Spirekassen with the $KIND made for this jar and this JDK by ops/fast-start.sh; arguments go to the app,
# JAVA_OPTS to the JVM. After an out-of-memory error the JVM exits, and a supervisor starts it again.
exec "$JAVA" $USE_FLAG -Dspring.aot.enabled=true -XX:+ExitOnOutOfMemoryError \$JAVA_OPTS -jar "$APP_JAR" "\$@"
EOF
chmod +x "$DIR/start"
log "start it with: $DIR/start [arguments, e.g. --spring.profiles.active=postgres]"
