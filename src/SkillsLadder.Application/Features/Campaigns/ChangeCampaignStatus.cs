using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>Draft → Running: refused with every missing piece listed (participants, periods, scheme).</summary>
public sealed record StartCampaignCommand(int CampaignId) : ICommand<MediatR.Unit>;

/// <summary>Running → Closed: refused while a period is still open, since the cumulative standings must be final.</summary>
public sealed record CloseCampaignCommand(int CampaignId) : ICommand<MediatR.Unit>;

public sealed class StartCampaignHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<StartCampaignCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(StartCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        campaign.Start();
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

public sealed class CloseCampaignHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<CloseCampaignCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CloseCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        campaign.Close();
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
