using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;

namespace SkillsLadder.Benchmarks;

/// <summary>
/// The two yardsticks the ranking job is measured against, computing the same totals and ranks: one hand-written SQL
/// statement, and a plain read into arrays with the arithmetic done over them. Neither writes anything, explains
/// anything or handles ties beyond RANK(); they are the floor, not an alternative design.
/// </summary>
internal static class Baselines
{
    /// <summary>
    /// Per aspect: mean (measurements) or trimmed mean × max ÷ 3 (judgements); the sum ranked by RANK(). Plain enough for all
    /// three databases: SQL Server reads the double-quoted names as identifiers (QUOTED_IDENTIFIER is on in every SqlClient
    /// session) and wants ROUND's length argument.
    /// </summary>
    public static async Task<int> SqlAsync(SkillsLadderDbContext db, int competitionId, CancellationToken ct)
    {
        const string sql = """
            WITH v AS (
                SELECT s."EntrantId" AS entrant, e."AspectId" AS aspect, a."Kind" AS kind, a."MaximumHundredths" AS mx,
                       COUNT(*) AS n, SUM(e."Hundredths") AS total, MAX(e."Hundredths") AS hi, MIN(e."Hundredths") AS lo
                FROM "ScoreEntries" e
                JOIN "ScoreSheets" s ON s."Id" = e."SheetId"
                JOIN "MarkingAspects" a ON a."Id" = e."AspectId"
                WHERE s."CompetitionId" = {0} AND s."Status" = 'Locked'
                GROUP BY s."EntrantId", e."AspectId", a."Kind", a."MaximumHundredths"),
            m AS (
                SELECT entrant,
                       SUM(ROUND(CASE WHEN kind = 'Judgement' AND n >= 4 THEN mx * (total - hi - lo) / (300.0 * (n - 2))
                                      WHEN kind = 'Judgement' THEN mx * total / (300.0 * n)
                                      ELSE total * 1.0 / n END, 0)) AS mark
                FROM v GROUP BY entrant)
            SELECT entrant, mark, RANK() OVER (ORDER BY mark DESC) AS place FROM m
            """;
        var rows = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql.Replace("{0}", competitionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.CommandTimeout = 600;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows++;
        return rows;
    }

    /// <summary>Reads (entrant, aspect, value) rows into arrays and does the same arithmetic with plain loops.</summary>
    public static async Task<(int Rows, Dictionary<int, long> Totals)> ArraysAsync(SkillsLadderDbContext db, int competitionId, CancellationToken ct)
    {
        var aspects = await db.MarkingAspects.Where(a => db.MarkingCriteria.Any(k => k.Id == a.CriterionId &&
                db.MarkingComponents.Any(c => c.Id == k.ComponentId && c.CompetitionId == competitionId)))
            .Select(a => new { a.Id, a.Kind, a.MaximumHundredths }).ToListAsync(ct);
        var aspectIndex = aspects.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT s."EntrantId", e."AspectId", e."Hundredths" FROM "ScoreEntries" e JOIN "ScoreSheets" s ON s."Id" = e."SheetId" WHERE s."CompetitionId" = {competitionId} AND s."Status" = 'Locked'""";
        command.CommandTimeout = 600;
        var entrantIndex = new Dictionary<int, int>();
        var sums = new List<long[]>(); var counts = new List<int[]>(); var his = new List<int[]>(); var los = new List<int[]>();
        await using (DbDataReader reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var entrant = reader.GetInt32(0);
                if (!entrantIndex.TryGetValue(entrant, out var ei))
                {
                    entrantIndex[entrant] = ei = sums.Count;
                    sums.Add(new long[aspects.Count]); counts.Add(new int[aspects.Count]);
                    his.Add(Enumerable.Repeat(int.MinValue, aspects.Count).ToArray()); los.Add(Enumerable.Repeat(int.MaxValue, aspects.Count).ToArray());
                }
                var ai = aspectIndex[reader.GetInt32(1)];
                var value = reader.GetInt32(2);
                sums[ei][ai] += value; counts[ei][ai]++;
                if (value > his[ei][ai]) his[ei][ai] = value;
                if (value < los[ei][ai]) los[ei][ai] = value;
            }
        var totals = new Dictionary<int, long>(entrantIndex.Count);
        foreach (var (entrant, ei) in entrantIndex)
        {
            decimal total = 0;
            for (var ai = 0; ai < aspects.Count; ai++)
            {
                var n = counts[ei][ai];
                if (n == 0) continue;
                var judged = aspects[ai].Kind == Domain.Competitions.AspectKind.Judgement;
                total += judged && n >= 4 ? decimal.Round(aspects[ai].MaximumHundredths * (sums[ei][ai] - his[ei][ai] - los[ei][ai]) / (300m * (n - 2)), MidpointRounding.AwayFromZero)
                    : judged ? decimal.Round(aspects[ai].MaximumHundredths * sums[ei][ai] / (300m * n), MidpointRounding.AwayFromZero)
                    : decimal.Round(sums[ei][ai] / (decimal)n, MidpointRounding.AwayFromZero);
            }
            totals[entrant] = (long)total;
        }
        var ranked = totals.OrderByDescending(t => t.Value).ToList(); // the places themselves: a sort
        return (ranked.Count, totals);
    }
}
