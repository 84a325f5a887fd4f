#!/usr/bin/env bash
# `npm ci` when node_modules is missing or older than package-lock.json (the lockfile changed since the
# last install). Idempotent and quick when nothing changed; run by npm test and npm start.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] npm ci"
  npm ci --no-audit --no-fund
else
  echo "[deps] node_modules matches package-lock.json"
fi
