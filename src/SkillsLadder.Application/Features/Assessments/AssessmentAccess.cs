using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>One participant's assessment in one period, resolved for an organizer, with the scheme it is entered under.</summary>
public sealed record AssessmentTarget(Campaign Campaign, CampaignPeriod Period, CampaignParticipant Participant, IndicatorScheme Scheme)
{
    public IQueryable<PeriodAssessment> Query(SkillsLadderDbContext db) => db.PeriodAssessments
        .Where(a => a.PeriodId == Period.Id && a.ParticipantId == Participant.Id);

    /// <summary>Values are entered only while the campaign runs, the period is open and the participant has not withdrawn.</summary>
    public void EnsureOpenForEntry()
    {
        Campaign.EnsureRunning();
        if (Period.Status == PeriodStatus.Locked)
            throw new DomainException("period.locked", $"{Period.Label} 已锁定；修改须先写明理由解锁考核期。");
        if (!Participant.IsActive)
            throw new DomainException("participant.withdrawn", $"“{Participant.Name}”已退出竞赛，不能再录入考核。");
    }
}

public static class AssessmentAccess
{
    public static async Task<AssessmentTarget> AssessmentTargetAsync(this SkillsLadderDbContext db, ICurrentUser user,
        int campaignId, int periodId, int participantId, CancellationToken ct)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, campaignId, ct);
        var period = campaign.Periods.SingleOrDefault(p => p.Id == periodId) ?? throw new NotFoundException("考核期", periodId);
        var participant = campaign.Participants.SingleOrDefault(p => p.Id == participantId) ?? throw new NotFoundException("参赛者", participantId);
        // An existing assessment keeps the version it was entered under; a new one takes the period's.
        var schemeId = await db.PeriodAssessments.Where(a => a.PeriodId == periodId && a.ParticipantId == participantId)
            .Select(a => (int?)a.SchemeId).SingleOrDefaultAsync(ct);
        var scheme = (schemeId is { } id ? campaign.Schemes.SingleOrDefault(s => s.Id == id) : null) ?? campaign.SchemeFor(period)
            ?? throw new DomainException("scheme.missing", $"{period.Label} 还没有适用的考核指标方案。");
        return new AssessmentTarget(campaign, period, participant, scheme);
    }

    /// <summary>The tracked assessment with its values and counts; null when nothing has been entered yet.</summary>
    public static Task<PeriodAssessment?> TrackedAssessmentAsync(this SkillsLadderDbContext db, AssessmentTarget target, CancellationToken ct) =>
        target.Query(db).Include(a => a.Values).Include(a => a.Counts).AsSplitQuery().SingleOrDefaultAsync(ct);

    /// <summary>The optimistic check: the version the user saw (0: no assessment yet) must still be the stored one.</summary>
    public static void EnsureVersion(int stored, int? expected)
    {
        if (expected is { } seen && seen != stored)
            throw new ConflictException("stale_version", "考核已被他人修改（您看到的是旧版本），请刷新查看最新数据后再操作。");
    }

    /// <summary>A fresh draft; stored at version 1 so that 0 always means "none yet" and two first saves cannot both win.</summary>
    public static PeriodAssessment NewAssessment(this SkillsLadderDbContext db, AssessmentTarget target)
    {
        var assessment = new PeriodAssessment(target.Campaign.Id, target.Period.Id, target.Participant.Id, target.Scheme.Id);
        db.PeriodAssessments.Add(assessment);
        db.Entry(assessment).Property(a => a.Version).CurrentValue = 1;
        return assessment;
    }
}
