using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// The chief judge's list: every entrant and aspect where the panel's judges are further apart than allowed, with all
/// their values and the sheets they come from. An item disappears once a re-score brings the spread within bounds.
/// </summary>
public sealed record ListDisagreementsQuery(int CompetitionId, int? PanelId = null) : IRequest<IReadOnlyList<Disagreement>>;

public sealed record Disagreement(
    int PanelId, string PanelName, int EntrantId, int Bib, string EntrantName, string AspectCode, string AspectDescription,
    AspectKind Kind, decimal Gap, decimal AllowedGap, IReadOnlyList<DisagreementValue> Values);

/// <summary>Value is what the judge entered (0–3 for a judgement).</summary>
public sealed record DisagreementValue(int JudgeId, string JudgeName, int SheetId, SheetStatus Status, decimal Value);

public sealed class ListDisagreementsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListDisagreementsQuery, IReadOnlyList<Disagreement>>
{
    public async Task<IReadOnlyList<Disagreement>> Handle(ListDisagreementsQuery request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        if (!official.IsOrganizer && !official.IsChief)
            throw new ForbiddenException("分差超限清单只对裁判长和组织者开放。");
        var board = await MarkingBoard.LoadAsync(db, request.CompetitionId, request.PanelId, null, cancellationToken);
        var hidden = await db.HiddenEntrantsAsync(official, request.CompetitionId, cancellationToken);
        var entrants = (await db.Entrants.AsNoTracking()
            .Where(e => e.CompetitionId == request.CompetitionId && e.Status == EntrantStatus.Active)
            .OrderBy(e => e.Bib).Select(e => new { e.Id, e.Bib }).ToListAsync(cancellationToken)).Where(e => !hidden.Contains(e.Id)).ToList();
        var names = await db.EntrantNamesAsync(entrants.Select(e => e.Id).ToList(), cancellationToken);

        return (
            from panel in board.Panels
            from entrant in entrants
            from spread in board.Spreads(panel, entrant.Id)
            where spread.Flagged
            select new Disagreement(panel.Id, panel.Name, entrant.Id, entrant.Bib, names.GetValueOrDefault(entrant.Id, ""),
                spread.Aspect.Code, spread.Aspect.Description, spread.Aspect.Kind, spread.Gap, spread.Aspect.AllowedGap.Value,
                spread.Values.Select(v => new DisagreementValue(v.JudgeId, v.JudgeName, v.SheetId, v.Status, v.Value.Value)).ToList())
        ).ToList();
    }
}
