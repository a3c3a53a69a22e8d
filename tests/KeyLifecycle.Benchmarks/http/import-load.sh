#!/usr/bin/env bash
# DescribeKey latency for one client while eight others call GetParametersForImport for RSA_4096 wrapping keys, beside
# the same client's latency with no other load, measured in the same run (wrk --latency).
#
#   tests/KeyLifecycle.Benchmarks/http/import-load.sh            # 15 s per measurement
#   DURATION=30s tests/KeyLifecycle.Benchmarks/http/import-load.sh
#
# The target: DescribeKey p99 under 50 ms while the import clients run. The emulator runs in Release on a free
# loopback port, at its default logging level, its request lines going to a file. Needs wrk (apt-get install -y wrk).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${DURATION:-15s}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$port" >"$work/emulator.log" 2>&1 &
pids+=($!)

auth='AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0'
call() { # operation body
  curl -sf -X POST "http://127.0.0.1:$port/" -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: TrentService.$1" \
    -H "Authorization: $auth" --data "$2"
}
for _ in $(seq 1 200); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" -X POST --data '{}' && break
  sleep 0.1
done

key_id() { python3 -c 'import json, sys; print(json.load(sys.stdin)["KeyMetadata"]["KeyId"])'; }
described=$(call CreateKey '{}' | key_id)
external=$(call CreateKey '{"Origin":"EXTERNAL"}' | key_id)

script() { # name operation body
  cat >"$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.body = '$3'
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "TrentService.$2"
wrk.headers["Authorization"] = "$auth"
LUA
  echo "$work/$1.lua"
}
describe=$(script describe DescribeKey "{\"KeyId\":\"$described\"}")
import=$(script import GetParametersForImport "{\"KeyId\":\"$external\",\"WrappingAlgorithm\":\"RSAES_OAEP_SHA_256\",\"WrappingKeySpec\":\"RSA_4096\"}")

latency() { # file -> "p50 p99 requests"
  awk '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /requests in/ { n = $1 } END { print p50, p99, n }' "$1"
}

echo "DescribeKey from one client (wrk -t1 -c1 --latency, $duration), $(nproc) cores; $(date -u +%FT%TZ)"
wrk -t1 -c1 -d3s -s "$describe" "http://127.0.0.1:$port/" >/dev/null
wrk -t1 -c1 -d"$duration" --latency -s "$describe" "http://127.0.0.1:$port/" >"$work/alone.txt"
read -r alone50 alone99 aloneN < <(latency "$work/alone.txt")

wrk -t2 -c8 -d"$(( ${duration%s} + 10 ))s" --timeout 60s -s "$import" "http://127.0.0.1:$port/" >"$work/import.txt" &
importer=$!
sleep 3
wrk -t1 -c1 -d"$duration" --latency -s "$describe" "http://127.0.0.1:$port/" >"$work/loaded.txt"
read -r loaded50 loaded99 loadedN < <(latency "$work/loaded.txt")
wait "$importer"
if grep -q "Non-2xx" "$work/import.txt" "$work/loaded.txt"; then echo "non-2xx answers:" >&2; cat "$work/import.txt" "$work/loaded.txt" >&2; exit 1; fi
imports=$(awk '/requests in/ { print $1 }' "$work/import.txt")

printf '%-44s %10s %10s %10s\n' "" "p50" "p99" requests
printf '%-44s %10s %10s %10s\n' "DescribeKey alone" "$alone50" "$alone99" "$aloneN"
printf '%-44s %10s %10s %10s\n' "DescribeKey, 8 clients importing (RSA_4096)" "$loaded50" "$loaded99" "$loadedN"
echo "GetParametersForImport answered to the 8 clients: $imports"
