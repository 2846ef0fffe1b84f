#!/usr/bin/env bash
# Builds the front end into web/dist (committed, embedded in the binary): installs the
# locked npm packages when node_modules is older than the lockfile, regenerates the
# typed client from ../schema.graphql, type-checks, bundles, and checks the JavaScript
# budget. The same sources always give the same bytes.
set -euo pipefail
cd "$(dirname "$0")"
# npm writes node_modules/.package-lock.json on every install: older than the lockfile
# (or missing) means node_modules may not be what the lockfile says.
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
