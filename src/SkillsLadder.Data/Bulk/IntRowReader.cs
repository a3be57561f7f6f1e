using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SkillsLadder.Data.Bulk;

/// <summary>
/// Reads a query whose columns are all integers (or NULL), row by row, over the context's connection and in its current
/// transaction, with no object per row. On SQLite the statement is stepped on the connection's own handle
/// (<see cref="SqliteIntRows"/>): Microsoft.Data.Sqlite's reader costs more per row than SQLite's own work, and the
/// ranking job reads two million marks (tools/SkillsLadder.Benchmarks). Elsewhere (PostgreSQL, SQL Server) it is the
/// provider's data reader. The caller writes the SQL, quoting names as the provider does.
/// </summary>
public abstract class IntRowReader : IAsyncDisposable
{
    /// <param name="largeJoin">
    /// The query hashes hundreds of thousands of rows: PostgreSQL's default 4 MB of work memory would split the hash
    /// into batches spilled to disk (the ranking job's 2M marks joined to 500k sheets: 1.01 s against 0.88 s, medians
    /// of 8 interleaved reads), so the current transaction, if any, gets 64 MB.
    /// </param>
    public static async Task<IntRowReader> OpenAsync(SkillsLadderDbContext db, string sql, CancellationToken ct, bool largeJoin = false)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite) return new SqliteIntRows(sqlite, sql);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (largeJoin && transaction is not null && connection is NpgsqlConnection)
        {
            command.CommandText = "SET LOCAL work_mem = '64MB'";
            await command.ExecuteNonQueryAsync(ct);
        }
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return new ProviderRows(command, await command.ExecuteReaderAsync(ct));
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract ValueTask<bool> ReadAsync(CancellationToken ct);

    public abstract int Int(int column);

    public abstract bool IsNull(int column);

    public int? NullableInt(int column) => IsNull(column) ? null : Int(column);

    public abstract ValueTask DisposeAsync();

    private sealed class ProviderRows(DbCommand command, DbDataReader reader) : IntRowReader
    {
        public override ValueTask<bool> ReadAsync(CancellationToken ct) => new(reader.ReadAsync(ct));

        public override int Int(int column) => reader.GetInt32(column);

        public override bool IsNull(int column) => reader.IsDBNull(column);

        public override async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
        }
    }
}
