#!/usr/bin/env bash
# Loads the emulator and a no-op ASP.NET Core endpoint that parses the JSON body, side by side in one run, with the same
# EnableKey and DescribeKey requests (wrk), and prints each rate and the emulator's ratio to the no-op floor.
#
#   tests/KeyLifecycle.Benchmarks/http/run.sh            # wrk -t1 -c16, 3 s warm-up, 10 s measured, per endpoint and operation
#   DURATION=20s CONNECTIONS=32 tests/KeyLifecycle.Benchmarks/http/run.sh
#
# Both servers run in Release on free loopback ports; the emulator at its default logging level, its one line per
# request going to a file. Needs wrk (apt-get install -y wrk). The machine's other load shows in both columns alike.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
duration=${DURATION:-10s}
warmup=${WARMUP:-3s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-1}
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet build "$root/tests/KeyLifecycle.Benchmarks.NoOp" -c Release -nologo -v q >/dev/null

emulator_port=$(free_port)
noop_port=$(free_port)
dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$emulator_port" >"$work/emulator.log" 2>&1 &
pids+=($!)
dotnet "$root/tests/KeyLifecycle.Benchmarks.NoOp/bin/Release/net10.0/KeyLifecycle.Benchmarks.NoOp.dll" --urls "http://127.0.0.1:$noop_port" >"$work/noop.log" 2>&1 &
pids+=($!)

auth='AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0'
call() { # port operation body
  curl -sf -X POST "http://127.0.0.1:$1/" -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: TrentService.$2" \
    -H "Authorization: $auth" --data "$3"
}
for port in "$emulator_port" "$noop_port"; do
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" -X POST --data '{"KeyId":"x"}' && break
    sleep 0.1
  done
done

key_id=$(call "$emulator_port" CreateKey '{}' | python3 -c 'import json, sys; print(json.load(sys.stdin)["KeyMetadata"]["KeyId"])')
body="{\"KeyId\":\"$key_id\"}"

script() { # operation -> wrk Lua script
  cat >"$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "TrentService.$1"
wrk.headers["Authorization"] = "$auth"
LUA
  echo "$work/$1.lua"
}
rate() { # port script duration -> requests per second; non-2xx answers fail the run
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$3" -s "$2" "http://127.0.0.1:$1/")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from port $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}

echo "wrk -t$threads -c$connections, $warmup warm-up then $duration measured, per endpoint; $(nproc) cores; $(date -u +%FT%TZ)"
printf '%-12s %14s %14s %7s\n' operation "no-op req/s" "emulator req/s" ratio
for operation in EnableKey DescribeKey; do
  lua=$(script "$operation")
  rate "$noop_port" "$lua" "$warmup" >/dev/null
  rate "$emulator_port" "$lua" "$warmup" >/dev/null
  noop=$(rate "$noop_port" "$lua" "$duration")
  emulator=$(rate "$emulator_port" "$lua" "$duration")
  printf '%-12s %14.0f %14.0f %7.2f\n' "$operation" "$noop" "$emulator" "$(python3 -c "print($emulator / $noop)")"
done
echo "emulator log lines written: $(grep -c 'kms\[1\]' "$work/emulator.log" || true) (one per request)"
