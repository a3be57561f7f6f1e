using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

public enum AspectKind
{
    /// <summary>Judges record the mark itself: full, zero, or a banded partial mark within the maximum.</summary>
    Measurement = 1,
    /// <summary>Each judge scores 0–3 against written descriptors; mark = maximum × aggregated score ÷ 3.</summary>
    Judgement = 2,
}

/// <summary>How one aspect of a marking scheme is scored: the pure rules behind every score sheet.</summary>
public sealed record AspectRule(AspectKind Kind, Mark Maximum, AggregationRule Aggregation, decimal AllowedGap, Mark Step)
{
    public const int JudgementScale = 3;

    /// <summary>Checks one judge's entry; returns the reason it is refused, or null.</summary>
    public string? CheckEntry(decimal value) => Kind switch
    {
        AspectKind.Judgement when value is not (0 or 1 or 2 or 3) => "评判分应为 0、1、2 或 3 的整数。",
        AspectKind.Measurement when value < 0 || value > Maximum.Value => $"测量分应在 0 与满分 {Maximum} 之间。",
        AspectKind.Measurement when Step.Hundredths > 0 && value * 100 % Step.Hundredths != 0 => $"测量分应为 {Step} 的整数倍。",
        _ => null,
    };

    /// <summary>
    /// The aspect's mark for one entrant from the entries present (conflicted judges' entries are absent),
    /// rounded once at the end; null while nobody has marked. Throws on an entry <see cref="CheckEntry"/> refuses.
    /// </summary>
    public AspectMark? Score(IReadOnlyList<decimal> entries)
    {
        foreach (var entry in entries)
            if (CheckEntry(entry) is { } reason) throw new DomainException("mark.out_of_range", reason);
        var aggregate = MarkAggregator.Aggregate(entries, Aggregation);
        if (aggregate is null) return null;
        var raw = Kind == AspectKind.Judgement ? Maximum.Value * aggregate.Value / JudgementScale : aggregate.Value;
        var gap = MarkAggregator.Gap(entries);
        return new AspectMark(Mark.Round(raw), aggregate, gap, gap > AllowedGap);
    }

    /// <summary>
    /// <see cref="Score"/>'s mark for values in hundredths, sorted ascending, without allocating: the same decimal
    /// operations on the same decimal values, so the same mark to the last bit. A ranking run scores every aspect of
    /// every entrant (400,000 times at 100k entrants); null while nobody has marked.
    /// </summary>
    public Mark? ScoreSorted(ReadOnlySpan<int> sorted)
    {
        foreach (var v in sorted)
            if (Kind == AspectKind.Judgement ? v is not (0 or 100 or 200 or 300)
                : v < 0 || v > Maximum.Hundredths || (Step.Hundredths > 0 && v % Step.Hundredths != 0))
                throw new DomainException("mark.out_of_range", CheckEntry(v / 100m)!);
        var n = sorted.Length;
        if (n == 0) return null;
        var trimmed = Aggregation == AggregationRule.TrimmedMean && n >= MarkAggregator.TrimmedMeanMinimumValues;
        decimal aggregate;
        if (Aggregation == AggregationRule.Median)
            aggregate = n % 2 == 1 ? Hundredths(sorted[n / 2]) : (Hundredths(sorted[n / 2 - 1]) + Hundredths(sorted[n / 2])) / 2;
        else
        {
            var kept = trimmed ? sorted[1..^1] : sorted;
            long sum = 0;
            foreach (var v in kept) sum += v;
            aggregate = Hundredths(sum) / kept.Length;
        }
        var raw = Kind == AspectKind.Judgement ? Maximum.Value * aggregate / JudgementScale : aggregate;
        return Mark.Round(raw);
    }

    /// <summary>Hundredths as a decimal of scale 2, exactly what summing marks of scale 2 gives.</summary>
    private static decimal Hundredths(long value) => new((int)(Math.Abs(value) & 0xFFFFFFFF), (int)(Math.Abs(value) >> 32), 0, value < 0, 2);
}

/// <summary>An aspect's mark with how it was reached and whether the judges disagree beyond the allowed gap.</summary>
public sealed record AspectMark(Mark Mark, AggregateResult Aggregate, decimal Gap, bool GapExceeded);
