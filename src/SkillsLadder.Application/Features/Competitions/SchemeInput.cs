using SkillsLadder.Application.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>A marking scheme as the API and the pages send and read it: marks as decimals with at most two places.</summary>
public sealed record SchemeInput(IReadOnlyList<ComponentInput> Components)
{
    public SchemeDefinition ToDefinition()
    {
        var errors = new Dictionary<string, string[]>();
        Mark ToMark(decimal value, string field)
        {
            if (decimal.Round(value, 2) != value || value < 0 || value > 100_000)
                errors[field] = [$"{field}：应为 0 以上、最多两位小数的数。"];
            return Mark.Round(value);
        }
        var components = (Components ?? []).Select((c, i) => new ComponentSpec(c.Name ?? "", c.Kind, c.WeightPercent,
            (c.Criteria ?? []).Select((k, j) => new CriterionSpec(k.Code ?? "", k.Name ?? "",
                (k.Aspects ?? []).Select((a, n) =>
                {
                    var at = $"Components[{i}].Criteria[{j}].Aspects[{n}]";
                    return new AspectSpec(a.Code ?? "", a.Description ?? "", a.Kind, ToMark(a.Maximum, $"{at}.Maximum"), a.Aggregation,
                        ToMark(a.AllowedGap, $"{at}.AllowedGap"), ToMark(a.Step, $"{at}.Step"), a.Descriptors);
                }).ToList())).ToList())).ToList();
        if (errors.Count > 0) throw new RequestValidationException(errors);
        var definition = new SchemeDefinition(components);
        if (definition.Problems() is { Count: > 0 } problems)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Components"] = problems.ToArray() });
        return definition;
    }

    public static SchemeInput From(SchemeDefinition definition) => new(definition.Components.Select(c =>
        new ComponentInput(c.Name, c.Kind, c.WeightPercent, c.Criteria.Select(k => new CriterionInput(k.Code, k.Name,
            k.Aspects.Select(a => new AspectInput(a.Code, a.Description, a.Kind, a.Maximum.Value, a.Aggregation,
                a.AllowedGap.Value, a.Step.Value, a.Descriptors)).ToList())).ToList())).ToList());
}

public sealed record ComponentInput(string Name, ComponentKind Kind, int WeightPercent, IReadOnlyList<CriterionInput> Criteria);

public sealed record CriterionInput(string Code, string Name, IReadOnlyList<AspectInput> Aspects);

public sealed record AspectInput(
    string Code, string Description, AspectKind Kind, decimal Maximum, AggregationRule Aggregation, decimal AllowedGap, decimal Step,
    IReadOnlyList<string>? Descriptors = null);
