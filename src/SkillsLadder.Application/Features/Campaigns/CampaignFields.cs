using FluentValidation;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>The particulars a campaign is created and edited with.</summary>
public interface ICampaignParticulars
{
    string Name { get; }
    CampaignKind Kind { get; }
    string Project { get; }
    string Organizer { get; }
    int CollectiveAwards { get; }
    int IndividualAwards { get; }
}

/// <summary>Shape only; the campaign itself guards dates, cadence and award ranges again.</summary>
public sealed class CampaignParticularsValidator : AbstractValidator<ICampaignParticulars>
{
    public CampaignParticularsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写竞赛名称。")
            .MaximumLength(Campaign.NameMaxLength).WithMessage($"竞赛名称最多 {Campaign.NameMaxLength} 个字。");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("请选择竞赛类型。");
        RuleFor(c => c.Project).NotEmpty().WithMessage("请填写依托的工程项目或中心任务。")
            .MaximumLength(Campaign.ProjectMaxLength).WithMessage($"工程项目最多 {Campaign.ProjectMaxLength} 个字。");
        RuleFor(c => c.Organizer).NotEmpty().WithMessage("请填写主办单位。")
            .MaximumLength(Campaign.OrganizerMaxLength).WithMessage($"主办单位最多 {Campaign.OrganizerMaxLength} 个字。");
        RuleFor(c => c.CollectiveAwards).InclusiveBetween(0, 100).WithMessage("先进集体名额应在 0–100 之间。");
        RuleFor(c => c.IndividualAwards).InclusiveBetween(0, 500).WithMessage("先进个人名额应在 0–500 之间。");
    }
}
