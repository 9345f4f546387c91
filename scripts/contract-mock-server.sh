#!/usr/bin/env bash
# Runs the API contract suite (tests/contract) over real HTTP against `npm run mock:server`:
# starts the server on 127.0.0.1:$PORT (default 18789), waits for it, runs the suite with
# API_BASE_URL, and stops the server (its whole process group) whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18789}"
BASE="http://127.0.0.1:${PORT}"
log=$(mktemp)
PORT="$PORT" setsid npx tsx mocks/server.ts >"$log" 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 150); do
  curl -sf "$BASE/api/openapi.json" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$BASE/api/openapi.json" >/dev/null || { echo "mock server did not start:"; cat "$log"; exit 1; }

API_BASE_URL="$BASE" npx vitest run --config vitest.contract.config.ts "$@"
