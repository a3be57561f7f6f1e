using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>Removes a wrongly attached file while the assessment is not locked; the history keeps its name.</summary>
public sealed record RemoveEvidenceCommand(int CampaignId, int PeriodId, int ParticipantId, int EvidenceId) : ICommand<MediatR.Unit>;

public sealed class RemoveEvidenceHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemoveEvidenceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RemoveEvidenceCommand request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        target.EnsureOpenForEntry();
        var assessment = await db.TrackedAssessmentAsync(target, cancellationToken) ?? throw new NotFoundException("佐证材料", request.EvidenceId);
        var evidence = await db.AssessmentEvidence.SingleOrDefaultAsync(e => e.Id == request.EvidenceId && e.AssessmentId == assessment.Id, cancellationToken)
                       ?? throw new NotFoundException("佐证材料", request.EvidenceId);
        if (assessment.Status == AssessmentStatus.Locked) throw new DomainException("assessment.locked", "考核已锁定，佐证材料不能再删除。");
        db.AssessmentEvidence.Remove(evidence);
        assessment.NoteEvidence(false, evidence.FileName, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
