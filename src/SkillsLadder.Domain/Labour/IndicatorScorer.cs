using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Labour;

/// <summary>What one unit reported for one period: measured values by indicator code and event counts by event code.</summary>
public sealed record AssessmentInput(IReadOnlyDictionary<string, Mark> Values, IReadOnlyDictionary<string, int> Counts)
{
    public static readonly AssessmentInput Empty = new(new Dictionary<string, Mark>(), new Dictionary<string, int>());
}

/// <summary>One indicator's score: the parts, the caps that applied, the points and the weighted points.</summary>
public sealed record IndicatorScore(string Code, string Name, Mark Base, decimal Bonus, decimal Deduction, bool BonusCapped,
    bool DeductionCapped, decimal Points, int WeightPercent, Mark Weighted);

/// <summary>A unit's result for a period. <see cref="Total"/> is zero when an event vetoed the period.</summary>
public sealed record PeriodScore(IReadOnlyList<IndicatorScore> Indicators, Mark Total, Mark Deductions, IReadOnlyList<string> Vetoes)
{
    public bool Vetoed => Vetoes.Count > 0;

    /// <summary>"why this score": each indicator as base + bonus − deduction (caps named) × weight, then the veto if any.</summary>
    public string Explain()
    {
        var parts = Indicators.Select(i =>
            $"{i.Name} {i.Base}" + (i.Bonus > 0 ? $" +{Show(i.Bonus)}{(i.BonusCapped ? "(封顶)" : "")}" : "")
            + (i.Deduction > 0 ? $" −{Show(i.Deduction)}{(i.DeductionCapped ? "(封顶)" : "")}" : "")
            + (i.WeightPercent != 100 ? $" ×{i.WeightPercent}%" : "") + $" = {i.Weighted}");
        var text = string.Join("；", parts) + $"。合计 {Indicators.Aggregate(0, (s, i) => s + i.Weighted.Hundredths) / 100m:0.00}";
        return Vetoed ? $"{text}；一票否决（{string.Join("、", Vetoes)}），本期计 0 分。" : text + "。";
    }

    private static string Show(decimal points) => points.ToString("0.00##", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Scores one period of one unit against an indicator scheme. Per indicator: bonus = measured units better than the
/// target × points per unit + positive events, capped; deduction = units worse × points per unit + negative events,
/// capped; points = base + bonus − deduction, never below zero; weighted = points × weight, rounded once to 0.01 half
/// away from zero (<see cref="Mark.Round"/>, the one rounding step). The total is the sum of the weighted points, or
/// zero if any veto event happened (一票否决).
/// </summary>
public static class IndicatorScorer
{
    public static PeriodScore Score(IndicatorSchemeDefinition scheme, AssessmentInput input)
    {
        var lines = new List<IndicatorScore>(scheme.Indicators.Count);
        var vetoes = new List<string>();
        foreach (var indicator in scheme.Indicators)
        {
            decimal bonus = 0, deduction = 0;
            if (indicator.Measure is { } measure && input.Values.TryGetValue(indicator.Code, out var value))
            {
                var better = measure.Direction == MeasureDirection.HigherIsBetter
                    ? value.Value - measure.Target.Value : measure.Target.Value - value.Value;
                if (better > 0) bonus += better * measure.BonusPerUnit.Value;
                else deduction += -better * measure.DeductionPerUnit.Value;
            }
            foreach (var happened in indicator.Events)
            {
                var count = input.Counts.TryGetValue(happened.Code, out var n) ? n : 0;
                if (count <= 0) continue;
                if (happened.IsVeto) vetoes.Add(count == 1 ? happened.Name : $"{happened.Name} {count} 次");
                else if (happened.PointsEach.Hundredths > 0) bonus += count * happened.PointsEach.Value;
                else deduction += count * -happened.PointsEach.Value;
            }
            var bonusCapped = indicator.BonusCap is { } bonusCap && bonus > bonusCap.Value;
            var deductionCapped = indicator.DeductionCap is { } deductionCap && deduction > deductionCap.Value;
            if (bonusCapped) bonus = indicator.BonusCap!.Value.Value;
            if (deductionCapped) deduction = indicator.DeductionCap!.Value.Value;
            var points = Math.Max(0m, indicator.BasePoints.Value + bonus - deduction);
            lines.Add(new IndicatorScore(indicator.Code, indicator.Name, indicator.BasePoints, bonus, deduction, bonusCapped,
                deductionCapped, points, indicator.WeightPercent, Mark.Round(points * indicator.WeightPercent / 100m)));
        }
        var total = vetoes.Count > 0 ? 0 : lines.Sum(l => l.Weighted.Hundredths);
        var deductions = Mark.Round(lines.Sum(l => l.Deduction));
        return new PeriodScore(lines, new Mark(total), deductions, vetoes);
    }
}
