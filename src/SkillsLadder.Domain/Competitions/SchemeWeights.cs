namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// A component of the marking scheme (theory, practical, …), marked out of 100 and weighted in whole percent.
/// The total is Σ component mark × weight ÷ 100, rounded once.
/// </summary>
public sealed record SchemeComponent(string Name, int WeightPercent, IReadOnlyList<Mark> AspectMaxima);

public static class SchemeWeights
{
    public static readonly Mark ComponentMaximum = new(100_00);

    /// <summary>The reasons a scheme cannot open registration yet; empty when complete.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<SchemeComponent> components)
    {
        var problems = new List<string>();
        if (components.Count == 0) problems.Add("评分方案至少需要一个模块。");
        if (components.Any(c => c.WeightPercent is <= 0 or > 100)) problems.Add("模块权重应在 1%–100% 之间。");
        if (components.Sum(c => c.WeightPercent) != 100) problems.Add($"各模块权重之和为 {components.Sum(c => c.WeightPercent)}%，应为 100%。");
        foreach (var component in components)
        {
            var sum = component.AspectMaxima.Sum(m => m.Hundredths);
            if (sum != ComponentMaximum.Hundredths)
                problems.Add($"模块“{component.Name}”各评分项满分之和为 {new Mark(sum)}，应为 {ComponentMaximum}。");
        }
        return problems;
    }

    /// <summary>The weighted total of component marks (each out of 100), rounded once at the end.</summary>
    public static Mark Total(IReadOnlyList<(SchemeComponent Component, Mark Mark)> marks) =>
        Mark.Round(marks.Sum(m => m.Mark.Value * m.Component.WeightPercent / 100m));
}
