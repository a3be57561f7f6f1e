using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SkillsLadder.Data;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Keeps one connection open for a bulk load, tunes it for the load and puts everything back afterwards.
/// Connections are pooled, so whatever a load changes on one must not outlive the load.
/// </summary>
internal sealed class BulkLoadSession : IAsyncDisposable
{
    /// <summary>SQLite's default page cache (2 MB) thrashes on the random-order unique indexes of a million rows.</summary>
    private const int SqliteLoadCacheKib = 256 * 1024;

    private readonly SkillsLadderDbContext _db;
    private readonly List<string> _restore = [];

    private BulkLoadSession(SkillsLadderDbContext db) => _db = db;

    public static async Task<BulkLoadSession> OpenAsync(SkillsLadderDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var session = new BulkLoadSession(db);
        if (db.Database.IsSqlite())
        {
            // No fsync per commit: only an OS crash or power cut during the load can hurt the file, and a demo
            // database is then simply made again. An app crash loses nothing either way.
            await session.SetSqlitePragmaAsync("synchronous", "OFF", ct);
            await session.SetSqlitePragmaAsync("cache_size", (-SqliteLoadCacheKib).ToString(CultureInfo.InvariantCulture), ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SET synchronous_commit = off", ct);
            session._restore.Add("RESET synchronous_commit");
        }
        // SQL Server has no per-session switch for commit durability (delayed durability is a database setting for a
        // DBA to allow), so nothing is tuned there.
        return session;
    }

    /// <summary>
    /// Rows were written with explicit ids; PostgreSQL's identity sequences did not see them, so move each past its
    /// table's largest id or the app's next insert would collide. SQL Server's identity columns, written by SqlBulkCopy
    /// with KeepIdentity, are reseeded to their largest id the same way. SQLite's rowid keys need nothing.
    /// </summary>
    public async Task MoveIdentitiesPastWrittenIdsAsync(IEnumerable<Type> entities, CancellationToken ct)
    {
        if (_db.Database.IsSqlServer())
        {
            await ReseedSqlServerIdentitiesAsync(entities, ct);
            return;
        }
        if (!_db.Database.IsNpgsql()) return;
        var sql = _db.GetService<ISqlGenerationHelper>();
        foreach (var clrType in entities)
        {
            var entity = _db.Model.FindEntityType(clrType)!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
            var quotedTable = sql.DelimitIdentifier(table.Name, table.Schema);
            // Names come from the EF model, not from input; quoted as a literal for pg_get_serial_sequence.
            var command = $"SELECT setval(pg_get_serial_sequence('{quotedTable.Replace("'", "''")}', '{key.Replace("'", "''")}'), " +
                          $"COALESCE(MAX({sql.DelimitIdentifier(key)}), 0) + 1, false) FROM {quotedTable}";
            await ScalarAsync(command, ct);
        }
    }

    /// <summary>
    /// DBCC CHECKIDENT with RESEED and no value moves the identity up to the column's largest value when it is below
    /// it, and leaves it alone otherwise: the next insert gets the next id. Needs ALTER on the table (its owner,
    /// db_owner or db_ddladmin).
    /// </summary>
    private async Task ReseedSqlServerIdentitiesAsync(IEnumerable<Type> entities, CancellationToken ct)
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        foreach (var clrType in entities)
        {
            var entity = _db.Model.FindEntityType(clrType)!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            if (!entity.GetProperties().Any(p => SqlServerPropertyExtensions.GetValueGenerationStrategy(p, table) == SqlServerValueGenerationStrategy.IdentityColumn))
                continue; // DBCC CHECKIDENT refuses a table without an identity column
            var quotedTable = sql.DelimitIdentifier(table.Name, table.Schema);
            // Names come from the EF model, not from input; quoted as a literal for DBCC.
            await ScalarAsync($"DBCC CHECKIDENT (N'{quotedTable.Replace("'", "''")}', RESEED) WITH NO_INFOMSGS", ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A broken connection is not returned to the pool, so there is nothing to undo on it.
        if (_db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
            foreach (var statement in Enumerable.Reverse(_restore)) await ScalarAsync(statement, CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    private async Task SetSqlitePragmaAsync(string pragma, string value, CancellationToken ct)
    {
        var before = Convert.ToInt64(await ScalarAsync($"PRAGMA {pragma}", ct), CultureInfo.InvariantCulture);
        _restore.Add($"PRAGMA {pragma} = {before.ToString(CultureInfo.InvariantCulture)}");
        await ScalarAsync($"PRAGMA {pragma} = {value}", ct);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        return await command.ExecuteScalarAsync(ct);
    }
}
