using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>
/// A submitted assessment back to draft, with the reason on record; a locked one needs its period unlocked first
/// (that too takes a reason), so a signed-off result never changes silently.
/// </summary>
public sealed record ReopenAssessmentCommand : ICommand<AssessmentStepResult>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public int ParticipantId { get; init; }
    public int? Version { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class ReopenAssessmentValidator : AbstractValidator<ReopenAssessmentCommand>
{
    public ReopenAssessmentValidator() =>
        RuleFor(c => c.Reason).Must(r => (r ?? "").Trim().Length >= 2).WithMessage("请写明退回理由（至少 2 个字）。")
            .MaximumLength(AssessmentChange.ReasonMaxLength).WithMessage($"理由最多 {AssessmentChange.ReasonMaxLength} 个字。");
}

public sealed class ReopenAssessmentHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReopenAssessmentCommand, AssessmentStepResult>
{
    public async Task<AssessmentStepResult> Handle(ReopenAssessmentCommand request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        target.EnsureOpenForEntry();
        var assessment = await db.TrackedAssessmentAsync(target, cancellationToken)
                         ?? throw new DomainException("assessment.missing", $"“{target.Participant.Name}”{target.Period.Label} 还没有录入考核数据。");
        AssessmentAccess.EnsureVersion(assessment.Version, request.Version);
        assessment.Reopen(user.UserName ?? "?", clock.GetUtcNow().UtcDateTime, request.Reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentStepResult(assessment.Id, assessment.Status, assessment.Version);
    }
}
