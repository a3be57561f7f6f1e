using SkillsLadder.Application.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// An indicator scheme as the API and the page send and read it: points as decimals with at most two places. Turning
/// it into a definition lists every problem at once (number format by field, then the scheme's own rules).
/// </summary>
public sealed record IndicatorSchemeInput(IReadOnlyList<IndicatorInput> Indicators)
{
    public IndicatorSchemeDefinition ToDefinition()
    {
        var errors = new Dictionary<string, string[]>();
        Mark ToMark(decimal value, string field, string label)
        {
            if (SignedMarks.Problem(value, out var mark) is { } problem) errors[field] = [$"{label}：{problem}"];
            return mark;
        }
        Mark? Optional(decimal? value, string field, string label) => value is { } v ? ToMark(v, field, label) : null;

        var indicators = (Indicators ?? []).Select((i, n) =>
        {
            var at = $"Indicators[{n}]";
            var name = $"指标 {(string.IsNullOrWhiteSpace(i.Code) ? (n + 1).ToString() : i.Code.Trim())}";
            var measure = i.Measure is { } m
                ? new MeasureSpec(m.Unit ?? "", ToMark(m.Target, $"{at}.Measure.Target", $"{name} 目标值"), m.Direction,
                    ToMark(m.BonusPerUnit, $"{at}.Measure.BonusPerUnit", $"{name} 每单位加分"),
                    ToMark(m.DeductionPerUnit, $"{at}.Measure.DeductionPerUnit", $"{name} 每单位扣分"),
                    ToMark(m.Minimum, $"{at}.Measure.Minimum", $"{name} 下限"), ToMark(m.Maximum, $"{at}.Measure.Maximum", $"{name} 上限"))
                : null;
            var events = (i.Events ?? []).Select((e, k) => new EventSpec(e.Code ?? "", e.Name ?? "",
                ToMark(e.PointsEach, $"{at}.Events[{k}].PointsEach", $"{name} 计次事项 {e.Code} 分值"), e.IsVeto, e.MaxCount)).ToList();
            return new IndicatorSpec(i.Code ?? "", i.Name ?? "", i.Category, i.WeightPercent, ToMark(i.BasePoints, $"{at}.BasePoints", $"{name} 基础分"),
                measure, Optional(i.BonusCap, $"{at}.BonusCap", $"{name} 加分上限"), Optional(i.DeductionCap, $"{at}.DeductionCap", $"{name} 扣分上限"),
                events);
        }).ToList();
        var definition = new IndicatorSchemeDefinition(indicators);
        if (definition.Problems() is { Count: > 0 } problems) errors["Indicators"] = problems.ToArray();
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return definition;
    }

    public static IndicatorSchemeInput From(IndicatorSchemeDefinition definition) => new(definition.Indicators.Select(i =>
        new IndicatorInput(i.Code, i.Name, i.Category, i.WeightPercent, i.BasePoints.Value,
            i.Measure is { } m ? new MeasureInput(m.Unit, m.Target.Value, m.Direction, m.BonusPerUnit.Value, m.DeductionPerUnit.Value,
                m.Minimum.Value, m.Maximum.Value) : null,
            i.BonusCap?.Value, i.DeductionCap?.Value,
            i.Events.Select(e => new EventInput(e.Code, e.Name, e.PointsEach.Value, e.IsVeto, e.MaxCount)).ToList())).ToList());
}

/// <summary>One indicator: base points, weight in percent, an optional measured value, caps and counted events.</summary>
public sealed record IndicatorInput(string Code, string Name, IndicatorCategory Category, int WeightPercent, decimal BasePoints,
    MeasureInput? Measure, decimal? BonusCap, decimal? DeductionCap, IReadOnlyList<EventInput>? Events);

/// <summary>A measured value against a target: points per whole unit better (bonus) or worse (deduction), within a range.</summary>
public sealed record MeasureInput(string Unit, decimal Target, MeasureDirection Direction, decimal BonusPerUnit, decimal DeductionPerUnit,
    decimal Minimum, decimal Maximum);

/// <summary>A counted event: signed points each (negative deducts), or a veto (一票否决) with zero points.</summary>
public sealed record EventInput(string Code, string Name, decimal PointsEach, bool IsVeto, int MaxCount);
