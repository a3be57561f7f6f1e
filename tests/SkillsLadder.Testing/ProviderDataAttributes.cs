using System.Reflection;
using SkillsLadder.Data;
using Xunit.Sdk;

namespace SkillsLadder.Testing;

/// <summary>A theory row that runs the test on a fresh SQLite file.</summary>
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>
/// A theory row that runs the test on a real PostgreSQL server, or is reported as skipped (with the reason)
/// when the test command did not provide one through SKILLSLADDER_TEST_PG.
/// </summary>
public sealed class PostgreSqlDataAttribute : DataAttribute
{
    public PostgreSqlDataAttribute()
    {
        if (TestServers.PostgreSql is null) Skip = TestServers.PostgreSqlMissing;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.PostgreSql]];
}

/// <summary>
/// A theory row that runs the test on a real SQL Server, or is reported as skipped (with the reason) when the test
/// command did not provide one through SKILLSLADDER_TEST_SQLSERVER.
/// </summary>
public sealed class SqlServerDataAttribute : DataAttribute
{
    public SqlServerDataAttribute()
    {
        if (TestServers.SqlServer is null) Skip = TestServers.SqlServerMissing;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.SqlServer]];
}

public static class TestServers
{
    public const string PostgreSqlVariable = "SKILLSLADDER_TEST_PG";

    public const string PostgreSqlMissing =
        "PostgreSQL not provided: run tools/test.sh (it starts a private server) or set " + PostgreSqlVariable +
        " to a connection string of a role that may create databases.";

    /// <summary>Connection string of a PostgreSQL server where tests may create and drop databases.</summary>
    public static string? PostgreSql => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } s ? s : null;

    public const string SqlServerVariable = "SKILLSLADDER_TEST_SQLSERVER";

    public const string SqlServerMissing =
        "SQL Server not provided: none can run on our machines; set " + SqlServerVariable +
        " to a connection string of a login that may create databases (dbcreator) to run these.";

    /// <summary>Connection string of a SQL Server where tests may create and drop databases.</summary>
    public static string? SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } s ? s : null;
}
