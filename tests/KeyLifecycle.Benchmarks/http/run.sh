#!/usr/bin/env bash
# Loads the emulator and a no-op ASP.NET Core endpoint that parses the JSON body, side by side in one run, with the same
# EnableKey and DescribeKey requests (wrk), and prints each rate and the emulator's ratio to the no-op floor. Then
# GenerateDataKey (AES_256) against the emulator's own DescribeKey as its floor, as the cryptography's target reads.
#
#   tests/KeyLifecycle.Benchmarks/http/run.sh            # wrk -t1 -c16, 3 s warm-up, then 5 rounds of 10 s per endpoint and operation
#   DURATION=20s ROUNDS=3 CONNECTIONS=32 tests/KeyLifecycle.Benchmarks/http/run.sh
#
# Each round measures both servers back to back, alternating which goes first; the ratio printed is the median of the
# rounds' ratios (each round's is shown too), since on two cores one 10 s run can be off by a tenth either way.
#
# Both servers run in Release on free loopback ports; the emulator at its default logging level, its one line per
# request going to a file. Needs wrk (apt-get install -y wrk). The machine's other load shows in both columns alike.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
duration=${DURATION:-10s}
warmup=${WARMUP:-3s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-1}
rounds=${ROUNDS:-5}

dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet build "$root/tests/KeyLifecycle.Benchmarks.NoOp" -c Release -nologo -v q >/dev/null

emulator_port=$(free_port)
noop_port=$(free_port)
dotnet "$root/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$emulator_port" >"$work/emulator.log" 2>&1 &
pids+=($!)
dotnet "$root/tests/KeyLifecycle.Benchmarks.NoOp/bin/Release/net10.0/KeyLifecycle.Benchmarks.NoOp.dll" --urls "http://127.0.0.1:$noop_port" >"$work/noop.log" 2>&1 &
pids+=($!)

wait_ready "$emulator_port"
wait_ready "$noop_port"

key_id=$(kms_call "$emulator_port" CreateKey '{}' | key_id_of)
body="{\"KeyId\":\"$key_id\"}"
script() { wrk_script "$1" "$1" "${2:-$body}"; }   # operation [body] -> wrk Lua script
rate() { # port script duration -> requests per second; non-2xx answers fail the run
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$3" -s "$2" "http://127.0.0.1:$1/")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from port $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}

compare() { # label floor-port floor-script port script: rounds alternating which goes first, then the median ratio
  local noops=() emulators=()
  rate "$2" "$3" "$warmup" >/dev/null
  rate "$4" "$5" "$warmup" >/dev/null
  for round in $(seq 1 "$rounds"); do
    # Alternate which goes first, so that a drift in the machine's speed weighs on both alike.
    if (( round % 2 )); then
      noops+=("$(rate "$2" "$3" "$duration")")
      emulators+=("$(rate "$4" "$5" "$duration")")
    else
      emulators+=("$(rate "$4" "$5" "$duration")")
      noops+=("$(rate "$2" "$3" "$duration")")
    fi
  done
  python3 - "$1" "${noops[*]}" "${emulators[*]}" <<'PY'
import statistics, sys
operation, noops, emulators = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
ratios = [e / n for n, e in zip(noops, emulators)]
print(f"{operation:<16} {statistics.median(noops):14.0f} {statistics.median(emulators):14.0f} {statistics.median(ratios):7.2f}   {' '.join(f'{r:.2f}' for r in ratios)}")
PY
}

echo "wrk -t$threads -c$connections, $warmup warm-up then $rounds rounds of $duration per endpoint, alternating; $(nproc) cores; $(date -u +%FT%TZ)"
printf '%-16s %14s %14s %7s   %s\n' operation "floor req/s" "measured req/s" ratio "ratio of each round"
for operation in EnableKey DescribeKey; do
  lua=$(script "$operation")
  compare "$operation" "$noop_port" "$lua" "$emulator_port" "$lua"
done
# The floor here is the emulator's DescribeKey of the same key: what a data key adds to a read of the key.
compare "GenerateDataKey" "$emulator_port" "$(script DescribeKey)" "$emulator_port" "$(script GenerateDataKey "{\"KeyId\":\"$key_id\",\"KeySpec\":\"AES_256\"}")"
echo "emulator log lines written: $(grep -c 'kms\[1\]' "$work/emulator.log" || true) (one per request); the floor column of GenerateDataKey is the emulator's DescribeKey"
