#!/usr/bin/env bash
# The network's measures at the scale of the sector (issue 11, section 4: computed in <= 10 s): degree, betweenness
# (among the 500 most connected actors), communities, bridges and the drawing's layout for a synthetic set of
# PROJECTS projects (10,000), timed three times in one JVM with a 512 MB heap.
#
#   bash bench/network.sh
#
# Knobs (environment): PROJECTS (10000), JAVA17_HOME (the JDK that runs it), MVN (mvn).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PROJECTS=${PROJECTS:-10000}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
MVN=${MVN:-mvn}
"$MVN" -q -o test-compile
CP=$("$MVN" -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
"$JAVA17_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$CP" \
	dk.spirekassen.network.NetworkScaleBench "$PROJECTS"
