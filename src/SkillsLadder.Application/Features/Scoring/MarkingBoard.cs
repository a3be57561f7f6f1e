using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>One judge's value for an aspect, with the sheet it comes from.</summary>
public sealed record JudgeValue(int JudgeId, string JudgeName, int SheetId, SheetStatus Status, Mark Value);

/// <summary>The judges' values for one aspect of one entrant, and whether they are further apart than allowed.</summary>
public sealed record AspectSpread(PanelAspect Aspect, IReadOnlyList<JudgeValue> Values, decimal Gap)
{
    public bool Flagged => Gap > Aspect.AllowedGap.Value;
}

/// <summary>
/// The judges' sheets of a competition (or one panel, or one entrant) loaded once, with the recusals, so the
/// overview, the sheet, verification and the disagreement list judge a gap the same way: over the entries of every
/// judge of the panel who is not recused from the entrant, drafts included, in the unit judges enter (0–3 or marks).
/// </summary>
public sealed class MarkingBoard
{
    private readonly ILookup<(int PanelId, int EntrantId), ScoreSheet> _sheets;

    private MarkingBoard(IReadOnlyList<PanelScope> panels, IReadOnlyList<CompetitionJudge> judges,
        HashSet<(int, int)> recusals, IReadOnlyList<ScoreSheet> sheets)
    {
        Panels = panels;
        Judges = judges.ToDictionary(j => j.Id);
        Recusals = recusals;
        _sheets = sheets.ToLookup(s => (s.PanelId!.Value, s.EntrantId));
    }

    public IReadOnlyList<PanelScope> Panels { get; }
    public IReadOnlyDictionary<int, CompetitionJudge> Judges { get; }
    public HashSet<(int JudgeId, int EntrantId)> Recusals { get; }

    public static async Task<MarkingBoard> LoadAsync(SkillsLadderDbContext db, int competitionId, int? panelId, int? entrantId, CancellationToken ct)
    {
        var panels = await db.PanelsAsync(competitionId, panelId, ct);
        var judges = await db.CompetitionJudges.AsNoTracking().Where(j => j.CompetitionId == competitionId).ToListAsync(ct);
        var sheets = await db.ScoreSheets.AsNoTracking().Include(s => s.Entries)
            .Where(s => s.CompetitionId == competitionId && s.Source == SheetSource.Judge
                        && (panelId == null || s.PanelId == panelId) && (entrantId == null || s.EntrantId == entrantId))
            .ToListAsync(ct);
        return new MarkingBoard(panels, judges, await db.RecusalsAsync(competitionId, ct), sheets);
    }

    public bool Recused(int judgeId, int entrantId) => Recusals.Contains((judgeId, entrantId));

    /// <summary>The sheets that count for an entrant on a panel: a recused judge's sheet (if any) never does.</summary>
    public IEnumerable<ScoreSheet> SheetsFor(int panelId, int entrantId) =>
        _sheets[(panelId, entrantId)].Where(s => !Recused(s.JudgeId!.Value, entrantId));

    public ScoreSheet? SheetOf(int panelId, int judgeId, int entrantId) =>
        _sheets[(panelId, entrantId)].SingleOrDefault(s => s.JudgeId == judgeId);

    public IReadOnlyList<AspectSpread> Spreads(PanelScope panel, int entrantId)
    {
        // Only the panel's current judges count: a judge taken off the panel leaves their old sheet behind, unread.
        var sheets = SheetsFor(panel.Id, entrantId).Where(s => panel.JudgeIds.Contains(s.JudgeId!.Value)).ToList();
        return panel.Aspects.Select(aspect =>
        {
            var values = sheets
                .SelectMany(s => s.Entries.Where(e => e.AspectId == aspect.Id)
                    .Select(e => new JudgeValue(s.JudgeId!.Value, Judges[s.JudgeId!.Value].FullName, s.Id, s.Status, e.Value)))
                .OrderBy(v => v.JudgeName).ToList();
            return new AspectSpread(aspect, values, MarkAggregator.Gap(values.Select(v => v.Value.Value).ToList()));
        }).ToList();
    }
}
