using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

public sealed record ListPeriodsQuery(int CampaignId) : IRequest<IReadOnlyList<PeriodView>>;

/// <summary>
/// A period with its sign-off state: how many active participants there are, how many have submitted (or are locked),
/// and the scheme version it is assessed under.
/// </summary>
public sealed record PeriodView(int Id, int Number, string Label, DateOnly StartsOn, DateOnly EndsOn, PeriodStatus Status,
    string? LockedBy, DateTime? LockedAt, string? UnlockReason, int? SchemeNumber, int Active, int Submitted, int Drafts)
{
    public int Unsubmitted => Active - Submitted;
}

public sealed class ListPeriodsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListPeriodsQuery, IReadOnlyList<PeriodView>>
{
    public async Task<IReadOnlyList<PeriodView>> Handle(ListPeriodsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureCampaignExistsAsync(user, request.CampaignId, cancellationToken);
        var periods = await db.CampaignPeriods.AsNoTracking().Where(p => p.CampaignId == request.CampaignId)
            .OrderBy(p => p.Number).ToListAsync(cancellationToken);
        var schemes = await db.IndicatorSchemes.AsNoTracking().Where(s => s.CampaignId == request.CampaignId)
            .Select(s => new { s.Number, s.FromPeriodNumber }).ToListAsync(cancellationToken);
        var active = await db.CampaignParticipants.Where(p => p.CampaignId == request.CampaignId && p.IsActive)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var assessments = await db.PeriodAssessments.AsNoTracking().Where(a => a.CampaignId == request.CampaignId)
            .Select(a => new { a.PeriodId, a.ParticipantId, a.Status }).ToListAsync(cancellationToken);

        return periods.Select(p =>
        {
            var mine = assessments.Where(a => a.PeriodId == p.Id && active.Contains(a.ParticipantId)).ToList();
            // The same choice as Campaign.SchemeFor: the newest version starting at or before the period.
            var scheme = schemes.Where(s => s.FromPeriodNumber <= p.Number)
                .OrderByDescending(s => s.FromPeriodNumber).ThenByDescending(s => s.Number).FirstOrDefault();
            return new PeriodView(p.Id, p.Number, p.Label, p.StartsOn, p.EndsOn, p.Status, p.LockedBy, p.LockedAt, p.UnlockReason,
                scheme?.Number, active.Count, mine.Count(a => a.Status != AssessmentStatus.Draft), mine.Count(a => a.Status == AssessmentStatus.Draft));
        }).ToList();
    }
}
