#!/usr/bin/env bash
# The emulator at scale, one account and Region: DescribeKey latency, CreateKey throughput and ListKeys page latency
# with 1,000 keys and with 1,000,000 (wrk), and the memory each key takes (RSS after a full GC, which dotnet-gcdump
# induces, minus the same before any key). Prints each figure and the ratios the store's targets read:
#
#   DescribeKey p50 at 1M <= 1.5x its p50 at 1k; CreateKey rate at 1M >= 0.7x its rate at 1k;
#   a ListKeys page anywhere in the list <= 2 ms p50; <= 1 KB per key.
#
#   tests/KeyLifecycle.Benchmarks/http/scale.sh                # 1,000,000 keys, 3 samples of 10 s per latency
#   KEYS=200000 DURATION=5s SAMPLES=5 tests/KeyLifecycle.Benchmarks/http/scale.sh
#   STORE=sqlite KEYS=100000 tests/KeyLifecycle.Benchmarks/http/scale.sh   # the SQLite store, in files under /tmp
#
# Two emulators run side by side, one filled to 1,000 keys and one to KEYS, and the latencies are sampled from each in
# turn (SAMPLES rounds, the median of each kept): a single-connection p50 moves by half between runs on this kind of
# machine (an idle core wakes slower), so the floor is measured in the same minutes as the figure it divides. CreateKey
# is measured once on each, after the latencies, since it adds keys. Both run in Release on free loopback ports at
# their default options, their request lines going to files. Keys are created through CreateKey over HTTP, as a client
# would. Needs wrk (apt-get install -y wrk) and the tools of the repository's manifest (dotnet tool restore).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
duration=${DURATION:-10s}
samples=${SAMPLES:-3}
total=${KEYS:-1000000}
store=${STORE:-memory}
case "$store" in
  memory|sqlite) ;;
  *) echo "STORE is memory or sqlite, not $store" >&2; exit 2 ;;
esac

(cd "$root" && dotnet tool restore >/dev/null)
dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null

declare -A port_of pid_of
start() { # name: an emulator of the chosen store on a free port
  local port option=--Kms:Store=memory
  port=$(free_port)
  [[ $store == sqlite ]] && option="--Kms:Store=sqlite:$work/$1.db"
  dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$port" "$option" >"$work/$1.log" 2>&1 &
  pid_of[$1]=$!
  port_of[$1]=$port
  pids+=($!)
  wait_ready "$port"
  kms_call "$port" ListKeys '{}' >/dev/null
}

url_of() { echo "http://127.0.0.1:${port_of[$1]}/"; }

key_count() { curl -sf "http://127.0.0.1:${port_of[$1]}/_kms/health" | python3 -c 'import json, sys; print(json.load(sys.stdin)["keyCount"])'; }

rss_after_gc() { # name -> KiB of resident memory right after a full, blocking GC
  (cd "$root" && dotnet gcdump collect -p "${pid_of[$1]}" -o "$work/heap.gcdump" >/dev/null)
  awk '/^VmRSS:/ { print $2 }' "/proc/${pid_of[$1]}/status"
}

# CreateKey until the Region of emulator $1 holds $2 keys: each of wrk's two threads stops sending after its share of
# the missing keys (wrk itself runs on until its duration, so it is stopped once the count is reached).
fill_to() {
  local missing=$(( $2 - $(key_count "$1") ))
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
  wrk -t2 -c16 -d3600s -s "$work/fill.lua" "$(url_of "$1")" >"$work/fill.txt" &
  local filler=$!
  while (( $(key_count "$1") < $2 )); do sleep 1; done
  kill "$filler"
  wait "$filler" 2>/dev/null || true
}

latency() { # wrk output -> "p50 rate"
  awk 'BEGIN { p50 = "-" } /^ +50%/ { p50 = $2 } /^Requests\/sec/ { rate = $2 } END { print p50, rate }' "$1"
}

to_ms() { # wrk latency (e.g. 512.00us, 1.20ms, 1.01s) -> milliseconds
  python3 -c 'import re, sys; v, u = re.match(r"([\d.]+)(us|ms|s)", sys.argv[1]).groups(); print(float(v) * {"us": 0.001, "ms": 1, "s": 1000}[u])' "$1"
}

