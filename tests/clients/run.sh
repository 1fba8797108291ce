#!/usr/bin/env bash
# Checks that widely used third-party clients work against the sandbox unchanged: jsforce (Salesforce)
# and node-marketo-rest (Marketo), from the npm registry, against a sia-sandbox this script starts on
# 127.0.0.1 and stops. Not part of ctest (it downloads packages); run it by hand or in a scheduled job:
#
#   tests/clients/run.sh build/debug/app/sia-sandbox
set -euo pipefail
sandbox=${1:?usage: tests/clients/run.sh PATH-TO-sia-sandbox}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sia-clients.XXXXXX")
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf -- "$work"' EXIT

command -v npm >/dev/null || { echo "run.sh: npm is needed (apt-get install npm)" >&2; exit 3; }
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund jsforce@3 node-marketo-rest@0.7 >/dev/null)

"$sandbox" --people 2000 --seed 7 >"$work/ready.json" &
pid=$!
for _ in $(seq 50); do [[ -s $work/ready.json ]] && break; sleep 0.1; done
[[ -s $work/ready.json ]] || { echo "run.sh: sia-sandbox did not start" >&2; exit 3; }

cp "$here/thirdpartyclients.js" "$work/"
(cd "$work" && node thirdpartyclients.js ready.json)
