namespace SkillsLadder.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

/// <summary>
/// The "Database" configuration section, with "ConnectionStrings:SkillsLadder".
/// Without a connection string, SQLite uses a file under <see cref="DataFolder"/> (relative to the content root).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "SkillsLadder";
    /// <summary>Optional: a read replica (or a read-only role) for read-only pages; see <see cref="DatabaseRoute"/>.</summary>
    public const string ReadOnlyConnectionStringName = "SkillsLadderReadOnly";
    /// <summary>Optional: the job engine's own connection (PostgreSQL: straight to the server or a session-mode pool).</summary>
    public const string JobsConnectionStringName = "Jobs";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string DataFolder { get; set; } = "App_Data";
    /// <summary>Apply pending migrations at start-up (default on: the embedded SQLite setup needs no DBA).</summary>
    public bool MigrateOnStartup { get; set; } = true;
    /// <summary>
    /// PostgreSQL: ConnectionStrings:SkillsLadder goes through a transaction-mode pool (PgBouncer), where a server
    /// session is lent for one transaction only. Then no prepared statements are kept and no reset is sent on close,
    /// and the job engine, which needs a session of its own (LISTEN, session advisory locks), must have
    /// ConnectionStrings:Jobs.
    /// </summary>
    public bool TransactionPooling { get; set; }

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "SkillsLadder.Migrations.Sqlite",
        DatabaseProvider.PostgreSql => "SkillsLadder.Migrations.PostgreSql",
        DatabaseProvider.SqlServer => "SkillsLadder.Migrations.SqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
