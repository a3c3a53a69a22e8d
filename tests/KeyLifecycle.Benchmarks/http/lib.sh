# Shared by the load scripts here (sourced first, not run, with $here set to this folder): the repository's root, a
# scratch folder $work removed on exit with the processes listed in $pids, free loopback ports, KMS calls with curl,
# wrk Lua scripts.

root=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

# Every request is signed for us-east-1 with a dummy key; the emulator accepts any signature by default.
auth='AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=0'

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

kms_call() { # port operation body -> the response body; fails on a non-2xx answer
  curl -sf -X POST "http://127.0.0.1:$1/" -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: TrentService.$2" \
    -H "Authorization: $auth" --data "$3"
}

wait_ready() { # port: until the server answers at all (20 s at most)
  for _ in $(seq 1 200); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" -X POST --data '{"KeyId":"x"}' && return 0
    sleep 0.1
  done
}

key_id_of() { python3 -c 'import json, sys; print(json.load(sys.stdin)["KeyMetadata"]["KeyId"])'; }

wrk_script() { # name operation body -> the path of a wrk Lua script that sends that request
  cat >"$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.body = '$3'
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "TrentService.$2"
wrk.headers["Authorization"] = "$auth"
LUA
  echo "$work/$1.lua"
}
