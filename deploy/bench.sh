#!/usr/bin/env bash
# The benchmark harness (issue 14): builds the services, starts the local stack in target/bench/stack, loads it and
# writes target/bench/report.md, report.json and ratios.svg, each figure as a ratio to a baseline measured in the
# same run on the same servers. Not part of `mvn -B verify`.
#   deploy/bench.sh            full run (about 5 minutes on 2 cores)
#   deploy/bench.sh --quick    a short smoke run (figures not worth much)
#   deploy/bench.sh --no-build use the jars already built
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
build=true
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    *) args+=("$a") ;;
  esac
done
if $build; then
  echo "Building the services and the harness (mvn -DskipTests package) ..."
  mvn -B -q -f "$root/pom.xml" -DskipTests package
fi
exec "$java" -Xmx512m -Dkaoping.repository="$root" \
  -cp "$root/deploy/bench/target/kaoping-bench-0.1.0-SNAPSHOT.jar:$(cat "$root/deploy/bench/target/bench.classpath")" \
  cn.kaoping.bench.Bench ${args[@]+"${args[@]}"}
