using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>The next milestone (节点) of a milestone campaign: it runs from the day after the previous one to its date.</summary>
public sealed record AddMilestoneCommand : ICommand<int>
{
    public int CampaignId { get; init; }
    public string Label { get; init; } = "";
    public DateOnly? EndsOn { get; init; }
}

public sealed class AddMilestoneValidator : AbstractValidator<AddMilestoneCommand>
{
    public AddMilestoneValidator()
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage("请填写节点名称。")
            .MaximumLength(CampaignPeriod.LabelMaxLength).WithMessage($"节点名称最多 {CampaignPeriod.LabelMaxLength} 个字。");
        RuleFor(c => c.EndsOn).NotNull().WithMessage("请填写节点日期。");
    }
}

public sealed class AddMilestoneHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddMilestoneCommand, int>
{
    public async Task<int> Handle(AddMilestoneCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        var period = CompetitionFieldsMapping.AsFieldErrors(() => campaign.AddMilestone(request.Label, request.EndsOn!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return period.Id;
    }
}
