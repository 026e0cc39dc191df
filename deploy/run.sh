#!/usr/bin/env bash
# Kaoping on this machine with one command: builds what is needed, then starts PostgreSQL, Kafka and the five
# services with data in .kaoping-data/ (kept between runs). Ctrl-C stops everything.
#   deploy/run.sh                 build (mvn package, tests skipped), then run everything
#   deploy/run.sh --no-build      run what was built last time
#   deploy/run.sh --wipe          start from empty data;  deploy/run.sh --wipe-only  just delete it
#   deploy/run.sh --no-services   PostgreSQL and Kafka only;  deploy/run.sh --help  all options
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launcher="$root/deploy/launcher/target/kaoping-launcher.jar"

build=1
args=()
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --help|-h|--wipe-only) [ -f "$launcher" ] && build=0; args+=("$a") ;;
    *) args+=("$a") ;;
  esac
done

if [ "$build" = 1 ]; then
  echo "Building Kaoping (mvn -B -q -DskipTests package) ..."
  # package, not install: the reactor needs nothing from ~/.m2 for its own modules, and the local
  # repository is left as it was.
  mvn -B -q -f "$root/pom.xml" -DskipTests package
fi
if [ ! -f "$launcher" ]; then
  echo "kaoping: $launcher is missing; run without --no-build" >&2
  exit 1
fi
# exec: the launcher gets Ctrl-C and stops its children in order.
exec "$java" -Xmx256m -cp "$launcher:$root/deploy/launcher/target/lib/*" cn.kaoping.launcher.Launcher --repo "$root" ${args[@]+"${args[@]}"}
