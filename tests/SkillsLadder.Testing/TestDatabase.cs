using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkillsLadder.Data;

namespace SkillsLadder.Testing;

/// <summary>
/// A fresh, migrated database for one test: a copy of a migrated SQLite template file, or a PostgreSQL database
/// cloned from a migrated template database. Migrations run once per test process and provider.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly string RunId = $"{Environment.ProcessId}_{DateTime.UtcNow:HHmmss}";
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgreSqlTemplate = new(CreatePostgreSqlTemplateAsync);
    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var template = await SqliteTemplate.Value;
            var file = Path.Combine(Path.GetTempPath(), "skillsladder-tests", $"{Guid.NewGuid():N}.db");
            File.Copy(template, file);
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", () => { File.Delete(file); return Task.CompletedTask; });
        }

        var server = TestServers.PostgreSql ?? throw new InvalidOperationException(TestServers.PostgreSqlMissing);
        var templateName = await PostgreSqlTemplate.Value;
        var name = $"sl_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{templateName}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    public SkillsLadderDbContext CreateContext() => new(Options(Provider, ConnectionString));

    public async ValueTask DisposeAsync() => await _drop();

    public static DbContextOptions<SkillsLadderDbContext> Options(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<SkillsLadderDbContext>)DatabaseSetup.Configure(new DbContextOptionsBuilder<SkillsLadderDbContext>(), provider, connectionString).Options;

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "skillsladder-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"template_{RunId}.db");
        await MigrateAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        return file;
    }

    private static async Task<string> CreatePostgreSqlTemplateAsync()
    {
        var server = TestServers.PostgreSql!;
        var name = $"sl_template_{RunId}";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        await MigrateAsync(DatabaseProvider.PostgreSql, connectionString);
        // One template per test process; dropped when the process ends so a long-lived server does not collect them.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { } // the server may already be gone; nothing to clean then
        };
        return name;
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = new SkillsLadderDbContext(Options(provider, connectionString));
        await new DatabaseInitializer(db, new DatabaseOptions { Provider = provider }, NullLogger<DatabaseInitializer>.Instance)
            .InitialiseAsync();
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
