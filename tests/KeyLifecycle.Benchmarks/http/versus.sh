#!/usr/bin/env bash
# Loads the emulator built from this tree and the emulator built from an earlier commit side by side, with the same
# request, and prints each rate and this tree's ratio to the earlier one: how much a change costs, measured in one run.
#
#   tests/KeyLifecycle.Benchmarks/http/versus.sh <commit>                     # DescribeKey of a key with the default policy
#   OPERATION=Encrypt BODY='{"KeyId":"%KEY%","Plaintext":"AAAA"}' tests/KeyLifecycle.Benchmarks/http/versus.sh <commit>
#   POLICY='{"Version":"2012-10-17","Statement":[...]}' tests/KeyLifecycle.Benchmarks/http/versus.sh <commit>   # a key with that policy
#
# wrk -t1 -c16 by default, 3 s warm-up, then ROUNDS (5) rounds of DURATION (10s) per build, alternating which goes first;
# the ratio printed is the median of the rounds' ratios, each round's shown too. Both builds run in Release on free
# loopback ports, in memory, at their default logging level. The earlier commit is checked out in a scratch worktree.
# Needs wrk (apt-get install -y wrk).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
base=${1:?usage: versus.sh <commit>}
operation=${OPERATION:-DescribeKey}
duration=${DURATION:-10s}
warmup=${WARMUP:-3s}
connections=${CONNECTIONS:-16}
threads=${THREADS:-1}
rounds=${ROUNDS:-5}

git -C "$root" worktree add -q --detach "$work/base" "$base"
trap 'git -C "$root" worktree remove --force "$work/base" 2>/dev/null || true; cleanup' EXIT
dotnet build "$work/base/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null
dotnet build "$root/src/KeyLifecycle.Emulator" -c Release -nologo -v q >/dev/null

start() { # folder port log
  dotnet "$1/src/KeyLifecycle.Emulator/bin/Release/net10.0/KeyLifecycle.Emulator.dll" --urls "http://127.0.0.1:$2" >"$3" 2>&1 &
  pids+=($!)
  wait_ready "$2"
}
base_port=$(free_port)
this_port=$(free_port)
start "$work/base" "$base_port" "$work/base.log"
start "$root" "$this_port" "$work/this.log"

# The same key in both: created with the policy given, if any, so that both evaluate the same document.
create='{}'
if [[ -n "${POLICY:-}" ]]; then
  create=$(python3 -c 'import json, sys; print(json.dumps({"Policy": sys.argv[1]}))' "$POLICY")
fi
base_key=$(kms_call "$base_port" CreateKey "$create" | key_id_of)
this_key=$(kms_call "$this_port" CreateKey "$create" | key_id_of)
body=${BODY:-'{"KeyId":"%KEY%"}'}
base_lua=$(wrk_script base "$operation" "${body//%KEY%/$base_key}")
this_lua=$(wrk_script this "$operation" "${body//%KEY%/$this_key}")

rate() { # port script duration -> requests per second; non-2xx answers fail the run
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$3" -s "$2" "http://127.0.0.1:$1/")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers from port $1:" >&2; echo "$out" >&2; exit 1; fi
  awk '/Requests\/sec/ { print $2 }' <<<"$out"
}

rate "$base_port" "$base_lua" "$warmup" >/dev/null
rate "$this_port" "$this_lua" "$warmup" >/dev/null
bases=() these=()
for round in $(seq 1 "$rounds"); do
  if (( round % 2 )); then
    bases+=("$(rate "$base_port" "$base_lua" "$duration")")
    these+=("$(rate "$this_port" "$this_lua" "$duration")")
  else
    these+=("$(rate "$this_port" "$this_lua" "$duration")")
    bases+=("$(rate "$base_port" "$base_lua" "$duration")")
  fi
done

echo "wrk -t$threads -c$connections, $warmup warm-up then $rounds rounds of $duration per build, alternating; $(nproc) cores; $(date -u +%FT%TZ)"
echo "base $(git -C "$root" rev-parse --short "$base"), this tree $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' with changes')"
python3 - "$operation" "${bases[*]}" "${these[*]}" <<'PY'
import statistics, sys
operation, bases, these = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
ratios = [t / b for b, t in zip(bases, these)]
print(f"{'operation':<16} {'base req/s':>14} {'this req/s':>14} {'ratio':>7}   ratio of each round")
print(f"{operation:<16} {statistics.median(bases):14.0f} {statistics.median(these):14.0f} {statistics.median(ratios):7.2f}   {' '.join(f'{r:.2f}' for r in ratios)}")
PY
