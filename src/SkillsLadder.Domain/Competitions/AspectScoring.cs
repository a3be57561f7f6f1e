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
}

/// <summary>An aspect's mark with how it was reached and whether the judges disagree beyond the allowed gap.</summary>
public sealed record AspectMark(Mark Mark, AggregateResult Aggregate, decimal Gap, bool GapExceeded);
