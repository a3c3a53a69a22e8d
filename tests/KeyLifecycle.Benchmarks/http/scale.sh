#!/usr/bin/env bash
# The emulator at scale, in memory, one account and Region: DescribeKey latency, CreateKey throughput and ListKeys page
# latency with 1,000 keys and again with 1,000,000 (wrk), and the memory each key takes (RSS after a full GC, which
# dotnet-gcdump induces, minus the same before any key). Prints each figure and the ratios the store's targets read:
#
#   DescribeKey p50 at 1M <= 1.5x its p50 at 1k; CreateKey rate at 1M >= 0.7x its rate at 1k;
#   a ListKeys page anywhere in the list <= 2 ms p50; <= 1 KB per key.
#
#   tests/KeyLifecycle.Benchmarks/http/scale.sh                # 1,000,000 keys, 3 samples of 10 s per measurement
#   KEYS=200000 DURATION=5s SAMPLES=5 tests/KeyLifecycle.Benchmarks/http/scale.sh
#   STORE=sqlite KEYS=100000 tests/KeyLifecycle.Benchmarks/http/scale.sh   # the SQLite store, in a file under /tmp
#
# Each figure is the median of SAMPLES runs of wrk (3 by default), taken in turn, so that a pause of the machine during one
# run does not decide a ratio. The emulator runs in Release on a free loopback port at its default options, its request
# lines going to a file.
# Keys are created through CreateKey over HTTP, as a client would. Needs wrk (apt-get install -y wrk) and the tools of
# the repository's manifest (dotnet tool restore).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
duration=${DURATION:-10s}
samples=${SAMPLES:-3}
total=${KEYS:-1000000}
store=${STORE:-memory}
case "$store" in
  memory) store_option="--Kms:Store=memory" ;;
  sqlite) store_option="--Kms:Store=sqlite:$work/kms.db" ;;
  *) echo "STORE is memory or sqlite, not $store" >&2; exit 2 ;;
esac

(cd "$root" && dotnet tool restore >/dev/null)
port=$(free_port)

dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$port" "$store_option" >"$work/emulator.log" 2>&1 &
emulator=$!
pids+=($emulator)
wait_ready "$port"
url="http://127.0.0.1:$port/"

