using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Labour;

/// <summary>
/// A whole indicator scheme as plain data (设标定量计分): what the API and the page accept, what scoring reads, and what
/// a new version replaces. <see cref="Problems"/> lists every reason it cannot be used yet. Points are exact hundredths.
/// </summary>
public sealed record IndicatorSchemeDefinition(IReadOnlyList<IndicatorSpec> Indicators)
{
    public const int MaxIndicators = 30;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Indicators.Count == 0) problems.Add("至少需要一项考核指标。");
        if (Indicators.Count > MaxIndicators) problems.Add($"考核指标最多 {MaxIndicators} 项。");
        var codes = Indicators.Select(i => i.Code.Trim())
            .Concat(Indicators.SelectMany(i => i.Events).Select(e => e.Code.Trim()));
        foreach (var code in codes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"编号“{code}”重复。");
        foreach (var indicator in Indicators)
            problems.AddRange(indicator.Problems().Select(p => $"指标 {indicator.Code}：{p}"));
        return problems;
    }
}

/// <summary>
/// One indicator: base points (100 by default), a weight in percent, an optional measured value against a target with
/// points per unit better (bonus) or worse (deduction), counted events (−1 per rectification notice, −5 per safety
/// violation, +2 per adopted suggestion) and caps on the total bonus and the total deduction. An event marked as a veto
/// (一票否决: a safety or quality accident) zeroes the unit's whole period.
/// </summary>
public sealed record IndicatorSpec(
    string Code, string Name, IndicatorCategory Category, int WeightPercent, Mark BasePoints,
    MeasureSpec? Measure, Mark? BonusCap, Mark? DeductionCap, IReadOnlyList<EventSpec> Events)
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > CodeMaxLength) yield return $"编号必填，最长 {CodeMaxLength} 个字符。";
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > NameMaxLength) yield return $"名称必填，最长 {NameMaxLength} 个字符。";
        if (!Enum.IsDefined(Category)) yield return "指标类别无效。";
        if (WeightPercent is < 1 or > 1000) yield return "权重应在 1%–1000% 之间。";
        if (BasePoints.Hundredths is < 0 or > 100_000) yield return "基础分应在 0–1000 之间。";
        if (BonusCap is { Hundredths: < 0 } || DeductionCap is { Hundredths: < 0 }) yield return "加分、扣分上限不能为负。";
        if (Measure?.Problem() is { } measure) yield return measure;
        if (Events.Count > 20) yield return "每项指标最多 20 种计次事项。";
        foreach (var problem in Events.Select(e => e.Problem()).OfType<string>()) yield return problem;
        if (Measure is null && Events.Count == 0 && BasePoints.Hundredths > 0)
            yield return "指标需要一个考核量或至少一种计次事项，否则人人同分。";
    }
}

/// <summary>
/// A measured value per period (days ahead of schedule, a pass rate, a cost saving). The value is entered within
/// [<see cref="Minimum"/>, <see cref="Maximum"/>] with at most two decimals; each whole unit better than the target adds
/// <see cref="BonusPerUnit"/> points, each unit worse deducts <see cref="DeductionPerUnit"/>.
/// </summary>
public sealed record MeasureSpec(string Unit, Mark Target, MeasureDirection Direction, Mark BonusPerUnit, Mark DeductionPerUnit,
    Mark Minimum, Mark Maximum)
{
    public const int UnitMaxLength = 20;

    public string? Problem() =>
        string.IsNullOrWhiteSpace(Unit) || Unit.Trim().Length > UnitMaxLength ? $"计量单位必填，最长 {UnitMaxLength} 个字符。"
        : !Enum.IsDefined(Direction) ? "考核方向无效。"
        : BonusPerUnit.Hundredths < 0 || DeductionPerUnit.Hundredths < 0 ? "每单位加分、扣分不能为负。"
        : Minimum > Maximum ? "考核量的下限不能大于上限。"
        : Target < Minimum || Target > Maximum ? "目标值应在考核量的上下限之内。"
        : null;
}

/// <summary>A counted event: signed points each (negative deducts), or a veto. Counts run 0–<see cref="MaxCount"/>.</summary>
public sealed record EventSpec(string Code, string Name, Mark PointsEach, bool IsVeto, int MaxCount)
{
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > IndicatorSpec.CodeMaxLength ? $"计次事项编号必填，最长 {IndicatorSpec.CodeMaxLength} 个字符。"
        : string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > IndicatorSpec.NameMaxLength ? $"计次事项“{Code}”名称必填。"
        : MaxCount is < 1 or > 9999 ? $"计次事项“{Code}”的次数上限应在 1–9999 之间。"
        : IsVeto && PointsEach.Hundredths != 0 ? $"否决事项“{Code}”不计分值（发生即本期为零）。"
        : !IsVeto && PointsEach.Hundredths == 0 ? $"计次事项“{Code}”的分值不能为零。"
        : Math.Abs((long)PointsEach.Hundredths) > 100_000 ? $"计次事项“{Code}”的分值过大。"
        : null;
}
