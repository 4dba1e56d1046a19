#!/usr/bin/env bash
# Runs every test of EstateCommons on a fresh machine: prepares what the tests need, then `dotnet test`.
# Usage: tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests/run.sh: the .NET 10 SDK (dotnet) is needed and was not found on PATH." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
configuration=Release
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet build EstateCommons.sln -c "$configuration" -nologo -v quiet

status=0
dotnet test EstateCommons.sln -c "$configuration" --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line for whoever reads the log, summed over every test project's results.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
