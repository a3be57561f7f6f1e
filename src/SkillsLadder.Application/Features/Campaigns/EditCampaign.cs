using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// Particulars and award counts, and while the campaign is a draft its dates and cadence (null: unchanged). New dates
/// plan the weekly, monthly or quarterly periods again; milestones already added pin a milestone campaign's dates.
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
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public PeriodCadence? Cadence { get; init; }
}

public sealed class EditCampaignValidator : AbstractValidator<EditCampaignCommand>
{
    public EditCampaignValidator()
    {
        Include(new CampaignParticularsValidator());
        RuleFor(c => c.EndsOn).NotNull().When(c => c.StartsOn is not null).WithMessage("请同时填写开始和结束日期。");
        RuleFor(c => c.StartsOn).NotNull().When(c => c.EndsOn is not null).WithMessage("请同时填写开始和结束日期。");
        RuleFor(c => c.Cadence).IsInEnum().WithMessage("请选择考核周期。");
    }
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
        var (starts, ends, cadence) = (request.StartsOn ?? campaign.StartsOn, request.EndsOn ?? campaign.EndsOn, request.Cadence ?? campaign.Cadence);
        if ((starts, ends, cadence) != (campaign.StartsOn, campaign.EndsOn, campaign.Cadence))
        {
            // Refused once running; a refusal below rolls the change back with the transaction.
            CompetitionFieldsMapping.AsFieldErrors(() => { campaign.SetDates(starts, ends, cadence); return 0; });
            // The domain has no way to drop milestones one by one, so once added they fix the dates they were cut from.
            if (cadence == PeriodCadence.Milestone && campaign.Periods.Count > 0)
                throw RequestValidationException.For(nameof(request.Cadence), "已排定考核期，不能改为按节点考核或改动按节点竞赛的日期。");
            // Draft campaigns have no assessments yet (entry starts with Running), so planning again loses nothing.
            if (cadence != PeriodCadence.Milestone) campaign.PlanPeriods();
        }
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Version;
    }
}
