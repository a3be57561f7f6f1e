using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>What every competition page shows at its top, and what the user may do there.</summary>
public sealed record CompetitionHeader(
    int Id, string Name, CompetitionStatus Status, int SchemeVersion, int TeamSize, bool IsOrganizer, bool IsJudge, bool IsChief, int? JudgeId);

public sealed record GetCompetitionHeaderQuery(int CompetitionId) : MediatR.IRequest<CompetitionHeader>;

public sealed class GetCompetitionHeaderHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<GetCompetitionHeaderQuery, CompetitionHeader>
{
    public async Task<CompetitionHeader> Handle(GetCompetitionHeaderQuery request, CancellationToken cancellationToken)
    {
        var official = await db.OfficialAsync(user, request.CompetitionId, cancellationToken);
        var c = await db.Competitions.AsNoTracking()
            .Where(c => c.Id == request.CompetitionId)
            .Select(c => new { c.Id, c.Name, c.Status, c.SchemeVersion, c.TeamSize })
            .SingleAsync(cancellationToken);
        return new CompetitionHeader(c.Id, c.Name, c.Status, c.SchemeVersion, c.TeamSize,
            official.IsOrganizer, official.IsJudge, official.IsChief, official.Seat?.Id);
    }
}
