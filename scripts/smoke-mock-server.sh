#!/usr/bin/env bash
# Smoke test of `npm run mock:server` with curl: the product page's three example claims are paid
# ¥96,000, ¥62,780 and ¥44,080, a wrong payout is refused with 422, a second decision with 409.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18787}"
BASE="http://127.0.0.1:${PORT}/api"
log=$(mktemp)
PORT="$PORT" npm run --silent mock:server >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; pkill -P "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  curl -sf "$BASE/claims/c-0001" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -sf "$BASE/claims/c-0001" >/dev/null || { echo "mock server did not start:"; cat "$log"; exit 1; }

decide() { # claim-id body → "<status> <json>"
  curl -s -o /tmp/smoke-body.json -w '%{http_code}' -X POST -H 'content-type: application/json' -d "$2" "$BASE/claims/$1/decision"
}

status=$(decide c-0001 '{"decision":"approve","payout":95000}')
[ "$status" = 422 ] || { echo "a wrong payout answered $status, not 422"; cat /tmp/smoke-body.json; exit 1; }

for pair in c-0001:96000 c-0002:62780 c-0003:44080; do
  id=${pair%%:*}; payout=${pair##*:}
  status=$(decide "$id" "{\"decision\":\"approve\",\"payout\":$payout}")
  [ "$status" = 200 ] || { echo "$id: approving $payout answered $status"; cat /tmp/smoke-body.json; exit 1; }
  grep -q "\"payout\":$payout" /tmp/smoke-body.json || { echo "$id: the answer does not record $payout"; exit 1; }
  echo "$id approved: ¥$payout"
done

status=$(decide c-0001 '{"decision":"approve","payout":96000}')
[ "$status" = 409 ] || { echo "a second decision answered $status, not 409"; exit 1; }
echo "smoke: 5 passed, 0 failed"