key_count() { curl -sf "http://127.0.0.1:$port/_kms/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["keyCount"])'; }

rss_after_gc() { # KiB of resident memory right after a full, blocking GC
  (cd "$root" && dotnet gcdump collect -p "$emulator" -o "$work/heap.gcdump" >/dev/null)
  awk '/^VmRSS:/ { print $2 }' "/proc/$emulator/status"
}

# CreateKey until the Region holds $1 keys: each of wrk's two threads stops sending after its share of the missing
# keys (wrk itself runs on until its duration, so it is stopped once the count is reached).
fill_to() {
  local missing=$(( $1 - $(key_count) ))
  (( missing > 0 )) || return 0
  cat >"$work/fill.lua" <<LUA
local answered = 0
local share = math.ceil($missing / 2)
wrk.method = "POST"
wrk.body = '{}'
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "TrentService.CreateKey"
wrk.headers["Authorization"] = "$auth"
response = function(status, headers, body)
  answered = answered + 1
  if answered >= share then wrk.thread:stop() end
end
LUA
  wrk -t2 -c16 -d3600s -s "$work/fill.lua" "$url" >"$work/fill.txt" &
  local filler=$!
  while (( $(key_count) < $1 )); do sleep 1; done
  kill "$filler"
  wait "$filler" 2>/dev/null || true
}

latency() { # wrk output -> "p50 rate"
  awk 'BEGIN { p50 = "-" } /^ +50%/ { p50 = $2 } /^Requests\/sec/ { rate = $2 } END { print p50, rate }' "$1"
}

to_ms() { # wrk latency (e.g. 512.00us, 1.20ms, 1.01s) -> milliseconds
  python3 -c 'import re, sys; v, u = re.match(r"([\d.]+)(us|ms|s)", sys.argv[1]).groups(); print(float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u])' "$1"
}

measure() { # label -> sets describe50, create_rate, page50_first, page50_middle, page50_end
  local key
  key=$(kms_call "$port" ListKeys '{"Limit":1}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["Keys"][0]["KeyId"])')
  local describe first middle end create
  describe=$(wrk_script describe DescribeKey "{\"KeyId\":\"$key\"}")
  first=$(wrk_script first ListKeys '{"Limit":100}')
  # Markers are the key ID a page ends with, base64url-encoded: these start the page mid-list and near its end.
  middle=$(wrk_script middle ListKeys "{\"Limit\":100,\"Marker\":\"$(printf '80000000-0000-0000-0000-000000000000' | base64 -w0 | tr '+/' '-_' | tr -d '=')\"}")
  end=$(wrk_script end ListKeys "{\"Limit\":100,\"Marker\":\"$(printf 'fff00000-0000-0000-0000-000000000000' | base64 -w0 | tr '+/' '-_' | tr -d '=')\"}")
  create=$(wrk_script create CreateKey '{}')
  wrk -t1 -c1 -d3s -s "$describe" "$url" >/dev/null
  local sample
  for sample in $(seq 1 "$samples"); do
    wrk -t1 -c1 -d"$duration" --latency -s "$describe" "$url" >"$work/describe.$sample.txt"
    wrk -t1 -c1 -d"$duration" --latency -s "$first" "$url" >"$work/first.$sample.txt"
    wrk -t1 -c1 -d"$duration" --latency -s "$middle" "$url" >"$work/middle.$sample.txt"
    wrk -t1 -c1 -d"$duration" --latency -s "$end" "$url" >"$work/end.$sample.txt"
    wrk -t2 -c16 -d"$duration" -s "$create" "$url" >"$work/create.$sample.txt"
  done
  if grep -q "Non-2xx" "$work"/{describe,first,middle,end,create}.*.txt; then echo "non-2xx answers" >&2; cat "$work"/*.txt >&2; exit 1; fi
  describe50=$(median_p50 describe)
  create_rate=$(median_rate create)
  page50_first=$(median_p50 first)
  page50_middle=$(median_p50 middle)
  page50_end=$(median_p50 end)
}

median_p50() { # name -> the median of the samples' p50 latencies, in wrk's units (us, ms or s)
  local name=$1 sample
  for sample in $(seq 1 "$samples"); do
    read -r p50 _ < <(latency "$work/$name.$sample.txt")
    echo "$(to_ms "$p50") $p50"
  done | sort -g | awk '{ lines[NR] = $2 } END { print lines[int((NR + 1) / 2)] }'
}

median_rate() { # name -> the median of the samples' requests per second
  local name=$1 sample
  for sample in $(seq 1 "$samples"); do
    read -r _ rate < <(latency "$work/$name.$sample.txt")
    echo "$rate"
  done | sort -g | awk '{ lines[NR] = $1 } END { print lines[int((NR + 1) / 2)] }'
}

echo "The emulator at scale, store $store, $(nproc) cores, $(date -u +%FT%TZ); wrk -t1 -c1 for latency, -t2 -c16 for CreateKey, median of $samples samples of $duration each"
kms_call "$port" ListKeys '{}' >/dev/null
idle_rss=$(rss_after_gc)

fill_to 1000
small_keys=$(key_count)
measure small
small=("$describe50" "$create_rate" "$page50_first" "$page50_middle" "$page50_end")

started=$(date +%s)
fill_to "$total"
filled=$(( $(date +%s) - started ))
large_keys=$(key_count)
large_rss=$(rss_after_gc)
measure large
large=("$describe50" "$create_rate" "$page50_first" "$page50_middle" "$page50_end")

printf '%-34s %14s %14s %8s\n' "" "$small_keys keys" "$large_keys keys" ratio
printf '%-34s %14s %14s %8s\n' "DescribeKey p50" "${small[0]}" "${large[0]}" "$(python3 -c "print(f'{$(to_ms "${large[0]}") / $(to_ms "${small[0]}"):.2f}')")"
printf '%-34s %14s %14s %8s\n' "CreateKey requests/s" "${small[1]}" "${large[1]}" "$(python3 -c "print(f'{${large[1]} / ${small[1]}:.2f}')")"
printf '%-34s %14s %14s\n' "ListKeys page p50, first" "${small[2]}" "${large[2]}"
printf '%-34s %14s %14s\n' "ListKeys page p50, middle" "${small[3]}" "${large[3]}"
printf '%-34s %14s %14s\n' "ListKeys page p50, near the end" "${small[4]}" "${large[4]}"
echo "RSS after a full GC: $(( idle_rss / 1024 )) MiB idle, $(( large_rss / 1024 )) MiB with $large_keys keys: $(( (large_rss - idle_rss) * 1024 / large_keys )) bytes per key"
echo "Filling to $large_keys keys took ${filled} s"
if [[ $store == sqlite ]]; then
  echo "SQLite file: $(( $(stat -c %s "$work/kms.db") / 1024 / 1024 )) MiB, write-ahead log $(( $(stat -c %s "$work/kms.db-wal" 2>/dev/null || echo 0) / 1024 / 1024 )) MiB"
fi
