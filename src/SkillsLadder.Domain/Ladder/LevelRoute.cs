using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Ladder;

/// <summary>
/// One way to qualify for a level, as occupational standards write them ("中级工 + 4 年", "累计 6 年",
/// "技工学校毕业"). Every condition that is set must hold; a level is open when any one of its routes holds.
/// Routes with an occupation apply to that occupation only and replace the general routes for that level.
/// </summary>
public sealed class LevelRoute
{
    public const int MaxYears = 40;
    private LevelRoute() { }

    public LevelRoute(int targetLevelRank, int? occupationId, int? yearsAtPreviousLevel, int? yearsInOccupation,
        Education? minimumEducation, int? competitionTopN, CompetitionLevel? competitionMinimumLevel, int? competitionWithinYears,
        int? innovationsAccepted = null, int? innovationsWithinYears = null, TrainingAndMentoring? training = null)
    {
        if (targetLevelRank < 1)
            throw new DomainException("ladder.route_level", "目标等级无效。", nameof(TargetLevelRank));
        if (yearsAtPreviousLevel is < 0 or > MaxYears || yearsInOccupation is < 0 or > MaxYears || competitionWithinYears is < 1 or > MaxYears)
            throw new DomainException("ladder.route_years", $"年限应在 0–{MaxYears} 年之间。", nameof(YearsAtPreviousLevel));
        if (competitionTopN is < 1)
            throw new DomainException("ladder.route_top_n", "竞赛名次应至少为 1。", nameof(CompetitionTopN));
        if ((competitionTopN is null) != (competitionMinimumLevel is null) || (competitionTopN is null) != (competitionWithinYears is null))
            throw new DomainException("ladder.route_competition", "竞赛破格条件需同时填写名次、竞赛级别和年限。", nameof(CompetitionTopN));
        if (innovationsAccepted is < 1 or > 100 || (innovationsAccepted is null) != (innovationsWithinYears is null) || innovationsWithinYears is < 1 or > MaxYears)
            throw new DomainException("ladder.route_innovations", $"创新成果条件需同时填写项数（1–100）和年限（1–{MaxYears}）。", nameof(InnovationsAccepted));
        training?.Check();
        if (yearsAtPreviousLevel is null && yearsInOccupation is null && minimumEducation is null && competitionTopN is null && innovationsAccepted is null
            && training is not { IsEmpty: false })
            throw new DomainException("ladder.route_empty", "每条晋级路径至少要有一个条件。", nameof(YearsAtPreviousLevel));
        if (yearsAtPreviousLevel is not null && targetLevelRank == 1)
            throw new DomainException("ladder.route_previous", "最低等级没有前一等级。", nameof(YearsAtPreviousLevel));
        (TargetLevelRank, OccupationId, YearsAtPreviousLevel, YearsInOccupation, MinimumEducation) =
            (targetLevelRank, occupationId, yearsAtPreviousLevel, yearsInOccupation, minimumEducation);
        (CompetitionTopN, CompetitionMinimumLevel, CompetitionWithinYears) = (competitionTopN, competitionMinimumLevel, competitionWithinYears);
        (InnovationsAccepted, InnovationsWithinYears) = (innovationsAccepted, innovationsWithinYears);
        if (training is { } t)
            (TrainingHours, TrainingWithinYears, ApprenticesMentored, MentoringWithinYears, ApprenticeshipCompleted, StudioRole) =
                (t.TrainingHours, t.TrainingWithinYears, t.ApprenticesMentored, t.MentoringWithinYears, t.ApprenticeshipCompleted, t.StudioRole);
    }

    public int Id { get; private set; }
    public int PolicyId { get; private set; }
    public int TargetLevelRank { get; private set; }
    public int? OccupationId { get; private set; }
    /// <summary>Years holding the level just below the target.</summary>
    public int? YearsAtPreviousLevel { get; private set; }
    /// <summary>Years in the occupation in total (counted from the hire date).</summary>
    public int? YearsInOccupation { get; private set; }
    public Education? MinimumEducation { get; private set; }
    /// <summary>Competition exemption (破格): placed in the top N of a published competition of at least this level, within these years.</summary>
    public int? CompetitionTopN { get; private set; }
    public CompetitionLevel? CompetitionMinimumLevel { get; private set; }
    public int? CompetitionWithinYears { get; private set; }

    /// <summary>Accepted innovation entries (五小, 合理化建议) with the worker as an author, within these years.</summary>
    public int? InnovationsAccepted { get; private set; }
    public int? InnovationsWithinYears { get; private set; }

    /// <summary>Approved training hours completed within these years.</summary>
    public int? TrainingHours { get; private set; }
    public int? TrainingWithinYears { get; private set; }
    /// <summary>Apprentices mentored to at least one level up, within these years (a typical craftsman criterion).</summary>
    public int? ApprenticesMentored { get; private set; }
    public int? MentoringWithinYears { get; private set; }
    /// <summary>Has completed a master–apprentice plan as the apprentice.</summary>
    public bool ApprenticeshipCompleted { get; private set; }
    /// <summary>Leads, or at least belongs to, an innovation studio in good standing.</summary>
    public StudioRequirement? StudioRole { get; private set; }

    public TrainingAndMentoring TrainingConditions => new(TrainingHours, TrainingWithinYears, ApprenticesMentored, MentoringWithinYears,
        ApprenticeshipCompleted, StudioRole);

    public bool IsExemption => CompetitionTopN is not null;
}

public enum StudioRequirement
{
    Member = 1,
    Lead = 2,
}

/// <summary>The route conditions from training, mentoring and studios (issue 9), checked together.</summary>
public sealed record TrainingAndMentoring(int? TrainingHours = null, int? TrainingWithinYears = null, int? ApprenticesMentored = null,
    int? MentoringWithinYears = null, bool ApprenticeshipCompleted = false, StudioRequirement? StudioRole = null)
{
    public bool IsEmpty => TrainingHours is null && ApprenticesMentored is null && !ApprenticeshipCompleted && StudioRole is null;

    public void Check()
    {
        if (TrainingHours is < 1 or > 5000 || (TrainingHours is null) != (TrainingWithinYears is null) || TrainingWithinYears is < 1 or > LevelRoute.MaxYears)
            throw new DomainException("ladder.route_training", $"培训学时条件需同时填写学时（1–5000）和年限（1–{LevelRoute.MaxYears}）。", nameof(TrainingHours));
        if (ApprenticesMentored is < 1 or > 100 || (ApprenticesMentored is null) != (MentoringWithinYears is null) || MentoringWithinYears is < 1 or > LevelRoute.MaxYears)
            throw new DomainException("ladder.route_mentoring", $"带徒条件需同时填写人数（1–100）和年限（1–{LevelRoute.MaxYears}）。", nameof(ApprenticesMentored));
        if (StudioRole is { } role && !Enum.IsDefined(role))
            throw new DomainException("ladder.route_studio", "工作室条件无效。", nameof(StudioRole));
    }
}
