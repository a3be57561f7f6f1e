using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SkillsLadder.LoadBench;

/// <summary>
/// The live board's delay under load: one entrant's sheets are kept out of the load and saved by the probe alone,
/// twice a second; after each acknowledged save it reads that entrant's live row until its revision moves (only the
/// probe changes this entrant, so a moved revision is this save on the board).
/// </summary>
public sealed class LiveProbe(string provider, string connection, IReadOnlyList<SheetAddress> sheets)
{
    private readonly List<double> _delaysMs = [];
    /// <summary>Counts on across runs: a run starting again at 0 would save a sheet's earlier values, an unchanged save that never moves the board.</summary>
    private int _saves;
    public IReadOnlyList<double> DelaysMs => _delaysMs;

    public bool Owns(SheetAddress sheet) => sheets.Contains(sheet);

    public static LiveProbe For(string provider, string connection, Contests contests)
    {
        var first = contests.Sheets[0];
        return new LiveProbe(provider, connection, contests.Sheets.Where(s => s.CompetitionId == first.CompetitionId && s.EntrantId == first.EntrantId).ToList());
    }

    public async Task RunAsync(MarkSaveLoad load, CancellationToken stop)
    {
        await using var db = Open();
        await db.OpenAsync();
        while (!stop.IsCancellationRequested)
        {
            var n = _saves++;
            var sheet = sheets[n % sheets.Count];
            var before = await RevisionAsync(db, sheet);
            if (await load.SaveAsync(sheet, n % 50) is not > 0) continue; // refused, or the same values again: nothing to show
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(30) && await RevisionAsync(db, sheet) == before) await Task.Delay(5);
            lock (_delaysMs) _delaysMs.Add(watch.Elapsed.TotalMilliseconds);
            try { await Task.Delay(500, stop); } catch (OperationCanceledException) { }
        }
    }

    private DbConnection Open() => Database.Open(provider, connection);

    private static async Task<long?> RevisionAsync(DbConnection db, SheetAddress sheet)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT \"Revision\" FROM \"LiveStandings\" WHERE \"CompetitionId\" = {sheet.CompetitionId} AND \"EntrantId\" = {sheet.EntrantId}";
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value) : null;
    }
}
