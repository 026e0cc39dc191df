#!/usr/bin/env bash
# The fault suite (issue #11): builds the services, starts the local stack in target/faults/stack, drives it, injects
# faults (evaluation-service killed, Kafka away, PostgreSQL restarted, generated bad requests, poison records, every
# role on every operation, racing commands) and writes target/faults/report.md and report.json, each rule R1-R7
# HOLDS or FAILS with its figures. Exit code 1 when a rule fails. Load goes to the loopback only and stops by itself.
#   deploy/faults.sh             full run (10 kills, Kafka away 60 s, 10,000 requests per service)
#   deploy/faults.sh --quick     the short run that `mvn -B verify` also runs (FaultSuiteIT)
#   deploy/faults.sh --no-build  use the jars already built
#   deploy/faults.sh --only R5,R7 --requests 2000 ...   see --help
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
build=true
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    -h|--help)
      sed -n '2,10p' "$0"
      exit 0 ;;
    *) args+=("$a") ;;
  esac
done
if $build; then
  echo "Building the services and the suite (mvn -DskipTests package) ..."
  mvn -B -q -f "$root/pom.xml" -DskipTests package
fi
exec "$java" -Xmx768m -Dkaoping.repository="$root" \
  -cp "$root/deploy/faults/target/kaoping-faults-0.1.0-SNAPSHOT.jar:$(cat "$root/deploy/faults/target/faults.classpath")" \
  cn.kaoping.faults.FaultSuite ${args[@]+"${args[@]}"}
