using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Assessments;

public sealed record GetEvidenceFileQuery(int CampaignId, int PeriodId, int ParticipantId, int EvidenceId) : IRequest<EvidenceFile>;

/// <summary>The stored bytes with the content type that was checked on upload (never the one the uploader claimed).</summary>
public sealed record EvidenceFile(string FileName, string ContentType, byte[] Content);

public sealed class GetEvidenceFileHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetEvidenceFileQuery, EvidenceFile>
{
    public async Task<EvidenceFile> Handle(GetEvidenceFileQuery request, CancellationToken cancellationToken)
    {
        var target = await db.AssessmentTargetAsync(user, request.CampaignId, request.PeriodId, request.ParticipantId, cancellationToken);
        var assessments = target.Query(db);
        return await db.AssessmentEvidence.AsNoTracking()
                   .Where(e => e.Id == request.EvidenceId && assessments.Any(a => a.Id == e.AssessmentId))
                   .Select(e => new EvidenceFile(e.FileName, e.ContentType, e.Content))
                   .SingleOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("佐证材料", request.EvidenceId);
    }
}
