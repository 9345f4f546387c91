#!/usr/bin/env bash
# Smoke test of `npm run mock:server` with curl: sign in as an adjuster (sato) and a supervisor
# (suzuki); the product page's three example claims (¥96,000, ¥62,780, ¥44,080, all above the
# adjuster's ¥30,000 authority) are recommended by the adjuster and approved by the supervisor
# (four eyes); a direct approval above the authority is refused (403), a wrong payout 422, a
# replayed Idempotency-Key answers the first response, a second decision 409; a payment run pays them.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-18787}"
BASE="http://127.0.0.1:${PORT}/api"
log=$(mktemp)
body=$(mktemp)
PORT="$PORT" npm run --silent mock:server >"$log" 2>&1 &
pid=$!
killtree() { # pid: its descendants first (npm → tsx → node), then itself
  local child
  for child in $(pgrep -P "$1" 2>/dev/null); do killtree "$child"; done
  kill "$1" 2>/dev/null || true
}
trap 'killtree "$pid"; rm -f "$body" "$log"' EXIT

for _ in $(seq 1 100); do
  curl -s -o /dev/null "$BASE/openapi.json" 2>/dev/null && break
  sleep 0.2
done
curl -sf -o /dev/null "$BASE/openapi.json" || { echo "mock server did not start:"; cat "$log"; exit 1; }

passed=0
failed=0
check() { # description expected actual
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok: $1"; else failed=$((failed + 1)); echo "FAILED: $1 (expected $2, got $3)"; cat "$body"; echo; fi
}

login() { # user → token
  curl -s -X POST -H 'content-type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" "$BASE/auth/login" |
    sed -E 's/.*"token":"([^"]+)".*/\1/'
}
ADJUSTER=$(login sato)
SUPERVISOR=$(login suzuki)

decide() { # token claim-id body [idempotency-key] → HTTP status (answer in $body)
  curl -s -o "$body" -w '%{http_code}' -X POST -H 'content-type: application/json' \
    -H "Authorization: Bearer $1" -H "Idempotency-Key: ${4:-smoke-$RANDOM-$RANDOM-$RANDOM}" -d "$3" "$BASE/claims/$2/decision"
}

check "a request without a token answers 401" 401 "$(curl -s -o "$body" -w '%{http_code}' "$BASE/claims/c-0001")"
check "a direct approval above ¥30,000 answers 403" 403 "$(decide "$ADJUSTER" c-0001 '{"decision":"approve","payout":96000}')"
check "a wrong payout answers 422" 422 "$(decide "$ADJUSTER" c-0001 '{"decision":"recommend","payout":95000}')"

for pair in c-0001:96000 c-0002:62780 c-0003:44080; do
  id=${pair%%:*}; payout=${pair##*:}
  check "$id: the adjuster recommends ¥$payout" 200 "$(decide "$ADJUSTER" "$id" "{\"decision\":\"recommend\",\"payout\":$payout}" "rec-$id")"
  check "$id: the supervisor approves ¥$payout" 200 "$(decide "$SUPERVISOR" "$id" "{\"decision\":\"approve\",\"payout\":$payout}" "ok-$id")"
  check "$id: the answer records ¥$payout" yes "$(grep -q "\"payout\":$payout" "$body" && echo yes || echo no)"
done

check "a replayed Idempotency-Key answers the first response" 200 "$(decide "$SUPERVISOR" c-0001 '{"decision":"approve","payout":96000}' ok-c-0001)"
check "a second decision answers 409" 409 "$(decide "$SUPERVISOR" c-0001 '{"decision":"approve","payout":96000}')"
status=$(curl -s -o "$body" -w '%{http_code}' -X POST -H "Authorization: Bearer $SUPERVISOR" -H 'Idempotency-Key: smoke-run' "$BASE/payments/run")
check "the payment run answers 200" 200 "$status"
check "the payment run pays the three examples" yes "$(grep -q '"c-0001"' "$body" && grep -q '"c-0002"' "$body" && grep -q '"c-0003"' "$body" && echo yes || echo no)"

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
