#!/usr/bin/env bash
# Generates the SQL Server schema script (db/SqlServer/create.sql) from the model at design time.
# The SQL Server runtime provider cannot be restored from our package source, so SQL Server gets DDL, not migrations.
# Usage: tools/sqlserver-ddl.sh [output-file]   (default db/SqlServer/create.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-db/SqlServer/create.sql}
dotnet tool restore >/dev/null
dotnet build db/Design -v q -nologo >/dev/null
dotnet ef dbcontext script --no-build --project db/Design --startup-project db/Design \
  --context SkillsLadderDbContext --output "$out" -- --provider SqlServer >/dev/null
echo "wrote $out"
