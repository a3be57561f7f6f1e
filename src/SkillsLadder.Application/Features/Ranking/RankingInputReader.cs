using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Reads a competition's ranking input in a few flat queries (no entity tracking): the scheme, the active entrants, and
/// the entries of the sheets the basis counts (live: submitted and later; locked: locked only), minus recused judges,
/// straight into a <see cref="MarkTable"/>. Entrants and marks go through <see cref="IntRowReader"/> (no EF
/// materialisation, no object per row). Levels are read only when the rules propose promotions.
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

        var levels = rules.PromotionTopN is null || only is not null ? [] : await LevelsAsync(db, id, ct);
        var input = await EntrantsAsync(db, id, only, levels, ct);

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
    /// The marks in one unordered query, read as integers (on SQLite stepped on its own handle): at two million marks EF's
    /// materialisation, or any object per mark, costs more than the query. Table and column names are EF's defaults on
    /// every provider, quoted as the provider quotes them ("Id", or [Id] on SQL Server); the SQL is plain enough for all
    /// three. The slice tests run this on SQLite and PostgreSQL, and on SQL Server where one is provided.
    /// </summary>
    private static async Task ReadMarksAsync(SkillsLadderDbContext db, int competitionId, SnapshotBasis basis, HashSet<(int JudgeId, int EntrantId)> recused,
        EntrantIndex entrants, IReadOnlyList<ComponentInput> components, MarkTable marks, IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        var columns = components.SelectMany(c => c.Aspects).Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var statuses = basis == SnapshotBasis.Locked ? "'Locked'" : "'Submitted', 'Verified', 'Locked'";
        var q = Quote(db);
        var judge = recused.Count > 0 ? $"s.{q("JudgeId")}" : "NULL";
        var which = only is null ? "" : $" AND s.{q("EntrantId")} IN ({InList(only)})";
        await using var reader = await IntRowReader.OpenAsync(db, string.Create(CultureInfo.InvariantCulture,
            $"SELECT s.{q("EntrantId")}, e.{q("AspectId")}, e.{q("Hundredths")}, {judge} FROM {q("ScoreEntries")} e JOIN {q("ScoreSheets")} s ON s.{q("Id")} = e.{q("SheetId")} " +
            $"WHERE s.{q("CompetitionId")} = {competitionId} AND s.{q("Status")} IN ({statuses}){which}"), ct, largeJoin: only is null);
        while (await reader.ReadAsync(ct))
        {
            var entrant = reader.Int(0);
            var e = entrants.Find(entrant);
            if (e < 0 || !columns.TryGetValue(reader.Int(1), out var a)) continue; // withdrawn entrant, or a removed aspect
            if (recused.Count > 0 && !reader.IsNull(3) && recused.Contains((reader.Int(3), entrant))) continue;
            marks.Add(e, a, reader.Int(2));
        }
    }

    /// <summary>The active entrants by id, with a plain reader too: a hundred thousand rows through EF cost a tenth of a second.</summary>
    private static async Task<List<EntrantInput>> EntrantsAsync(SkillsLadderDbContext db, int competitionId, IReadOnlyCollection<int>? only,
        Dictionary<int, int?> levels, CancellationToken ct)
    {
        var q = Quote(db);
        var which = only is null ? "" : $" AND {q("Id")} IN ({InList(only)})";
        var entrants = new List<EntrantInput>();
        await using var reader = await IntRowReader.OpenAsync(db, string.Create(CultureInfo.InvariantCulture,
            $"SELECT {q("Id")}, {q("Bib")}, {q("TimeUsedSeconds")} FROM {q("Entrants")} " +
            $"WHERE {q("CompetitionId")} = {competitionId} AND {q("Status")} = '{EntrantStatus.Active}'{which} ORDER BY {q("Id")}"), ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.Int(0);
            entrants.Add(new EntrantInput(id, reader.Int(1), reader.NullableInt(2), levels.GetValueOrDefault(id)));
        }
        return entrants;
    }

    /// <summary>Quotes an identifier as the context's provider does.</summary>
    private static Func<string, string> Quote(SkillsLadderDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        return name => sql.DelimitIdentifier(name);
    }

    private static string InList(IEnumerable<int> ids) => string.Join(", ", ids.Select(e => e.ToString(CultureInfo.InvariantCulture)).DefaultIfEmpty("0"));
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
