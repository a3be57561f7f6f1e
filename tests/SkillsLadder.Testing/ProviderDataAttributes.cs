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

public static class TestServers
{
    public const string PostgreSqlVariable = "SKILLSLADDER_TEST_PG";

    public const string PostgreSqlMissing =
        "PostgreSQL not provided: run tools/test.sh (it starts a private server) or set " + PostgreSqlVariable +
        " to a connection string of a role that may create databases.";

    /// <summary>Connection string of a PostgreSQL server where tests may create and drop databases.</summary>
    public static string? PostgreSql => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } s ? s : null;
}
