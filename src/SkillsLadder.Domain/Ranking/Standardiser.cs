namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// WorldSkills-style standardisation (DOMAIN.md §3): the median maps to the centre (700) and one robust standard
/// deviation (1.4826 × the median absolute deviation) to <see cref="RankingRules.StandardSpread"/> points. The spread
/// formula is configurable because WSI's own was not published. Monotonic, so it never changes the order.
/// </summary>
public static class Standardiser
{
    public const decimal RobustFactor = 1.4826m;

    public static IReadOnlyList<Competitions.Mark> Standardise(IReadOnlyList<Competitions.Mark> totals, int centre, int spread)
    {
        if (totals.Count == 0) return [];
        var values = totals.Select(t => t.Value).ToList();
        var median = Median(values);
        var mad = Median(values.Select(v => Math.Abs(v - median)).ToList());
        var sigma = RobustFactor * mad;
        return values.Select(v => sigma == 0
                ? Competitions.Mark.Round(centre)
                : Competitions.Mark.Round(centre + spread * (v - median) / sigma))
            .ToList();
    }

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
