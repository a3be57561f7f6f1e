using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>What every campaign page shows at its top, and whether the user runs campaigns (organizers and admins).</summary>
public sealed record CampaignHeader(int Id, string Name, CampaignKind Kind, string Project, PeriodCadence Cadence, CampaignStatus Status,
    DateOnly StartsOn, DateOnly EndsOn, bool IsOrganizer);

public sealed record GetCampaignHeaderQuery(int CampaignId) : MediatR.IRequest<CampaignHeader>;

public sealed class GetCampaignHeaderHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<GetCampaignHeaderQuery, CampaignHeader>
{
    public async Task<CampaignHeader> Handle(GetCampaignHeaderQuery request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        return await db.Campaigns.AsNoTracking()
            .Where(c => c.Id == request.CampaignId)
            .Select(c => new CampaignHeader(c.Id, c.Name, c.Kind, c.Project, c.Cadence, c.Status, c.StartsOn, c.EndsOn, true))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
    }
}
