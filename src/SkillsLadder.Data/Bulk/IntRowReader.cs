using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace SkillsLadder.Data.Bulk;

/// <summary>
/// Reads a query whose columns are all integers (or NULL), row by row, over the context's connection and in its current
/// transaction, with no object per row. On SQLite the statement is stepped on the connection's own handle:
/// Microsoft.Data.Sqlite's reader costs more per row than SQLite's own work, and the ranking job reads two million
/// marks (tools/SkillsLadder.Benchmarks). Elsewhere it is the provider's data reader. The caller writes the SQL.
/// </summary>
public abstract class IntRowReader : IAsyncDisposable
{
    /// <param name="largeJoin">
    /// The query hashes hundreds of thousands of rows: PostgreSQL's default 4 MB of work memory would split the hash
    /// into batches spilled to disk (measured at 500k score sheets: a fifth slower), so the current transaction, if
    /// any, gets 64 MB.
    /// </param>
    public static async Task<IntRowReader> OpenAsync(SkillsLadderDbContext db, string sql, CancellationToken ct, bool largeJoin = false)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite) return new SqliteRows(sqlite, sql);
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

    private sealed class SqliteRows : IntRowReader
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;
        private int _rows;

        public SqliteRows(SqliteConnection connection, string sql)
        {
            _connection = connection;
            Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        }

        public override ValueTask<bool> ReadAsync(CancellationToken ct)
        {
            if ((++_rows & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return new(true);
            if (rc == raw.SQLITE_DONE) return new(false);
            return rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED ? RetryAsync(rc, ct) : throw Error(rc);
        }

        /// <summary>Another connection holds the database: retried for as long as Microsoft.Data.Sqlite would wait.</summary>
        private async ValueTask<bool> RetryAsync(int rc, CancellationToken ct)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && waited.Elapsed.TotalSeconds < _connection.DefaultTimeout)
            {
                await Task.Delay(10, ct);
                rc = raw.sqlite3_step(_statement);
            }
            if (rc == raw.SQLITE_ROW) return true;
            if (rc == raw.SQLITE_DONE) return false;
            throw Error(rc);
        }

        public override int Int(int column) => raw.sqlite3_column_int(_statement, column);

        public override bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

        public override ValueTask DisposeAsync()
        {
            _statement.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK) throw Error(rc);
        }

        private SqliteException Error(int rc) => new(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_connection.Handle));
    }

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
