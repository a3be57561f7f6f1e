using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// Particulars and award counts. Dates and cadence are not edited here: they shape the periods, which are planned
/// again on the periods page while the campaign is a draft.
/// </summary>
public sealed record EditCampaignCommand : ICommand<int>, ICampaignParticulars
{
    public int Id { get; init; }
    /// <summary>The version the organizer saw; a stale one is a conflict, never a silent overwrite.</summary>
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public CampaignKind Kind { get; init; } = CampaignKind.KeyProject;
    public string Project { get; init; } = "";
    public string Organizer { get; init; } = "";
    public int CollectiveAwards { get; init; }
    public int IndividualAwards { get; init; }
}

public sealed class EditCampaignValidator : AbstractValidator<EditCampaignCommand>
{
    public EditCampaignValidator() => Include(new CampaignParticularsValidator());
}

public sealed class EditCampaignHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<EditCampaignCommand, int>
{
    public async Task<int> Handle(EditCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.Id, cancellationToken);
        if (campaign.Version != request.Version)
            throw new ConflictException("campaign.stale", "竞赛信息已被他人修改，请刷新后重新编辑。");
        CompetitionFieldsMapping.AsFieldErrors(() =>
        {
            campaign.SetParticulars(request.Name, request.Kind, request.Project, request.Organizer);
            campaign.SetAwardCounts(request.CollectiveAwards, request.IndividualAwards);
            return 0;
        });
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Version;
    }
}
