using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

public sealed record GetAssessmentGridQuery(int CampaignId) : IRequest<AssessmentGrid>;

/// <summary>
/// Periods × participants: each cell's status (null: nothing entered) and the score its stored values give. Withdrawn
/// participants are listed only if they have assessments (their record stays); each period says how many are unsubmitted.
/// </summary>
public sealed record AssessmentGrid(int CampaignId, CampaignStatus Status, IReadOnlyList<GridPeriod> Periods, IReadOnlyList<GridRow> Rows);

public sealed record GridPeriod(int Id, int Number, string Label, PeriodStatus Status, int Unsubmitted);

public sealed record GridRow(int ParticipantId, string Name, ParticipantKind Kind, bool IsActive, IReadOnlyList<GridCell> Cells);

public sealed record GridCell(int PeriodId, AssessmentStatus? Status, decimal? Total, bool Vetoed);

public sealed class GetAssessmentGridHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetAssessmentGridQuery, AssessmentGrid>
{
    public async Task<AssessmentGrid> Handle(GetAssessmentGridQuery request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        var assessments = await db.PeriodAssessments.AsNoTracking().Include(a => a.Values).Include(a => a.Counts).AsSplitQuery()
            .Where(a => a.CampaignId == campaign.Id).ToListAsync(cancellationToken);
        var byCell = assessments.ToDictionary(a => (a.PeriodId, a.ParticipantId));
        var schemes = campaign.Schemes.ToDictionary(s => s.Id);
        var definitions = campaign.Schemes.ToDictionary(s => s.Id, s => s.Definition());
        var periods = campaign.Periods.OrderBy(p => p.Number).ToList();
        var participants = campaign.Participants
            .Where(p => p.IsActive || assessments.Any(a => a.ParticipantId == p.Id))
            .OrderBy(p => !p.IsActive).ThenBy(p => p.Kind).ThenBy(p => p.Id).ToList();

        var rows = participants.Select(p => new GridRow(p.Id, p.Name, p.Kind, p.IsActive, periods.Select(period =>
        {
            if (!byCell.TryGetValue((period.Id, p.Id), out var a)) return new GridCell(period.Id, null, null, false);
            var score = IndicatorScorer.Score(definitions[a.SchemeId], a.ToInput(schemes[a.SchemeId]));
            return new GridCell(period.Id, a.Status, score.Total.Value, score.Vetoed);
        }).ToList())).ToList();
        var gridPeriods = periods.Select(period => new GridPeriod(period.Id, period.Number, period.Label, period.Status,
            participants.Count(p => p.IsActive && byCell.GetValueOrDefault((period.Id, p.Id))?.Status is null or AssessmentStatus.Draft))).ToList();
        return new AssessmentGrid(campaign.Id, campaign.Status, gridPeriods, rows);
    }
}
