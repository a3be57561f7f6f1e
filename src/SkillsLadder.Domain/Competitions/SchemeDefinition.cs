namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// A whole marking scheme as plain data: what the API accepts, what a copy carries from one competition to another,
/// and what a spreadsheet import produces. <see cref="Problems"/> lists every reason it cannot be used yet.
/// </summary>
public sealed record SchemeDefinition(IReadOnlyList<ComponentSpec> Components)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>(SchemeWeights.Problems(Components
            .Select(c => new SchemeComponent(c.Name, c.WeightPercent, c.AllAspects.Select(a => a.Maximum).ToList())).ToList()));
        foreach (var name in Components.GroupBy(c => c.Name.Trim()).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"模块名称“{name}”重复。");
        if (Components.Count(c => c.Kind == ComponentKind.Theory) > 1) problems.Add("理论模块最多一个。");
        foreach (var theory in Components.Where(c => c.Kind == ComponentKind.Theory && c.AllAspects.Count() != 1))
            problems.Add($"理论模块“{theory.Name}”应恰有一个评分项（理论考试成绩）。");
        var codes = Components.SelectMany(c => c.Criteria).Select(c => c.Code.Trim())
            .Concat(Components.SelectMany(c => c.AllAspects).Select(a => a.Code.Trim()));
        foreach (var code in codes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"编号“{code}”重复。");
        foreach (var component in Components.Where(c => c.Criteria.Count == 0 || c.Criteria.Any(k => k.Aspects.Count == 0)))
            problems.Add($"模块“{component.Name}”的每个评分标准下至少要有一个评分项。");
        foreach (var aspect in Components.SelectMany(c => c.AllAspects))
            if (aspect.Problem() is { } problem) problems.Add($"评分项 {aspect.Code}：{problem}");
        return problems;
    }
}

public sealed record ComponentSpec(string Name, ComponentKind Kind, int WeightPercent, IReadOnlyList<CriterionSpec> Criteria)
{
    public IEnumerable<AspectSpec> AllAspects => Criteria.SelectMany(c => c.Aspects);
}

public sealed record CriterionSpec(string Code, string Name, IReadOnlyList<AspectSpec> Aspects);

/// <summary>
/// One aspect. <see cref="AllowedGap"/> is in the unit judges enter: marks for a measurement, 0–3 points for a judgement.
/// <see cref="Descriptors"/> are the written meanings of 0, 1, 2 and 3, required for judgements (DOMAIN.md §3).
/// </summary>
public sealed record AspectSpec(
    string Code, string Description, AspectKind Kind, Mark Maximum, AggregationRule Aggregation, Mark AllowedGap, Mark Step,
    IReadOnlyList<string>? Descriptors = null)
{
    public const int CodeMaxLength = 20;
    public const int DescriptionMaxLength = 300;
    public const int DescriptorMaxLength = 200;

    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Trim().Length > CodeMaxLength) return $"编号应为 1–{CodeMaxLength} 个字符。";
        if (string.IsNullOrWhiteSpace(Description) || Description.Trim().Length > DescriptionMaxLength)
            return $"描述应为 1–{DescriptionMaxLength} 个字符。";
        if (Maximum.Hundredths <= 0) return "满分应大于 0。";
        if (AllowedGap.Hundredths < 0) return "允许分差不能为负。";
        if (Kind == AspectKind.Measurement && Step.Hundredths > 0 && Maximum.Hundredths % Step.Hundredths != 0)
            return $"满分 {Maximum} 应为步长 {Step} 的整数倍。";
        if (Kind == AspectKind.Measurement && Step.Hundredths < 0) return "步长不能为负。";
        if (Kind == AspectKind.Judgement && AllowedGap.Value > AspectRule.JudgementScale) return "评判项允许分差应在 0–3 之间。";
        if (Kind == AspectKind.Judgement && (Descriptors is not { Count: 4 } || Descriptors.Any(string.IsNullOrWhiteSpace)))
            return "评判项须写明 0、1、2、3 分各自的标准。";
        if (Descriptors?.Any(d => d.Length > DescriptorMaxLength) == true) return $"评判标准每条最多 {DescriptorMaxLength} 个字符。";
        return null;
    }

    public AspectRule Rule => new(Kind, Maximum, Aggregation, AllowedGap.Value, Kind == AspectKind.Judgement ? new Mark(100) : Step);
}
