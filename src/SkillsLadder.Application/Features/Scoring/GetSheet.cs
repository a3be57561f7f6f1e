using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>A judge's sheet for one entrant; JudgeId defaults to the current user's seat (scribes and the chief name it).</summary>
public sealed record GetSheetQuery(int CompetitionId, int PanelId, int EntrantId, int? JudgeId = null) : IRequest<SheetView>;

/// <summary>
/// The sheet as entered. Version 0 means no sheet yet (the first save creates it). Values are what the judge typed
/// (0–3 for a judgement); Mark is what that entry is worth. OtherValues only for the chief judge and organizers.
/// </summary>
public sealed record SheetView(
    int CompetitionId, CompetitionStatus CompetitionStatus, int PanelId, string PanelName, int EntrantId, int Bib, string EntrantName,
    int JudgeId, string JudgeName, int? SheetId, SheetStatus? Status, int Version, string? SubmittedBy, string? VerifiedBy,
    IReadOnlyList<SheetAspectView> Aspects, decimal Total, decimal Maximum, bool SeesAllValues, bool CanEdit,
    int? PreviousEntrantId, int? NextEntrantId);

public sealed record SheetAspectView(
    int AspectId, string Code, string Description, AspectKind Kind, decimal Maximum, decimal Step, decimal AllowedGap,
    IReadOnlyList<string> Descriptors, decimal? Value, decimal? Mark, bool GapFlagged, decimal? Gap, IReadOnlyList<OtherJudgeValue>? OtherValues);

public sealed record OtherJudgeValue(int JudgeId, string JudgeName, SheetStatus Status, decimal Value);

public sealed class GetSheetHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetSheetQuery, SheetView>
{
    public async Task<SheetView> Handle(GetSheetQuery request, CancellationToken cancellationToken)
    {
        var target = await db.ResolveSheetAsync(user, request.CompetitionId, request.PanelId, request.EntrantId, request.JudgeId, cancellationToken);
        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, request.PanelId, request.EntrantId, cancellationToken);
        var sheet = board.SheetOf(target.Panel.Id, target.Judge.Id, target.Entrant.Id);
        var spreads = board.Spreads(target.Panel, target.Entrant.Id);
        var aspects = spreads.Select(spread =>
        {
            var a = spread.Aspect;
            var entry = sheet?.Entries.SingleOrDefault(e => e.AspectId == a.Id)?.Value;
            var others = target.SeesAllValues
                ? spread.Values.Where(v => v.JudgeId != target.Judge.Id).Select(v => new OtherJudgeValue(v.JudgeId, v.JudgeName, v.Status, v.Value.Value)).ToList()
                : null;
            return new SheetAspectView(a.Id, a.Code, a.Description, a.Kind, a.Maximum.Value, a.Step.Value, a.AllowedGap.Value, a.Descriptors,
                entry?.Value, entry is { } v ? a.MarkOf(v).Value : null, spread.Flagged, target.SeesAllValues ? spread.Gap : null, others);
        }).ToList();

        // Previous and next: the entrants this judge marks on this panel, by bib, so a venue works down the list.
        var order = await db.Entrants.AsNoTracking()
            .Where(e => e.CompetitionId == request.CompetitionId && e.Status == EntrantStatus.Active)
            .OrderBy(e => e.Bib).Select(e => e.Id).ToListAsync(cancellationToken);
        order = order.Where(id => id == target.Entrant.Id || !board.Recused(target.Judge.Id, id)).ToList();
        var at = order.IndexOf(target.Entrant.Id);
        var names = await db.EntrantNamesAsync([target.Entrant.Id], cancellationToken);

        return new SheetView(request.CompetitionId, target.CompetitionStatus, target.Panel.Id, target.Panel.Name,
            target.Entrant.Id, target.Entrant.Bib, names.GetValueOrDefault(target.Entrant.Id, ""),
            target.Judge.Id, target.Judge.FullName, sheet?.Id, sheet?.Status, sheet?.Version ?? 0, sheet?.SubmittedBy, sheet?.VerifiedBy,
            aspects, aspects.Sum(a => a.Mark ?? 0), target.Panel.Aspects.Sum(a => a.Maximum.Value), target.SeesAllValues,
            target.CompetitionStatus == CompetitionStatus.Marking && target.Entrant.Status == EntrantStatus.Active
                && (sheet is null || sheet.Status == SheetStatus.Draft),
            at > 0 ? order[at - 1] : null, at >= 0 && at < order.Count - 1 ? order[at + 1] : null);
    }
}
