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
BENCH_TAG=network
source bench/lib.sh
PROJECTS=${PROJECTS:-10000}
JAVA17_HOME=${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
MVN=${MVN:-mvn}
CP=$(test_classpath)
"$(java17)" -Xmx512m -cp "$CP" dk.spirekassen.network.NetworkScaleBench "$PROJECTS"
