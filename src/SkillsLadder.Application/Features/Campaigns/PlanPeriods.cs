using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>Plans the weekly, monthly or quarterly periods again from the campaign's dates (draft only).</summary>
public sealed record PlanPeriodsCommand(int CampaignId) : ICommand<int>;

public sealed class PlanPeriodsHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<PlanPeriodsCommand, int>
{
    public async Task<int> Handle(PlanPeriodsCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        // Draft campaigns have no assessments (entry starts with Running), so replacing the periods loses nothing.
        campaign.PlanPeriods();
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Periods.Count;
    }
}