scripts() { # name: the wrk scripts of one emulator's measurements, DescribeKey naming one of its keys
  local key
  key=$(kms_call "${port_of[$1]}" ListKeys '{"Limit":1}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["Keys"][0]["KeyId"])')
  # Markers are the key ID a page ends with, base64url-encoded: these start the page mid-list and near its end.
  wrk_script "$1.describe" DescribeKey "{\"KeyId\":\"$key\"}" >/dev/null
  wrk_script "$1.first" ListKeys '{"Limit":100}' >/dev/null
  wrk_script "$1.middle" ListKeys "{\"Limit\":100,\"Marker\":\"$(printf '80000000-0000-0000-0000-000000000000' | base64 -w0 | tr '+/' '-_' | tr -d '=')\"}" >/dev/null
  wrk_script "$1.end" ListKeys "{\"Limit\":100,\"Marker\":\"$(printf 'fff00000-0000-0000-0000-000000000000' | base64 -w0 | tr '+/' '-_' | tr -d '=')\"}" >/dev/null
  wrk_script "$1.create" CreateKey '{}' >/dev/null
  wrk -t1 -c1 -d3s -s "$work/$1.describe.lua" "$(url_of "$1")" >/dev/null
}

sample() { # name measurement round
  wrk -t1 -c1 -d"$duration" --latency -s "$work/$1.$2.lua" "$(url_of "$1")" >"$work/$1.$2.$3.txt"
}

median_p50() { # name measurement -> the median of the rounds' p50 latencies, in wrk's units (us, ms or s)
  local round p50
  for round in $(seq 1 "$samples"); do
    read -r p50 _ < <(latency "$work/$1.$2.$round.txt")
    echo "$(to_ms "$p50") $p50"
  done | sort -g | awk '{ lines[NR] = $2 } END { print lines[int((NR + 1) / 2)] }'
}

echo "The emulator at scale, store $store, $(nproc) cores, $(date -u +%FT%TZ); wrk -t1 -c1 for latency (median of $samples rounds of $duration, the two emulators in turn), -t2 -c16 for CreateKey ($duration)"
start small
start large
idle_rss=$(rss_after_gc large)

fill_to small 1000
scripts small
started=$(date +%s)
fill_to large "$total"
filled=$(( $(date +%s) - started ))
large_keys=$(key_count large)
large_rss=$(rss_after_gc large)
scripts large

for round in $(seq 1 "$samples"); do
  for measurement in describe first middle end; do
    sample small "$measurement" "$round"
    sample large "$measurement" "$round"
  done
done
wrk -t2 -c16 -d"$duration" -s "$work/small.create.lua" "$(url_of small)" >"$work/small.create.txt"
wrk -t2 -c16 -d"$duration" -s "$work/large.create.lua" "$(url_of large)" >"$work/large.create.txt"
if grep -q "Non-2xx" "$work"/{small,large}.*.txt; then echo "non-2xx answers" >&2; cat "$work"/*.txt >&2; exit 1; fi

small_describe=$(median_p50 small describe)
large_describe=$(median_p50 large describe)
read -r _ small_create < <(latency "$work/small.create.txt")
read -r _ large_create < <(latency "$work/large.create.txt")

printf '%-34s %14s %14s %8s\n' "" "1000 keys" "$large_keys keys" ratio
printf '%-34s %14s %14s %8s\n' "DescribeKey p50" "$small_describe" "$large_describe" "$(python3 -c "print(f'{$(to_ms "$large_describe") / $(to_ms "$small_describe"):.2f}')")"
printf '%-34s %14s %14s %8s\n' "CreateKey requests/s" "$small_create" "$large_create" "$(python3 -c "print(f'{$large_create / $small_create:.2f}')")"
printf '%-34s %14s %14s\n' "ListKeys page p50, first" "$(median_p50 small first)" "$(median_p50 large first)"
printf '%-34s %14s %14s\n' "ListKeys page p50, middle" "$(median_p50 small middle)" "$(median_p50 large middle)"
printf '%-34s %14s %14s\n' "ListKeys page p50, near the end" "$(median_p50 small end)" "$(median_p50 large end)"
echo "DescribeKey p50 by round (1000 keys / $large_keys keys): $(for round in $(seq 1 "$samples"); do printf '%s/%s ' "$(latency "$work/small.describe.$round.txt" | cut -d' ' -f1)" "$(latency "$work/large.describe.$round.txt" | cut -d' ' -f1)"; done)"
echo "RSS after a full GC: $(( idle_rss / 1024 )) MiB idle, $(( large_rss / 1024 )) MiB with $large_keys keys: $(( (large_rss - idle_rss) * 1024 / large_keys )) bytes per key"
echo "Filling to $large_keys keys took ${filled} s"
if [[ $store == sqlite ]]; then
  echo "SQLite file: $(( $(stat -c %s "$work/large.db") / 1024 / 1024 )) MiB, write-ahead log $(( $(stat -c %s "$work/large.db-wal" 2>/dev/null || echo 0) / 1024 / 1024 )) MiB"
fi
