using FluentValidation;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// One route as the policy pages and the API show and send it: the row of the routes table. The same shape is read
/// from a saved version (to prefill the next one) and posted back.
/// </summary>
public sealed record LevelRouteLine
{
    public int TargetLevelRank { get; init; }
    /// <summary>Null: every occupation without routes of its own for this level.</summary>
    public int? OccupationId { get; init; }
    public int? YearsAtPreviousLevel { get; init; }
    public int? YearsInOccupation { get; init; }
    public Education? MinimumEducation { get; init; }
    public int? CompetitionTopN { get; init; }
    public CompetitionLevel? CompetitionMinimumLevel { get; init; }
    public int? CompetitionWithinYears { get; init; }
    /// <summary>Accepted innovation entries (五小, 合理化建议) required within <see cref="InnovationsWithinYears"/>.</summary>
    public int? InnovationsAccepted { get; init; }
    public int? InnovationsWithinYears { get; init; }
    /// <summary>Approved training hours completed within <see cref="TrainingWithinYears"/>.</summary>
    public int? TrainingHours { get; init; }
    public int? TrainingWithinYears { get; init; }
    /// <summary>Apprentices raised at least one level within <see cref="MentoringWithinYears"/>.</summary>
    public int? ApprenticesMentored { get; init; }
    public int? MentoringWithinYears { get; init; }
    public bool ApprenticeshipCompleted { get; init; }
    public StudioRequirement? StudioRole { get; init; }

    public static LevelRouteLine From(LevelRoute r) => new()
    {
        TargetLevelRank = r.TargetLevelRank, OccupationId = r.OccupationId, YearsAtPreviousLevel = r.YearsAtPreviousLevel,
        YearsInOccupation = r.YearsInOccupation, MinimumEducation = r.MinimumEducation, CompetitionTopN = r.CompetitionTopN,
        CompetitionMinimumLevel = r.CompetitionMinimumLevel, CompetitionWithinYears = r.CompetitionWithinYears,
        InnovationsAccepted = r.InnovationsAccepted, InnovationsWithinYears = r.InnovationsWithinYears,
        TrainingHours = r.TrainingHours, TrainingWithinYears = r.TrainingWithinYears, ApprenticesMentored = r.ApprenticesMentored,
        MentoringWithinYears = r.MentoringWithinYears, ApprenticeshipCompleted = r.ApprenticeshipCompleted, StudioRole = r.StudioRole,
    };

    public LevelRoute ToRoute() => new(TargetLevelRank, OccupationId, YearsAtPreviousLevel, YearsInOccupation, MinimumEducation,
        CompetitionTopN, CompetitionMinimumLevel, CompetitionWithinYears, InnovationsAccepted, InnovationsWithinYears,
        new TrainingAndMentoring(TrainingHours, TrainingWithinYears, ApprenticesMentored, MentoringWithinYears, ApprenticeshipCompleted, StudioRole));

    public bool HasCondition => YearsAtPreviousLevel is not null || YearsInOccupation is not null || MinimumEducation is not null
        || CompetitionTopN is not null || CompetitionMinimumLevel is not null || CompetitionWithinYears is not null
        || InnovationsAccepted is not null || InnovationsWithinYears is not null || TrainingHours is not null || TrainingWithinYears is not null
        || ApprenticesMentored is not null || MentoringWithinYears is not null || ApprenticeshipCompleted || StudioRole is not null;
}

/// <summary>The shape of one row; the route's own constructor repeats these rules, so a forgotten check still fails safely.</summary>
public sealed class LevelRouteLineValidator : AbstractValidator<LevelRouteLine>
{
    private static readonly string YearsMessage = $"年限应在 0–{LevelRoute.MaxYears} 年之间。";

    public LevelRouteLineValidator()
    {
        RuleFor(r => r.TargetLevelRank).GreaterThan(0).WithMessage("请选择目标等级。");
        RuleFor(r => r.YearsAtPreviousLevel).InclusiveBetween(0, LevelRoute.MaxYears).WithMessage(YearsMessage);
        RuleFor(r => r.YearsAtPreviousLevel).Null().When(r => r.TargetLevelRank == 1).WithMessage("最低等级没有前一等级，不能要求前一等级年限。");
        RuleFor(r => r.YearsInOccupation).InclusiveBetween(0, LevelRoute.MaxYears).WithMessage(YearsMessage);
        RuleFor(r => r.MinimumEducation).IsInEnum().NotEqual(Education.None).WithMessage("请选择具体的最低学历，或留空。");
        RuleFor(r => r.CompetitionTopN).GreaterThanOrEqualTo(1).WithMessage("竞赛名次应至少为 1。");
        RuleFor(r => r.CompetitionMinimumLevel).IsInEnum().WithMessage("竞赛级别无效。");
        RuleFor(r => r.CompetitionWithinYears).InclusiveBetween(1, LevelRoute.MaxYears).WithMessage($"竞赛年限应在 1–{LevelRoute.MaxYears} 年之间。");
        RuleFor(r => r.CompetitionTopN)
            .Must((r, topN) => (topN is null) == (r.CompetitionMinimumLevel is null) && (topN is null) == (r.CompetitionWithinYears is null))
            .WithMessage("竞赛破格条件需同时填写名次、竞赛级别和年限。");
        RuleFor(r => r.InnovationsAccepted).InclusiveBetween(1, 100).WithMessage("创新成果项数应在 1–100 之间。");
        RuleFor(r => r.InnovationsWithinYears).InclusiveBetween(1, LevelRoute.MaxYears).WithMessage($"创新成果年限应在 1–{LevelRoute.MaxYears} 年之间。");
        RuleFor(r => r.InnovationsAccepted).Must((r, count) => (count is null) == (r.InnovationsWithinYears is null))
            .WithMessage("创新成果条件需同时填写项数和年限。");
        RuleFor(r => r.TrainingHours).InclusiveBetween(1, 5000).WithMessage("培训学时应在 1–5000 之间。");
        RuleFor(r => r.TrainingWithinYears).InclusiveBetween(1, LevelRoute.MaxYears).WithMessage($"培训年限应在 1–{LevelRoute.MaxYears} 年之间。");
        RuleFor(r => r.TrainingHours).Must((r, hours) => (hours is null) == (r.TrainingWithinYears is null))
            .WithMessage("培训学时条件需同时填写学时和年限。");
        RuleFor(r => r.ApprenticesMentored).InclusiveBetween(1, 100).WithMessage("带徒人数应在 1–100 之间。");
        RuleFor(r => r.MentoringWithinYears).InclusiveBetween(1, LevelRoute.MaxYears).WithMessage($"带徒年限应在 1–{LevelRoute.MaxYears} 年之间。");
        RuleFor(r => r.ApprenticesMentored).Must((r, count) => (count is null) == (r.MentoringWithinYears is null))
            .WithMessage("带徒条件需同时填写人数和年限。");
        RuleFor(r => r.StudioRole).IsInEnum().WithMessage("工作室条件无效。");
        RuleFor(r => r.YearsAtPreviousLevel).Must((r, _) => r.HasCondition).WithMessage("每条晋级路径至少要有一个条件。");
    }
}
