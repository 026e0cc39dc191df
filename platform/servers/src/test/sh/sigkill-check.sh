#!/usr/bin/env bash
# Proves that no PostgreSQL or Kafka process outlives a killed build. Runs the test kit's InfrastructureTest
# under Maven, waits until its PostgreSQL and Kafka broker run, then SIGKILLs
#   maven  the Maven JVM only (the Surefire fork notices and exits),
#   group  Maven's whole process group at once (what GNU `timeout -s KILL` does),
#   tree   Maven and every descendant at once (what some CI runners do),
# and checks that the fork, the broker, the postmaster, its backends and its guard are all gone.
# Usage (from the repository root, after `mvn -pl platform/servers -am install -DskipTests`):
#   platform/servers/src/test/sh/sigkill-check.sh maven|group|tree
set -uo pipefail
mode=${1:-maven}
cd "$(dirname "$0")/../../../../.."

setsid mvn -B -o -q -pl platform/servers test -Dtest=InfrastructureTest > "/tmp/sigkill-check-$mode.log" 2>&1 < /dev/null &
MVN=$!
FORK="" KAFKA="" PGDIR=""
for _ in $(seq 1 240); do
  for c in $(pgrep -P "$MVN"); do
    for f in "$c" $(pgrep -P "$c"); do
      if [ "$(ps -o comm= -p "$f")" = java ] && grep -q surefirebooter "/proc/$f/cmdline" 2>/dev/null; then FORK=$f; fi
    done
  done
  if [ -n "$FORK" ]; then
    KAFKA=$(pgrep -P "$FORK" -f KafkaServerMain | head -1)
    PGDIR=$(ls -l "/proc/$FORK/fd" 2>/dev/null | grep -o '/tmp/epg[0-9]*/epg-lock' | head -1 | xargs -r dirname)
    if [ -n "$KAFKA" ] && [ -n "$PGDIR" ] && [ -f "$PGDIR/postmaster.pid" ]; then break; fi
  fi
  sleep 0.5
done
if [ -z "$KAFKA" ] || [ -z "$PGDIR" ]; then
  echo "could not see the servers start; see /tmp/sigkill-check-$mode.log"; kill -9 "$MVN" 2>/dev/null; exit 2
fi
sleep 1
PG=$(head -1 "$PGDIR/postmaster.pid")
BACKENDS=$(pgrep -P "$PG" | tr '\n' ' ')
GUARD=$(for g in $(pgrep -f kaoping-exit-guard); do tr '\0' ' ' < "/proc/$g/cmdline" | grep -q "kaoping-exit-guard $PG " && echo "$g"; done)
echo "maven $MVN, fork $FORK, broker $KAFKA, postmaster $PG, backends $BACKENDS, guard $GUARD"

tree() { echo "$1"; for c in $(pgrep -P "$1"); do tree "$c"; done; }
T0=$(date +%s)
case "$mode" in
  group) kill -9 -- "-$MVN" ;;  # setsid made Maven its group's leader
  tree) kill -9 $(tree "$MVN") ;;
  *) kill -9 "$MVN" ;;
esac
for _ in $(seq 1 90); do
  alive=""
  for p in $FORK $KAFKA $PG $BACKENDS $GUARD; do
    if [ -r "/proc/$p/stat" ] && [ "$(awk '{print $3}' "/proc/$p/stat")" != Z ]; then alive="$alive $p"; fi
  done
  if [ -z "$alive" ]; then echo "mode=$mode: everything gone $(( $(date +%s) - T0 )) s after SIGKILL"; exit 0; fi
  sleep 1
done
echo "mode=$mode: STILL RUNNING 90 s after SIGKILL:$alive"
exit 1
