using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SkillsLadder.Data;

/// <summary>Recognises database errors that are the user's concern rather than a fault.</summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteUniqueExtended = 2067;
    private const string PostgresUniqueViolation = "23505";
    /// <summary>SQL Server: a duplicate key in a unique index (2601) or in a unique or primary key constraint (2627).</summary>
    private const int SqlServerDuplicateKey = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    /// <summary>True when a save lost a race on a unique index that the handler had already checked.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode == SqliteUniqueExtended,
        PostgresException p => p.SqlState == PostgresUniqueViolation,
        SqlException s => s.Number is SqlServerDuplicateKey or SqlServerUniqueConstraint,
        _ => false,
    };
}
