#!/usr/bin/env bash
# Plays the seed's process (deploy/e2e SeedScenario: 4 units, 9 officers, 9 case files through registration,
# pre-review, on-time and late submission, two rounds of review, a veto item, an overdue rectification, the month's
# list published, one later review) against the local stack that deploy/run.sh runs, so that the legal web page
# (http://localhost:8082/) has data. Start the stack first, in another terminal: deploy/run.sh --wipe
#   deploy/seed.sh                       defaults: localhost:8081/8082, keys in .kaoping-data/keys
#   deploy/seed.sh --tag 2               seed again on the same stack (codes and case numbers must be unique)
#   deploy/seed.sh --data DIR --evaluation http://localhost:9081 --publicity http://localhost:9082
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
args=()
data="$root/.kaoping-data"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
classpath_file="$root/deploy/e2e/target/seed.classpath"
if [ ! -f "$classpath_file" ] || [ ! -d "$root/deploy/e2e/target/test-classes" ]; then
  echo "Compiling the seed scenario (mvn -pl deploy/e2e -am test-compile) ..."
  mvn -B -q -f "$root/pom.xml" -pl deploy/e2e -am -DskipTests test-compile
fi
exec "$java" -cp "$root/deploy/e2e/target/test-classes:$(cat "$classpath_file")" cn.kaoping.e2e.SeedMain \
  --data "$data" ${args[@]+"${args[@]}"}
