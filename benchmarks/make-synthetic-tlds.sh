#!/usr/bin/env bash
# Makes a clearly synthetic set of TLD definition files for the generator benchmark:
# synthetic-0001.json … synthetic-NNNN.json, copies of the real tld-data/*.json with renamed TLDs,
# into an ignored folder (default benchmarks/.synthetic-tlds/<count>/). Never writes into tld-data.
# With --realistic: the set shaped like the root zone (profiles/ with an ICANN baseline and four backends;
# 70% baseline gTLDs that only extend profiles, 20% closed brands, 5% unverified ccTLDs, 5% verified
# copies), default folder benchmarks/.synthetic-tlds/realistic-<count>/.
#
#   benchmarks/make-synthetic-tlds.sh [--realistic] [count=1500] [folder]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
args=(make-synthetic-tlds)
if [[ "${1:-}" == "--realistic" ]]; then args+=(--realistic); shift; fi
count="${1:-1500}"
args+=("$count")
if [[ $# -ge 2 ]]; then args+=("$2"); fi
exec dotnet run -c Release --project "$here/TldToolkit.Benchmarks.csproj" -- "${args[@]}"
