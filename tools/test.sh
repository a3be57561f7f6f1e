#!/usr/bin/env bash
# Runs every test on SQLite and on a private PostgreSQL server that this script installs (Debian package,
# when missing), starts on a free loopback port in a temp folder, and removes again. Browser journeys run in
# Debian's Chromium (installed when missing); their screenshots are kept in artifacts/browser/. The cluster tests
# put two app nodes behind Debian's HAProxy on PgBouncer (both installed when missing; CI=true makes their absence a
# failure rather than a skip).
# SQL Server cannot run here: without a server this checks that db/SqlServer/create.sql is the idempotent script of
# the SQL Server migrations (below), and the test suites check that the model builds on the SqlServer provider, that
# it has no changes the SQL Server migrations lack, and that the script generates. When SKILLSLADDER_TEST_SQLSERVER
# holds a connection string (a login that may create databases), the slice, web and demo-city suites run there too.
# Usage: tools/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source tools/postgres.sh
source tools/cluster.sh # HAProxy and PgBouncer for the two-node tests (Tests/Cluster)

results=$(mktemp -d /tmp/skillsladder-results.XXXXXX)
cleanup() { pg_private_stop; rm -rf "$results"; }
trap cleanup EXIT

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "== installing Chromium from Debian packages"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
}

ensure_chromium
cluster_ensure_installed
pg_private_start
export SKILLSLADDER_ARTIFACTS="$root/artifacts"
rm -rf "$SKILLSLADDER_ARTIFACTS/browser"
dotnet tool restore >/dev/null
dotnet build SkillsLadder.sln -c Release -nologo -v q

# The SQL Server script is generated, not hand-written: it must be the idempotent script of the SQL Server migrations.
tools/sqlserver-ddl.sh "$results/create.sql" >/dev/null
if ! cmp -s "$results/create.sql" db/SqlServer/create.sql; then
  echo "db/SqlServer/create.sql is not the script of db/SqlServer/Migrations: run tools/sqlserver-ddl.sh and commit it." >&2
  exit 1
fi
if [ -n "${SKILLSLADDER_TEST_SQLSERVER:-}" ]; then
  echo "== SQL Server: SKILLSLADDER_TEST_SQLSERVER is set, the server-backed tests run there as well"
else
  echo "== SQL Server: no server (SKILLSLADDER_TEST_SQLSERVER unset); its server-backed tests are reported as skipped"
fi

status=0
dotnet test SkillsLadder.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain summary line over all test assemblies, from their TRX reports.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
totals = {"passed": 0, "failed": 0, "skipped": 0}
# Counted per result: the TRX Counters element leaves xunit's skipped tests out of "notExecuted".
for path in glob.glob(sys.argv[1] + "/*.trx"):
    for result in ET.parse(path).getroot().iter("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}UnitTestResult"):
        outcome = result.get("outcome", "")
        key = "passed" if outcome == "Passed" else "failed" if outcome in ("Failed", "Error", "Timeout", "Aborted") else "skipped"
        totals[key] += 1
print(f"{totals['passed']} passed, {totals['failed']} failed, {totals['skipped']} skipped")
PY
exit $status
