namespace SkillsLadder.Domain.Competitions;

/// <summary>How the judges' values for one aspect and entrant become one value (DOMAIN.md §2, configurable rule 4).</summary>
public enum AggregationRule
{
    Mean = 1,
    /// <summary>With four or more values, one highest and one lowest are dropped (a repeated extreme only once).</summary>
    TrimmedMean = 2,
    Median = 3,
}

/// <summary>The result of aggregating, with what was used and dropped, for the "why this mark" explanation.</summary>
public sealed record AggregateResult(decimal Value, IReadOnlyList<decimal> Used, IReadOnlyList<decimal> Dropped);

public static class MarkAggregator
{
    public const int TrimmedMeanMinimumValues = 4;

    /// <summary>
    /// Aggregates the values present. Missing values (a conflicted judge who must not mark this entrant) are simply
    /// absent from the list; the rule applies to what remains. No value at all yields null.
    /// </summary>
    public static AggregateResult? Aggregate(IReadOnlyList<decimal> values, AggregationRule rule)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        switch (rule)
        {
            case AggregationRule.Mean:
                return new(sorted.Sum() / sorted.Count, sorted, []);
            case AggregationRule.TrimmedMean when sorted.Count >= TrimmedMeanMinimumValues:
                var kept = sorted.Skip(1).Take(sorted.Count - 2).ToList();
                return new(kept.Sum() / kept.Count, kept, [sorted[0], sorted[^1]]);
            case AggregationRule.TrimmedMean:
                return new(sorted.Sum() / sorted.Count, sorted, []);
            case AggregationRule.Median:
                var middle = sorted.Count / 2;
                var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
                return new(median, sorted, []);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown aggregation rule.");
        }
    }

    /// <summary>The spread between the highest and lowest value; over the aspect's allowed gap, the panel looks again.</summary>
    public static decimal Gap(IReadOnlyList<decimal> values) => values.Count < 2 ? 0 : values.Max() - values.Min();
}
