using Microsoft.EntityFrameworkCore;
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

        var counted = basis == SnapshotBasis.Locked
            ? new[] { SheetStatus.Locked }
            : [SheetStatus.Submitted, SheetStatus.Verified, SheetStatus.Locked];
        var recused = (await db.Conflicts.AsNoTracking().Where(c => c.CompetitionId == id && c.Status != ConflictStatus.Cleared)
            .Select(c => new { c.JudgeId, c.EntrantId }).ToListAsync(ct)).Select(c => (c.JudgeId, c.EntrantId)).ToHashSet();
        var entries = await (from s in db.ScoreSheets
                             where s.CompetitionId == id && counted.Contains(s.Status)
                             join e in db.ScoreEntries on s.Id equals e.SheetId
                             select new { s.EntrantId, s.JudgeId, e.AspectId, e.Hundredths }).AsNoTracking().ToListAsync(ct);
        var values = entries.Where(e => e.JudgeId is null || !recused.Contains((e.JudgeId.Value, e.EntrantId)))
            .GroupBy(e => e.EntrantId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, IReadOnlyList<decimal>>)g.GroupBy(e => e.AspectId)
                .ToDictionary(a => a.Key, a => (IReadOnlyList<decimal>)a.Select(e => e.Hundredths / 100m).ToList()));

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
}
