using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SkillsLadder.Data;

namespace SkillsLadder.Testing;

/// <summary>
/// A fresh, migrated database for one test: a copy of a migrated SQLite template file, a PostgreSQL database
/// cloned from a migrated template database (migrations run once per test process), or a SQL Server database
/// migrated on creation (SQL Server has no template databases).
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

        if (provider == DatabaseProvider.SqlServer) return await CreateSqlServerAsync();

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

    /// <summary>A connection string of the provider's form for contexts that never connect (model and script checks).</summary>
    public static string Unreachable(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.PostgreSql => "Host=unused.invalid;Database=unused",
        _ => "Server=unused.invalid;Database=unused",
    };

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

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var server = TestServers.SqlServer ?? throw new InvalidOperationException(TestServers.SqlServerMissing);
        var name = $"sl_test_{Guid.NewGuid():N}";
        await ExecuteSqlServerAsync(server, $"CREATE DATABASE [{name}]");
        // Readers see the last committed rows instead of waiting on writers' locks, as on PostgreSQL (db/SqlServer/README.md).
        await ExecuteSqlServerAsync(server, $"ALTER DATABASE [{name}] SET READ_COMMITTED_SNAPSHOT ON");
        var connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        var database = new TestDatabase(DatabaseProvider.SqlServer, connectionString, async () =>
        {
            SqlConnection.ClearAllPools();
            await ExecuteSqlServerAsync(server, $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
        });
        try
        {
            await MigrateAsync(DatabaseProvider.SqlServer, new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
        return database;
    }

    private static async Task ExecuteSqlServerAsync(string server, string sql)
    {
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
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
