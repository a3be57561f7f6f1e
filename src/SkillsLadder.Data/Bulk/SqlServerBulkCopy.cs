using System.Data;
using Microsoft.Data.SqlClient;

namespace SkillsLadder.Data.Bulk;

/// <summary>
/// SQL Server's bulk path: <see cref="SqlBulkCopy"/> in the context's current transaction, fed in chunks through one
/// reused <see cref="DataTable"/> so that a streamed sequence (100,000 standings rows) is never held whole. SQL Server
/// allows 2,100 parameters per statement, so multi-row INSERTs would take many more round trips. Values are already
/// in provider form; dates and times of day go as <see cref="DateTime"/> and <see cref="TimeSpan"/>, which SqlBulkCopy
/// converts to <c>date</c> and <c>time</c> columns.
/// </summary>
/// <remarks>
/// CheckConstraints: without it SqlBulkCopy skips foreign-key and check constraints and leaves them untrusted. KeepNulls:
/// a null is written as null, as EF would write it. KeepIdentity: explicit ids are written as given when the caller
/// names the identity column (the caller then moves the identity past them, as on PostgreSQL).
/// </remarks>
internal sealed class SqlServerBulkCopy(SqlConnection connection, SqlTransaction? transaction, string table, IReadOnlyList<(string Column, Type Type)> columns, bool keepIdentity)
{
    private const int RowsPerChunk = 10_000;

    public async Task<int> InsertAsync(IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var options = SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.KeepNulls;
        if (keepIdentity) options |= SqlBulkCopyOptions.KeepIdentity;
        using var copy = new SqlBulkCopy(connection, options, transaction) { DestinationTableName = table, BulkCopyTimeout = 600 };
        using var chunk = new DataTable();
        for (var c = 0; c < columns.Count; c++)
        {
            chunk.Columns.Add($"c{c}", columns[c].Type);
            copy.ColumnMappings.Add(c, columns[c].Column);
        }

        var count = 0;
        foreach (var row in rows)
        {
            var values = new object[row.Length];
            for (var c = 0; c < row.Length; c++) values[c] = Value(row[c]);
            chunk.Rows.Add(values);
            if (chunk.Rows.Count < RowsPerChunk) continue;
            count += await FlushAsync(copy, chunk, ct);
        }
        if (chunk.Rows.Count > 0) count += await FlushAsync(copy, chunk, ct);
        return count;
    }

    /// <summary>The DataTable's column type for a provider value type: nullables as their value type, dates and times as <see cref="Value"/> sends them.</summary>
    public static Type ColumnType(Type providerType) => (Nullable.GetUnderlyingType(providerType) ?? providerType) switch
    {
        var t when t == typeof(DateOnly) => typeof(DateTime),
        var t when t == typeof(TimeOnly) => typeof(TimeSpan),
        var t => t,
    };

    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        TimeOnly time => time.ToTimeSpan(),
        _ => value,
    };

    private static async Task<int> FlushAsync(SqlBulkCopy copy, DataTable chunk, CancellationToken ct)
    {
        var rows = chunk.Rows.Count;
        await copy.WriteToServerAsync(chunk, ct);
        chunk.Clear();
        return rows;
    }
}
