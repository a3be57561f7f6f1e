using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>
/// Counts what the lifecycle guards need. A sheet is expected for every panel judge × active entrant the judge is
/// not recused from, and a theory result for every active entrant when the scheme has a theory component;
/// expected sheets that are missing count as unverified, so nothing can be locked with marks still to come.
/// </summary>
public static class MarkingFacts
{
    public static async Task<CompetitionFacts> ReadAsync(SkillsLadderDbContext db, Competition competition, CancellationToken ct)
    {
        var id = competition.Id;
        var entrants = await db.Entrants.Where(e => e.CompetitionId == id && e.Status == EntrantStatus.Active).Select(e => e.Id).ToListAsync(ct);
        var panels = await db.JudgePanels.Where(p => p.CompetitionId == id).Include(p => p.Members).Include(p => p.Criteria).AsSplitQuery().ToListAsync(ct);
        var recused = (await db.Conflicts.Where(c => c.CompetitionId == id && c.Status != ConflictStatus.Cleared)
            .Select(c => new { c.JudgeId, c.EntrantId }).ToListAsync(ct)).Select(c => (c.JudgeId, c.EntrantId)).ToHashSet();
        var verified = await db.ScoreSheets.Where(s => s.CompetitionId == id && (s.Status == SheetStatus.Verified || s.Status == SheetStatus.Locked))
            .Select(s => new { s.PanelId, s.JudgeId, s.ComponentId, s.EntrantId }).ToListAsync(ct);
        var verifiedJudgeSheets = verified.Where(s => s.PanelId is not null).Select(s => (s.PanelId!.Value, s.JudgeId!.Value, s.EntrantId)).ToHashSet();
        var verifiedTheory = verified.Where(s => s.ComponentId is not null).Select(s => s.EntrantId).ToHashSet();

        var pending = 0;
        foreach (var panel in panels)
        foreach (var judge in panel.Members.Select(m => m.JudgeId))
            pending += entrants.Count(e => !recused.Contains((judge, e)) && !verifiedJudgeSheets.Contains((panel.Id, judge, e)));
        if (competition.Components.Any(c => c.Kind == ComponentKind.Theory))
            pending += entrants.Count(e => !verifiedTheory.Contains(e));

        var assignedCriteria = panels.SelectMany(p => p.Criteria).Select(c => c.CriterionId).ToHashSet();
        var unassigned = competition.Components.Where(c => c.Kind != ComponentKind.Theory)
            .SelectMany(c => c.Criteria).Count(k => !assignedCriteria.Contains(k.Id));
        var judges = panels.SelectMany(p => p.Members).Select(m => m.JudgeId).Distinct().Count();
        return new CompetitionFacts(competition.SchemeComplete, entrants.Count, judges, pending, HasFinalisedSnapshot: false, unassigned);
    }
}
