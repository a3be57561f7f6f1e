using System.Globalization;
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

    /// <summary>
    /// SQL Server cannot index an nvarchar(max) column at all, and a key that may pass 900 bytes (clustered: the primary
    /// keys) or 1,700 bytes (other indexes) is created with a warning, after which rows with longer values are refused;
    /// the other databases have no such limits. Sizes are the widest a value of the column's store type can be.
    /// </summary>
    [Fact]
    public void Every_key_and_index_fits_SQL_Server_key_limits()
    {
        using var db = new SkillsLadderDbContext(TestDatabase.Options(DatabaseProvider.SqlServer, TestDatabase.Unreachable(DatabaseProvider.SqlServer)));
        var tables = db.Model.GetRelationalModel().Tables.ToList();
        var keys = tables.Where(t => t.PrimaryKey is not null).Select(t => (Name: t.PrimaryKey!.Name, t.PrimaryKey.Columns, Limit: 900))
            .Concat(tables.SelectMany(t => t.UniqueConstraints.Where(u => !u.GetIsPrimaryKey())).Select(u => (u.Name, u.Columns, Limit: 1700)))
            .Concat(tables.SelectMany(t => t.Indexes).Select(i => (i.Name, i.Columns, Limit: 1700)))
            .ToList();
        keys.Count.ShouldBeGreaterThan(100);

        keys.SelectMany(k => k.Columns.Where(c => c.StoreType.EndsWith("(max)", StringComparison.Ordinal)).Select(c => $"{k.Name}: {c.Name} {c.StoreType}"))
            .ShouldBeEmpty("columns SQL Server cannot index");
        keys.Where(k => !WideIdentityKeys.Contains(k.Name)).Select(k => (k.Name, k.Limit, Bytes: k.Columns.Sum(c => MaxBytes(c.StoreType))))
            .Where(k => k.Bytes > k.Limit).Select(k => $"{k.Name}: {k.Bytes} bytes, limit {k.Limit}")
            .ShouldBeEmpty("keys whose longest values SQL Server would refuse");
    }

    /// <summary>
    /// ASP.NET Core Identity's own keys (login provider and key; user, provider and token name): two nvarchar(450) columns,
    /// as in every SQL Server deployment of Identity. We sign in with local accounts only, whose provider names and token
    /// names are a few dozen characters.
    /// </summary>
    private static readonly HashSet<string> WideIdentityKeys = ["PK_AspNetUserLogins", "PK_AspNetUserTokens"];

    private static int MaxBytes(string storeType) => storeType switch
    {
        "bit" => 1,
        "date" => 3,
        "int" or "real" => 4,
        "bigint" or "float" or "datetime2" => 8,
        "datetimeoffset" => 10,
        "uniqueidentifier" => 16,
        _ when StoreTypeLength().Match(storeType) is { Success: true } m =>
            m.Groups[2].Value == "max" ? 0 : int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * (m.Groups[1].Value.StartsWith('n') ? 2 : 1),
        _ => throw new InvalidOperationException($"Give {storeType} its key size here."),
    };

    private static string CommittedScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SkillsLadder.sln"))) return Path.Combine(dir.FullName, "db", "SqlServer", "create.sql");
        throw new FileNotFoundException("SkillsLadder.sln not found above the test assembly.");
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"CREATE TABLE \[(\w+)\]")]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^(n?varchar|n?char|varbinary|binary)\((\d+|max)\)$")]
    private static partial Regex StoreTypeLength();
}
