#!/usr/bin/env bash
# Lints every service's OpenAPI document, as a portal team would, with Spectral's `oas` rules (issue 12); any
# warning fails. The documents are those the build writes to <service>/target/openapi (run `mvn -B verify` or
# `mvn -B -DskipTests package` first). Needs Node.js and npm; the pinned Spectral comes from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/openapi"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
documents=(../../*-service/target/openapi/openapi.yaml)
if [ ! -e "${documents[0]}" ]; then
  echo "no OpenAPI document under */target/openapi: build the services first" >&2
  exit 2
fi
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity warn "${documents[@]}"
