#!/usr/bin/env bash
# Runs every test of EstateCommons on a fresh machine: prepares what the tests need (a Docker engine and the base
# image for the test dependencies' Dockerfiles, and Debian's Chromium for the browser tests), then `dotnet test`.
# Usage: tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests/run.sh: the .NET 10 SDK (dotnet) is needed and was not found on PATH." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Azurite and Redis run in containers built from infra/; see tests/ensure-docker.sh. If Docker cannot be had, the
# tests still run and those that need it fail, saying why.
if ! bash tests/ensure-docker.sh; then
  echo "tests/run.sh: Docker is not available; the container tests will fail." >&2
fi
# The Docker client library in the tests speaks a newer API than Debian's engine; ask for the engine's own version.
if [ -z "${DOCKER_API_VERSION:-}" ]; then
  DOCKER_API_VERSION=$(DOCKER_API_VERSION= docker version --format '{{.Server.APIVersion}}' 2>/dev/null || echo 1.41)
  export DOCKER_API_VERSION
fi
# The browser tests drive Debian's Chromium; see tests/ensure-chromium.sh. Without it they fail, saying so.
if ! bash tests/ensure-chromium.sh; then
  echo "tests/run.sh: Chromium is not available; the browser tests will fail." >&2
fi
# Screenshots from the browser tests, kept after the run.
export ESTATECOMMONS_ARTIFACTS="${ESTATECOMMONS_ARTIFACTS:-$PWD/tests/artifacts}"

# Testcontainers' reaper would need an image from a registry; the tests remove their own containers.
export TESTCONTAINERS_RYUK_DISABLED=true

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
# Figures some tests report (the kill-a-silo test's requests lost and time to recover) are shown here too, since
# dotnet test keeps passing tests' output to itself at its default verbosity.
figures = []
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for output in ET.parse(path).getroot().iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}StdOut"):
        figures += [line for line in (output.text or "").splitlines() if line.startswith("Kill-a-silo:") and line not in figures]
for line in figures:
    print(line)
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
