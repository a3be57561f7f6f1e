using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Reads a competition's ranking input in a few flat queries (no entity tracking): the scheme, the active entrants, and
/// the entries of the sheets the basis counts (live: submitted and later; locked: locked only), minus recused judges.
/// </summary>
public static class RankingInputReader
{
    public static async Task<RankingInput> ReadAsync(SkillsLadderDbContext db, Competition competition, SnapshotBasis basis, CancellationToken ct)
    {
        var id = competition.Id;
        var components = competition.Components.OrderBy(c => c.Position).Select(c => new ComponentInput(c.Id, c.Name, c.Kind, c.WeightPercent,
            c.Criteria.OrderBy(k => k.Position).SelectMany(k => k.Aspects.OrderBy(a => a.Position))
                .Select(a => new AspectInput(a.Id, a.Code, a.Rule)).ToList())).ToList();

        var entrants = await db.Entrants.AsNoTracking().Where(e => e.CompetitionId == id && e.Status == EntrantStatus.Active)
            .Select(e => new { e.Id, e.Bib, e.TeamName, e.TimeUsedSeconds }).ToListAsync(ct);
        var members = await (from m in db.EntrantMembers
                             where m.CompetitionId == id
                             join w in db.Workers on m.WorkerId equals w.Id
                             join l in db.SkillLevels on w.CurrentSkillLevelId equals l.Id into levels
                             from l in levels.DefaultIfEmpty()
                             select new { m.EntrantId, w.FullName, Rank = (int?)l.Rank }).ToListAsync(ct);
        var byEntrant = members.GroupBy(m => m.EntrantId).ToDictionary(g => g.Key, g => g.ToList());

        var recused = (await db.Conflicts.AsNoTracking().Where(c => c.CompetitionId == id && c.Status != ConflictStatus.Cleared)
            .Select(c => new { c.JudgeId, c.EntrantId }).ToListAsync(ct)).Select(c => (c.JudgeId, c.EntrantId)).ToHashSet();
        var values = await ReadValuesAsync(db, id, basis, recused, ct);

        var list = entrants.Select(e =>
        {
            var people = byEntrant.GetValueOrDefault(e.Id) ?? [];
            var name = e.TeamName ?? string.Join("、", people.Select(p => p.FullName));
            var level = people.Count == 1 ? people[0].Rank : null;
            return new EntrantInput(e.Id, e.Bib, name, e.TimeUsedSeconds, level,
                values.GetValueOrDefault(e.Id) ?? new Dictionary<int, IReadOnlyList<decimal>>());
        }).ToList();
        var ladder = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new LevelInput(l.Rank, l.NameZh)).ToListAsync(ct);
        return new RankingInput(competition.RankingRules, components, list, ladder);
    }

    /// <summary>
    /// The marks, read with a plain data reader: at two million marks EF's materialisation costs more than the query.
    /// Table and column names are EF's defaults on every provider; the slice tests run this on SQLite and PostgreSQL.
    /// </summary>
    private static async Task<Dictionary<int, Dictionary<int, IReadOnlyList<decimal>>>> ReadValuesAsync(SkillsLadderDbContext db, int competitionId,
        SnapshotBasis basis, HashSet<(int JudgeId, int EntrantId)> recused, CancellationToken ct)
    {
        var statuses = basis == SnapshotBasis.Locked ? "'Locked'" : "'Submitted', 'Verified', 'Locked'";
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"""SELECT s."EntrantId", s."JudgeId", e."AspectId", e."Hundredths" FROM "ScoreEntries" e JOIN "ScoreSheets" s ON s."Id" = e."SheetId" WHERE s."CompetitionId" = {competitionId} AND s."Status" IN ({statuses})""");
        var values = new Dictionary<int, Dictionary<int, IReadOnlyList<decimal>>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var entrant = reader.GetInt32(0);
            if (!reader.IsDBNull(1) && recused.Contains((reader.GetInt32(1), entrant))) continue;
            if (!values.TryGetValue(entrant, out var aspects)) values[entrant] = aspects = new Dictionary<int, IReadOnlyList<decimal>>(8);
            var aspect = reader.GetInt32(2);
            if (!aspects.TryGetValue(aspect, out var list)) aspects[aspect] = list = new List<decimal>(5);
            ((List<decimal>)list).Add(new decimal(reader.GetInt32(3), 0, 0, false, 2)); // hundredths → value, exactly
        }
        return values;
    }
}
