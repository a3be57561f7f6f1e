using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Reads a competition's ranking input in a few flat queries (no entity tracking): the scheme, the active entrants, and
/// the entries of the sheets the basis counts (live: submitted and later; locked: locked only), minus recused judges,
/// straight into a <see cref="MarkTable"/>. Levels are read only when the rules propose promotions.
/// </summary>
public static class RankingInputReader
{
    /// <param name="only">Just these entrants (the live board's changed ones); null for all.</param>
    public static async Task<RankingInput> ReadAsync(SkillsLadderDbContext db, Competition competition, SnapshotBasis basis, CancellationToken ct,
        IReadOnlyCollection<int>? only = null)
    {
        var id = competition.Id;
        var components = competition.Components.OrderBy(c => c.Position).Select(c => new ComponentInput(c.Id, c.Name, c.Kind, c.WeightPercent,
            c.Criteria.OrderBy(k => k.Position).SelectMany(k => k.Aspects.OrderBy(a => a.Position))
                .Select(a => new AspectInput(a.Id, a.Code, a.Rule)).ToList())).ToList();
        var rules = competition.RankingRules;

        var active = db.Entrants.AsNoTracking().Where(e => e.CompetitionId == id && e.Status == EntrantStatus.Active);
        if (only is not null) active = active.Where(e => only.Contains(e.Id));
        var entrants = await active.OrderBy(e => e.Id).Select(e => new { e.Id, e.Bib, e.TimeUsedSeconds }).ToListAsync(ct);
        var levels = rules.PromotionTopN is null || only is not null ? [] : await LevelsAsync(db, id, ct);
        var input = entrants.Select(e => new EntrantInput(e.Id, e.Bib, e.TimeUsedSeconds, levels.GetValueOrDefault(e.Id))).ToList();

        var recused = (await db.Conflicts.AsNoTracking().Where(c => c.CompetitionId == id && c.Status != ConflictStatus.Cleared)
            .Select(c => new { c.JudgeId, c.EntrantId }).ToListAsync(ct)).Select(c => (c.JudgeId, c.EntrantId)).ToHashSet();
        var judges = await db.CompetitionJudges.CountAsync(j => j.CompetitionId == id, ct);
        var marks = new MarkTable(input.Count, components.Sum(c => c.Aspects.Count), Math.Max(judges, 1));
        await ReadMarksAsync(db, id, basis, recused, EntrantIndex.Of(input), components, marks, only, ct);

        var ladder = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new LevelInput(l.Rank, l.NameZh)).ToListAsync(ct);
        return new RankingInput(rules, components, input, ladder, marks);
    }

    /// <summary>The current level of each single-person entrant (teams propose no promotion).</summary>
    private static async Task<Dictionary<int, int?>> LevelsAsync(SkillsLadderDbContext db, int competitionId, CancellationToken ct)
    {
        var members = await (from m in db.EntrantMembers
                             where m.CompetitionId == competitionId
                             join w in db.Workers on m.WorkerId equals w.Id
                             join l in db.SkillLevels on w.CurrentSkillLevelId equals l.Id into levels
                             from l in levels.DefaultIfEmpty()
                             select new { m.EntrantId, Rank = (int?)l.Rank }).ToListAsync(ct);
        return members.GroupBy(m => m.EntrantId).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Rank);
    }

    /// <summary>
    /// The marks, read with a plain data reader in one unordered query: at two million marks EF's materialisation, or
    /// any object per mark, costs more than the query. Table and column names are EF's defaults on every provider; the
    /// slice tests run this on SQLite and PostgreSQL.
    /// </summary>
    private static async Task ReadMarksAsync(SkillsLadderDbContext db, int competitionId, SnapshotBasis basis, HashSet<(int JudgeId, int EntrantId)> recused,
        EntrantIndex entrants, IReadOnlyList<ComponentInput> components, MarkTable marks, IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        var columns = components.SelectMany(c => c.Aspects).Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var statuses = basis == SnapshotBasis.Locked ? "'Locked'" : "'Submitted', 'Verified', 'Locked'";
        var judge = recused.Count > 0 ? "s.\"JudgeId\"" : "NULL";
        var which = only is null ? "" : $" AND s.\"EntrantId\" IN ({string.Join(", ", only.Select(e => e.ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty("0"))})";
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"""SELECT s."EntrantId", e."AspectId", e."Hundredths", {judge} FROM "ScoreEntries" e JOIN "ScoreSheets" s ON s."Id" = e."SheetId" WHERE s."CompetitionId" = {competitionId} AND s."Status" IN ({statuses}){which}""");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var entrant = reader.GetInt32(0);
            var e = entrants.Find(entrant);
            if (e < 0 || !columns.TryGetValue(reader.GetInt32(1), out var a)) continue; // withdrawn entrant, or a removed aspect
            if (recused.Count > 0 && !reader.IsDBNull(3) && recused.Contains((reader.GetInt32(3), entrant))) continue;
            marks.Add(e, a, reader.GetInt32(2));
        }
    }
}

/// <summary>Entrant id → its row in the input: an array over the id range when ids are dense (they usually are), else a dictionary.</summary>
internal sealed class EntrantIndex
{
    private readonly int _first;
    private readonly int[]? _dense;
    private readonly Dictionary<int, int>? _sparse;

    private EntrantIndex(int first, int[]? dense, Dictionary<int, int>? sparse) => (_first, _dense, _sparse) = (first, dense, sparse);

    public static EntrantIndex Of(IReadOnlyList<EntrantInput> entrants)
    {
        if (entrants.Count == 0) return new EntrantIndex(0, [], null);
        var first = entrants.Min(e => e.EntrantId);
        var span = (long)entrants.Max(e => e.EntrantId) - first + 1;
        if (span > 4L * entrants.Count + 1024)
            return new EntrantIndex(0, null, entrants.Select((e, i) => (e.EntrantId, i)).ToDictionary(x => x.EntrantId, x => x.i));
        var dense = new int[span];
        Array.Fill(dense, -1);
        for (var i = 0; i < entrants.Count; i++) dense[entrants[i].EntrantId - first] = i;
        return new EntrantIndex(first, dense, null);
    }

    public int Find(int entrantId)
    {
        if (_sparse is not null) return _sparse.GetValueOrDefault(entrantId, -1);
        var offset = (long)entrantId - _first;
        return offset >= 0 && offset < _dense!.Length ? _dense[offset] : -1;
    }
}
