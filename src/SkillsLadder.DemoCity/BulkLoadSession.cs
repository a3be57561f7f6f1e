using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Holds one open connection for a bulk load and undoes what the load needed: on SQLite, synchronous writes are
/// off during the load (restored after); on PostgreSQL, identity sequences are moved past the explicit ids written.
/// </summary>
internal sealed class BulkLoadSession : IAsyncDisposable
{
    private static readonly string[] IdentityTables = ["Industries", "Occupations", "Enterprises", "Workers", "SkillCertificates", "WorkerLevelChanges"];
    private readonly SkillsLadderDbContext _db;
    private readonly long? _sqliteSynchronous;

    private BulkLoadSession(SkillsLadderDbContext db, long? sqliteSynchronous)
    {
        _db = db;
        _sqliteSynchronous = sqliteSynchronous;
    }

    public static async Task<BulkLoadSession> OpenAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        long? synchronous = null;
        if (db.Database.IsSqlite())
        {
            synchronous = await ScalarAsync(db, "PRAGMA synchronous", ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF", ct);
        }
        return new BulkLoadSession(db, synchronous);
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        if (!_db.Database.IsNpgsql()) return;
        foreach (var table in IdentityTables)
        {
            // Table names come from the fixed list above, never from input.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT MAX(\"Id\") FROM \"{table}\"), 1))";
            await _db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteSynchronous is { } value)
        {
            var sql = $"PRAGMA synchronous = {value}"; // a number read back from SQLite itself
            await _db.Database.ExecuteSqlRawAsync(sql);
        }
        await _db.Database.CloseConnectionAsync();
    }

    private static async Task<long> ScalarAsync(SkillsLadderDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
