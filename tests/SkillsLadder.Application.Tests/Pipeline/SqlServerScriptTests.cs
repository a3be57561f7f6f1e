using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SkillsLadder.Application.Tests.Pipeline;

/// <summary>
/// What can be checked of SQL Server without a server (none runs on our machines): the model builds on its provider,
/// and its migrations script to the committed db/SqlServer/create.sql, creating every table of the model.
/// </summary>
public sealed partial class SqlServerScriptTests
{
    [Fact]
    public void The_model_builds_on_SQL_Server_and_the_idempotent_script_is_the_committed_create_sql()
    {
        using var db = new SkillsLadderDbContext(TestDatabase.Options(DatabaseProvider.SqlServer, TestDatabase.Unreachable(DatabaseProvider.SqlServer)));
        db.Database.ProviderName.ShouldBe("Microsoft.EntityFrameworkCore.SqlServer");
        db.Database.GetMigrations().ShouldNotBeEmpty();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var created = CreateTable().Matches(script).Select(m => m.Groups[1].Value).ToHashSet();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        tables.Where(t => !created.Contains(t)).ShouldBeEmpty("tables of the model that the SQL Server migrations do not create");
        Normalise(script).ShouldBe(Normalise(File.ReadAllText(CommittedScript())), "db/SqlServer/create.sql is behind the migrations: run tools/sqlserver-ddl.sh");
    }

    private static string CommittedScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SkillsLadder.sln"))) return Path.Combine(dir.FullName, "db", "SqlServer", "create.sql");
        throw new FileNotFoundException("SkillsLadder.sln not found above the test assembly.");
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"CREATE TABLE \[(\w+)\]")]
    private static partial Regex CreateTable();
}
