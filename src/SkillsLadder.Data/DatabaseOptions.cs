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

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string DataFolder { get; set; } = "App_Data";
    /// <summary>Apply pending migrations at start-up (default on: the embedded SQLite setup needs no DBA).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "SkillsLadder.Migrations.Sqlite",
        DatabaseProvider.PostgreSql => "SkillsLadder.Migrations.PostgreSql",
        DatabaseProvider.SqlServer => "SkillsLadder.Migrations.SqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
