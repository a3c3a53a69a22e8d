#!/usr/bin/env bash
# DescribeKey latency for one client while eight others call GetParametersForImport for RSA_4096 wrapping keys, beside
# the same client's latency with no other load, measured in the same run (wrk --latency).
#
#   tests/KeyLifecycle.Benchmarks/http/import-load.sh            # 15 s per measurement
#   DURATION=30s tests/KeyLifecycle.Benchmarks/http/import-load.sh
#   STORE=sqlite tests/KeyLifecycle.Benchmarks/http/import-load.sh   # import parameters written to a SQLite file under /tmp
#
# The target: DescribeKey p99 under 50 ms while the import clients run. The emulator runs in Release on a free
# loopback port, at its default logging level, its request lines going to a file. Needs wrk (apt-get install -y wrk).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
duration=${DURATION:-15s}
store=${STORE:-memory}
case "$store" in
  memory) store_option="--Kms:Store=memory" ;;
  sqlite) store_option="--Kms:Store=sqlite:$work/kms.db" ;;
  *) echo "STORE is memory or sqlite, not $store" >&2; exit 2 ;;
esac

port=$(free_port)

dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$port" "$store_option" >"$work/emulator.log" 2>&1 &
pids+=($!)

wait_ready "$port"

described=$(kms_call "$port" CreateKey '{}' | key_id_of)
external=$(kms_call "$port" CreateKey '{"Origin":"EXTERNAL"}' | key_id_of)
describe=$(wrk_script describe DescribeKey "{\"KeyId\":\"$described\"}")
import=$(wrk_script import GetParametersForImport "{\"KeyId\":\"$external\",\"WrappingAlgorithm\":\"RSAES_OAEP_SHA_256\",\"WrappingKeySpec\":\"RSA_4096\"}")

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
