#!/usr/bin/env bash
# Prints a development JWT (RS256, issuer kaoping-dev, valid 12 h) signed with the local stack's key pair.
#   deploy/mint-token.sh --sub admin-1 --groups ADMIN
#   deploy/mint-token.sh --sub officer-1 --unit <unit id> --groups UNIT_LEGAL_OFFICER,OFFICER
#   deploy/mint-token.sh --data /other/data-folder --sub r-1 --unit <unit id> --groups REVIEWER
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
data="$root/.kaoping-data"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec "$java" -cp "$root/deploy/launcher/target/kaoping-launcher.jar:$root/deploy/launcher/target/lib/*" cn.kaoping.servers.MintToken \
  --keys "$data/keys" ${args[@]+"${args[@]}"}
