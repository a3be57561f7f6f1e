using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Metadata;

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

    /// <summary>
    /// SQL Server refuses a foreign key whose cascading action (CASCADE or SET NULL) would give a table two cascade paths
    /// from another, or a cycle; SQLite and PostgreSQL accept both. Only a live server would say so at migration time,
    /// so the cascading keys of the model's SQL Server mapping are checked here.
    /// </summary>
    [Fact]
    public void No_table_is_reached_by_two_cascade_paths_or_a_cascade_cycle()
    {
        using var db = new SkillsLadderDbContext(TestDatabase.Options(DatabaseProvider.SqlServer, TestDatabase.Unreachable(DatabaseProvider.SqlServer)));
        var cascades = db.Model.GetRelationalModel().Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(k => k.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(k => k.PrincipalTable.Name, k => (Child: k.Table.Name, Key: k.Name));
        cascades.Count.ShouldBeGreaterThan(10); // the model does cascade: the check is not vacuous

        var problems = new List<string>();
        foreach (var start in cascades.Select(g => g.Key))
        {
            var reached = new Dictionary<string, string>();
            void Walk(string table, string path, HashSet<string> onPath)
            {
                foreach (var (child, key) in cascades[table])
                {
                    var next = $"{path} -{key}-> {child}";
                    if (onPath.Contains(child)) problems.Add($"cycle: {next}");
                    else if (reached.TryGetValue(child, out var earlier)) problems.Add($"two paths: {earlier} | {next}");
                    else
                    {
                        reached[child] = next;
                        Walk(child, next, [.. onPath, child]);
                    }
                }
            }
            Walk(start, start, [start]);
        }
        problems.ShouldBeEmpty();
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
