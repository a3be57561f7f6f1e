using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;
using SkillsLadder.Data;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// Hangfire's storage follows the application's database and installs its own tables at start-up:
/// <list type="bullet">
/// <item>PostgreSQL: schema "hangfire" in the application's database; any number of nodes share its queue, and idle
/// workers wake on NOTIFY instead of polling.</item>
/// <item>SQL Server: schema "HangFire" in the application's database, through Microsoft.Data.SqlClient; many nodes.</item>
/// <item>SQLite: a file beside the application's (skillsladder.db → skillsladder.jobs.db). SQLite has one writer per
/// file, so the job store's polling, heartbeats and locks would otherwise queue behind mark saves; one machine only.</item>
/// </list>
/// </summary>
public static class JobStorageFactory
{
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorage Create(DatabaseProvider provider, string connectionString, JobsOptions options) => provider switch
    {
        DatabaseProvider.PostgreSql => PostgreSql(connectionString, options),
        DatabaseProvider.Sqlite => new SQLiteStorage(SqliteJobsFile(connectionString), new SQLiteStorageOptions
        {
            QueuePollInterval = options.QueuePollInterval, InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockLifetime = options.LockTimeout,
        }),
        DatabaseProvider.SqlServer => new SqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(connectionString), new SqlServerStorageOptions
        {
            PrepareSchemaIfNecessary = true, QueuePollInterval = options.QueuePollInterval,
            // As on PostgreSQL: a node that dies stops extending its fetched jobs, and another takes them after this long.
            // Its locks (sp_getapplock) belong to the node's session and are released the moment that session dies.
            SlidingInvisibilityTimeout = options.InvisibilityTimeout, DisableGlobalLocks = true,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No job storage for this database provider."),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString, JobsOptions options)
    {
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = PostgreSqlSchema, PrepareSchemaIfNecessary = true, EnableLongPolling = true,
            QueuePollInterval = options.QueuePollInterval, AllowUnsafeValues = true, // sub-second intervals are ours to choose
            // A node that dies stops extending its runs; after this long another node takes them (see JobsOptions).
            UseSlidingInvisibilityTimeout = true, InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockTimeout = options.LockTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
    }

    /// <summary>The jobs file beside the database file named in the connection string.</summary>
    public static string SqliteJobsFile(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource)) ?? ".";
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(dataSource) + ".jobs.db");
    }
}
