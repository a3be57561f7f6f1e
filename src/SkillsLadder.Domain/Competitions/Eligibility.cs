namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// Who may enter a competition (PEERS.md: "rules on tier, tenure, award cooldown"). Every rule is optional;
/// levels are compared by rank on the configurable ladder, years are counted up to the competition's first day.
/// </summary>
public sealed record EligibilityRules(
    bool OccupationMustMatch = false,
    int? MinimumLevelRank = null,
    int? MaximumLevelRank = null,
    int? MinimumYearsInPost = null,
    int? HonourCoolingOffYears = null,
    /// <summary>At least this professional-title grade by the level ↔ title table (职业技能等级与职称比照).</summary>
    Training.TitleGrade? MinimumTitleGrade = null)
{
    public static readonly EligibilityRules None = new();

    public string? Problem() =>
        MinimumLevelRank is { } min && MaximumLevelRank is { } max && min > max ? "最低等级不能高于最高等级。"
        : MinimumYearsInPost is < 0 or > 50 ? "任职年限应在 0–50 年之间。"
        : HonourCoolingOffYears is < 0 or > 20 ? "获奖间隔应在 0–20 年之间。"
        : null;
}

/// <summary>
/// What the directory says about a candidate on the day of the check; the title grade and name are the candidate's
/// level read through the level ↔ title table (none when the table has no row at or below their level).
/// </summary>
public sealed record CandidateFacts(
    int OccupationId, string OccupationName, int? LevelRank, string? LevelName, DateOnly HireDate,
    DateOnly? LatestHonourOn, string? LatestHonourTitle, Training.TitleGrade? TitleGrade = null, string? TitleName = null);

/// <summary>The competition-side facts a rule compares against (levels by rank and their names for messages).</summary>
public sealed record CompetitionFactsForEntry(int OccupationId, string OccupationName, DateOnly StartsOn,
    string? MinimumLevelName, string? MaximumLevelName);

public static class EligibilityCheck
{
    /// <summary>Every reason the candidate may not enter; empty when eligible. Reasons are shown to organizers as written.</summary>
    public static IReadOnlyList<string> Reasons(EligibilityRules rules, CompetitionFactsForEntry competition, CandidateFacts candidate)
    {
        var reasons = new List<string>();
        if (rules.OccupationMustMatch && candidate.OccupationId != competition.OccupationId)
            reasons.Add($"职业为“{candidate.OccupationName}”，本赛限“{competition.OccupationName}”。");
        if (rules.MinimumLevelRank is { } min && (candidate.LevelRank ?? 0) < min)
            reasons.Add($"技能等级为“{candidate.LevelName ?? "无"}”，低于本赛要求的“{competition.MinimumLevelName}”。");
        if (rules.MaximumLevelRank is { } max && candidate.LevelRank > max)
            reasons.Add($"技能等级为“{candidate.LevelName}”，高于本赛上限“{competition.MaximumLevelName}”。");
        if (rules.MinimumYearsInPost is { } years)
        {
            var held = WholeYears(candidate.HireDate, competition.StartsOn);
            if (held < years) reasons.Add($"本岗位工作 {held} 年，不足本赛要求的 {years} 年。");
        }
        if (rules.HonourCoolingOffYears is { } coolingOff && candidate.LatestHonourOn is { } honoured &&
            honoured.AddYears(coolingOff) > competition.StartsOn)
            reasons.Add($"{honoured:yyyy-MM-dd} 已获“{candidate.LatestHonourTitle}”，{coolingOff} 年内不得再参赛（至 {honoured.AddYears(coolingOff):yyyy-MM-dd}）。");
        if (rules.MinimumTitleGrade is { } grade && (candidate.TitleGrade ?? 0) < grade)
            reasons.Add(candidate.TitleGrade is null
                ? $"技能等级“{candidate.LevelName ?? "无"}”按职称比照表无相当职称，本赛要求{GradeName(grade)}及以上。"
                : $"技能等级“{candidate.LevelName}”相当于“{candidate.TitleName}”（{GradeName(candidate.TitleGrade.Value)}），本赛要求{GradeName(grade)}及以上。");
        return reasons;
    }

    public static string GradeName(Training.TitleGrade grade) => grade switch
    {
        Training.TitleGrade.Assistant => "助理级",
        Training.TitleGrade.Intermediate => "中级",
        Training.TitleGrade.Senior => "副高级",
        _ => "正高级",
    };

    /// <summary>Completed years from <paramref name="from"/> to <paramref name="to"/> (a birthday-style count).</summary>
    public static int WholeYears(DateOnly from, DateOnly to)
    {
        if (to < from) return 0;
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }
}
