#!/usr/bin/env bash
# The one test command: provisions what the tests need on a fresh machine, then runs every test.
#   - Node emulators (Azurite, the Cosmos DB-compatible server, rhea for the Service Bus test broker) from the npm registry, pinned by
#     tests/emulators/package-lock.json; reinstalled only when the lockfile changes.
#   - Debian's chromium for the dashboard's browser tests, when /usr/bin/chromium is missing (apt-get, as root or via sudo).
#   - every test project in Logistics.Functions.sln.
# It fails when a test fails or is skipped, and ends with one plain summary line: "N passed, N failed, N skipped".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need() { command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is required on PATH ($2)" >&2; exit 2; }; }
need dotnet "the .NET 10 SDK pinned in global.json"
need node "Node.js, for the test emulators"
need npm "npm, for the test emulators"

# Debian's chromium for the dashboard's browser tests (tests/Logistics.Dashboard.Tests drives /usr/bin/chromium with
# Playwright; Playwright's own browser download cannot work on these machines). Installed once, when missing.
if [[ ! -x /usr/bin/chromium ]]; then
  echo "run.sh: installing Debian's chromium for the dashboard's browser tests"
  as_root=""
  [[ "$(id -u)" -eq 0 ]] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

emulators="$root/tests/emulators"
stamp="$emulators/node_modules/.lockfile.sha256"
want="$(sha256sum "$emulators/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  echo "run.sh: installing test emulators (npm ci in tests/emulators)"
  npm ci --prefix "$emulators" --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test "$root/Logistics.Functions.sln" \
  --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?

# One closing line over every project's TRX file, and no silently skipped test.
read -r passed failed skipped < <(
  find "$results" -name '*.trx' -print0 | xargs -0 -r cat |
    grep -o '<Counters [^>]*>' |
    sed -E 's/.* passed="([0-9]+)" failed="([0-9]+)".* notExecuted="([0-9]+)".*/\1 \2 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [[ "$status" -ne 0 && "$failed" -eq 0 ]]; then
  echo "run.sh: dotnet test failed without a failing test: a project did not build or a test host crashed (see above)." >&2
fi
if [[ "$status" -eq 0 && "$skipped" -gt 0 ]]; then
  echo "run.sh: ${skipped} test(s) skipped; every test must run." >&2
  status=1
fi
if [[ "$status" -eq 0 && "$passed" -eq 0 ]]; then
  echo "run.sh: no test ran." >&2
  status=1
fi
exit "$status"
