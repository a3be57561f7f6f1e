using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// A new campaign in preparation. Weekly, monthly and quarterly periods are planned at once from the dates; a
/// milestone campaign gets its milestones one by one on the periods page.
/// </summary>
public sealed record CreateCampaignCommand : ICommand<int>, ICampaignParticulars
{
    public string Name { get; init; } = "";
    public CampaignKind Kind { get; init; } = CampaignKind.KeyProject;
    public string Project { get; init; } = "";
    public string Organizer { get; init; } = "";
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public PeriodCadence Cadence { get; init; } = PeriodCadence.Monthly;
    public int CollectiveAwards { get; init; } = 1;
    public int IndividualAwards { get; init; } = 3;
}

public sealed class CreateCampaignValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignValidator()
    {
        Include(new CampaignParticularsValidator());
        RuleFor(c => c.StartsOn).NotNull().WithMessage("请填写开始日期。");
        RuleFor(c => c.EndsOn).NotNull().WithMessage("请填写结束日期。");
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.StartsOn is not null && c.EndsOn is not null)
            .WithMessage("结束日期不能早于开始日期。");
        RuleFor(c => c.Cadence).IsInEnum().WithMessage("请选择考核周期。");
    }
}

public sealed class CreateCampaignHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<CreateCampaignCommand, int>
{
    public async Task<int> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCampaignOrganizer();
        var campaign = CompetitionFieldsMapping.AsFieldErrors(() =>
        {
            var created = new Campaign(request.Name, request.Kind, request.Project, request.Organizer, request.StartsOn!.Value,
                request.EndsOn!.Value, request.Cadence, clock.GetUtcNow().UtcDateTime);
            created.SetAwardCounts(request.CollectiveAwards, request.IndividualAwards);
            if (request.Cadence != PeriodCadence.Milestone) created.PlanPeriods();
            return created;
        });
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Id;
    }
}
