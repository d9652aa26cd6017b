#!/usr/bin/env bash
# Makes a clearly synthetic set of TLD definition files for the generator benchmark:
# synthetic-0001.json … synthetic-NNNN.json, copies of the real tld-data/*.json with renamed TLDs,
# into an ignored folder (default benchmarks/.synthetic-tlds/<count>/). Never writes into tld-data.
#
#   benchmarks/make-synthetic-tlds.sh [count=1500] [folder]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
count="${1:-1500}"
args=(make-synthetic-tlds "$count")
if [[ $# -ge 2 ]]; then args+=("$2"); fi
exec dotnet run -c Release --project "$here/TldToolkit.Benchmarks.csproj" -- "${args[@]}"
