using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>A draft is submitted once every measured indicator has its value (event counts default to zero).</summary>
public sealed record SubmitAssessmentCommand : ICommand<AssessmentStepResult>
{
    public int CampaignId { get; init; }
    public int PeriodId { get; init; }
    public int ParticipantId { get; init; }
    public int? Version { get; init; }
}

public sealed record AssessmentStepResult(int AssessmentId, AssessmentStatus Status, int Version);

public sealed class SubmitAssessmentHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitAssessmentCommand, AssessmentStepResult>
{
    public async Task<AssessmentStepResult> Handle(SubmitAssessmentCommand request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        target.EnsureOpenForEntry();
        var assessment = await db.TrackedAssessmentAsync(target, cancellationToken)
                         ?? throw new DomainException("assessment.missing", $"“{target.Participant.Name}”{target.Period.Label} 还没有录入考核数据。");
        AssessmentAccess.EnsureVersion(assessment.Version, request.Version);
        assessment.Submit(target.Scheme, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentStepResult(assessment.Id, assessment.Status, assessment.Version);
    }
}
