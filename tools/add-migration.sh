#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migrations assembly (db/Sqlite, db/PostgreSql,
# db/SqlServer), so none is forgotten, then regenerates db/SqlServer/create.sql from the SQL Server migrations.
# Usage: tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build db/Design -v q -nologo
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project "db/$provider" --startup-project db/Design \
    --context SkillsLadderDbContext --output-dir Migrations -- --provider "$provider"
done
tools/sqlserver-ddl.sh
