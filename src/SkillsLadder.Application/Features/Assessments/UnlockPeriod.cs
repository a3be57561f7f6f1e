using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// Opens a locked period again with a reason on record: its assessments go back to Submitted (not Draft), so the
/// organizer then reopens the one that needs a correction and the others stay signed as they were.
/// </summary>
public sealed record UnlockPeriodCommand : ICommand<PeriodStepResult>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class UnlockPeriodValidator : AbstractValidator<UnlockPeriodCommand>
{
    public UnlockPeriodValidator() =>
        RuleFor(c => c.Reason).Must(r => (r ?? "").Trim().Length >= 2).WithMessage("请写明解锁理由（至少 2 个字）。")
            .MaximumLength(CampaignParticipant.ReasonMaxLength).WithMessage($"理由最多 {CampaignParticipant.ReasonMaxLength} 个字。");
}

public sealed class UnlockPeriodHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UnlockPeriodCommand, PeriodStepResult>
{
    public async Task<PeriodStepResult> Handle(UnlockPeriodCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        // A closed campaign's cumulative standings are final; reopening a period would quietly change them.
        campaign.EnsureRunning();
        var period = campaign.Periods.SingleOrDefault(p => p.Id == request.PeriodId) ?? throw new NotFoundException("考核期", request.PeriodId);
        var reason = request.Reason.Trim();
        period.Unlock(reason);
        var (by, at) = (user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        var locked = await db.PeriodAssessments.Where(a => a.PeriodId == period.Id && a.Status == AssessmentStatus.Locked).ToListAsync(cancellationToken);
        foreach (var assessment in locked) assessment.Unlock(by, at, reason);
        await db.SaveChangesAsync(cancellationToken);
        return new PeriodStepResult(period.Id, period.Status, locked.Count);
    }
}
