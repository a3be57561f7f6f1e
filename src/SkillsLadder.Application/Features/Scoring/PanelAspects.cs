using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>An aspect as a sheet shows and checks it: the scheme's rule plus what the judge needs to read.</summary>
public sealed record PanelAspect(
    int Id, string Code, string Description, AspectKind Kind, Mark Maximum, Mark Step, Mark AllowedGap,
    AggregationRule Aggregation, IReadOnlyList<string> Descriptors)
{
    public AspectRule Rule => new(Kind, Maximum, Aggregation, AllowedGap.Value, Kind == AspectKind.Judgement ? new Mark(100) : Step);

    /// <summary>The mark one judge's entry is worth on its own: a measurement is the mark, a judgement max × v ÷ 3.</summary>
    public Mark MarkOf(Mark entry) => Rule.Score([entry.Value])!.Mark;

    internal static PanelAspect From(MarkingAspect a) => new(a.Id, a.Code, a.Description, a.Kind,
        new Mark(a.MaximumHundredths), new Mark(a.StepHundredths), new Mark(a.AllowedGapHundredths), a.Aggregation,
        a.Kind == AspectKind.Judgement ? [a.Descriptor0 ?? "", a.Descriptor1 ?? "", a.Descriptor2 ?? "", a.Descriptor3 ?? ""] : []);
}

/// <summary>A panel with its judges and the aspects it marks, in scheme order.</summary>
public sealed record PanelScope(int Id, string Name, IReadOnlyList<int> JudgeIds, IReadOnlyList<PanelAspect> Aspects);

public static class PanelAspects
{
    /// <summary>The panels of a competition (or one of them) with their aspects in component, criterion, aspect order.</summary>
    public static async Task<IReadOnlyList<PanelScope>> PanelsAsync(this SkillsLadderDbContext db, int competitionId, int? panelId, CancellationToken ct)
    {
        var query = db.JudgePanels.AsNoTracking().Include(p => p.Members).Include(p => p.Criteria)
            .Where(p => p.CompetitionId == competitionId && (panelId == null || p.Id == panelId)).OrderBy(p => p.Name);
        // One panel (every mark save) in one round trip, its few members × criteria joined; all of them split, so a big
        // contest's panels do not multiply into each other.
        var panels = await (panelId is null ? query.AsSplitQuery() : query.AsSingleQuery()).ToListAsync(ct);
        var criterionIds = panels.SelectMany(p => p.Criteria.Select(c => c.CriterionId)).ToList();
        var aspects = await (
                from a in db.MarkingAspects.AsNoTracking()
                join k in db.MarkingCriteria on a.CriterionId equals k.Id
                join m in db.MarkingComponents on k.ComponentId equals m.Id
                where criterionIds.Contains(k.Id)
                orderby m.Position, k.Position, a.Position
                select a)
            .ToListAsync(ct);
        return panels.Select(p =>
        {
            var mine = p.Criteria.Select(c => c.CriterionId).ToHashSet();
            return new PanelScope(p.Id, p.Name, p.Members.Select(m => m.JudgeId).ToList(),
                aspects.Where(a => mine.Contains(a.CriterionId)).Select(PanelAspect.From).ToList());
        }).ToList();
    }

    /// <summary>Judge–entrant pairs that must not meet: every conflict not cleared by the chief judge.</summary>
    public static async Task<HashSet<(int JudgeId, int EntrantId)>> RecusalsAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct) =>
        (await db.Conflicts.AsNoTracking()
            .Where(c => c.CompetitionId == competitionId && c.Status != ConflictStatus.Cleared)
            .Select(c => new { c.JudgeId, c.EntrantId }).ToListAsync(ct))
        .Select(c => (c.JudgeId, c.EntrantId)).ToHashSet();

    /// <summary>How an entrant is named on sheets: the team name, else the member's name.</summary>
    public static async Task<Dictionary<int, string>> EntrantNamesAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> entrantIds, CancellationToken ct)
    {
        var teams = await db.Entrants.AsNoTracking().Where(e => entrantIds.Contains(e.Id))
            .Select(e => new { e.Id, e.TeamName }).ToListAsync(ct);
        var members = await (
                from m in db.EntrantMembers.AsNoTracking()
                join w in db.Workers on m.WorkerId equals w.Id
                where entrantIds.Contains(m.EntrantId)
                select new { m.EntrantId, w.FullName })
            .ToListAsync(ct);
        return teams.ToDictionary(t => t.Id, t => t.TeamName
            ?? string.Join("、", members.Where(m => m.EntrantId == t.Id).Select(m => m.FullName).Order()));
    }
}
