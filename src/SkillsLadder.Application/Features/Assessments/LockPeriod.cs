using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// Signs a period off: refused while any active participant has no submitted assessment (counted and named, so the
/// organizer knows whom to chase); otherwise the period and every submitted assessment in it lock together. The
/// period's standings are then final and its leading unit holds the red banner.
/// </summary>
public sealed record LockPeriodCommand(int CampaignId, int PeriodId) : ICommand<PeriodStepResult>;

public sealed record PeriodStepResult(int PeriodId, PeriodStatus Status, int Assessments);

public sealed class LockPeriodHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<LockPeriodCommand, PeriodStepResult>
{
    public async Task<PeriodStepResult> Handle(LockPeriodCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        campaign.EnsureRunning();
        var period = campaign.Periods.SingleOrDefault(p => p.Id == request.PeriodId) ?? throw new NotFoundException("考核期", request.PeriodId);
        if (period.Status == PeriodStatus.Locked) throw new DomainException("period.locked", $"{period.Label} 已锁定。");
        var assessments = await db.PeriodAssessments.Where(a => a.PeriodId == period.Id).ToListAsync(cancellationToken);
        var submitted = assessments.Where(a => a.Status == AssessmentStatus.Submitted).Select(a => a.ParticipantId).ToHashSet();
        var missing = campaign.Participants.Where(p => p.IsActive && !submitted.Contains(p.Id)).OrderBy(p => p.Kind).ThenBy(p => p.Id)
            .Select(p => p.Name).ToList();
        if (missing.Count > 0)
            throw new DomainException("period.unsubmitted",
                $"{period.Label} 还有 {missing.Count} 份考核未提交，不能锁定：{string.Join("、", missing)}。");

        var (by, at) = (user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        period.Lock(0, by, at);
        foreach (var assessment in assessments.Where(a => a.Status == AssessmentStatus.Submitted)) assessment.Lock(by, at);
        await db.SaveChangesAsync(cancellationToken);
        return new PeriodStepResult(period.Id, period.Status, assessments.Count(a => a.Status == AssessmentStatus.Locked));
    }
}
