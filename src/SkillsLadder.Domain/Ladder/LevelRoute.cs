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
        int? innovationsAccepted = null, int? innovationsWithinYears = null)
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
        if (yearsAtPreviousLevel is null && yearsInOccupation is null && minimumEducation is null && competitionTopN is null && innovationsAccepted is null)
            throw new DomainException("ladder.route_empty", "每条晋级路径至少要有一个条件。", nameof(YearsAtPreviousLevel));
        if (yearsAtPreviousLevel is not null && targetLevelRank == 1)
            throw new DomainException("ladder.route_previous", "最低等级没有前一等级。", nameof(YearsAtPreviousLevel));
        (TargetLevelRank, OccupationId, YearsAtPreviousLevel, YearsInOccupation, MinimumEducation) =
            (targetLevelRank, occupationId, yearsAtPreviousLevel, yearsInOccupation, minimumEducation);
        (CompetitionTopN, CompetitionMinimumLevel, CompetitionWithinYears) = (competitionTopN, competitionMinimumLevel, competitionWithinYears);
        (InnovationsAccepted, InnovationsWithinYears) = (innovationsAccepted, innovationsWithinYears);
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

    public bool IsExemption => CompetitionTopN is not null;
}
