#!/usr/bin/env bash
# Writes db/SqlServer/create.sql: the idempotent script of the SQL Server migrations (db/SqlServer/Migrations),
# which a DBA can run on an empty or partly migrated database. Needs no server.
# Usage: tools/sqlserver-ddl.sh [output-file]   (default db/SqlServer/create.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-db/SqlServer/create.sql}
dotnet tool restore >/dev/null
# Built here, so that migrations just added are in the assembly that dotnet-ef reads.
dotnet build db/Design -v q -nologo >/dev/null
dotnet ef migrations script --idempotent --no-build --project db/SqlServer --startup-project db/Design \
  --context SkillsLadderDbContext --output "$out" -- --provider SqlServer >/dev/null
echo "wrote $out"
