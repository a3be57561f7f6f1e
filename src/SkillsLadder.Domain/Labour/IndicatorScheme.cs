using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Labour;

public sealed partial class Campaign
{
    /// <summary>
    /// Saves a scheme as a new version that applies from <paramref name="fromPeriodNumber"/> on. Periods already
    /// assessed keep the version they were assessed under, so the caller passes the first period with no assessment
    /// yet (<paramref name="firstUnassessedPeriod"/>) and a version may not start before it.
    /// </summary>
    public IndicatorScheme ReplaceScheme(IndicatorSchemeDefinition definition, int fromPeriodNumber, int firstUnassessedPeriod, string by, DateTime at)
    {
        if (Status == CampaignStatus.Closed) throw new DomainException("campaign.closed", "竞赛已结束，不能再修改。");
        if (definition.Problems() is { Count: > 0 } problems) throw new DomainException("scheme.invalid", string.Join(" ", problems));
        if (fromPeriodNumber < 1) throw new DomainException("scheme.from", "生效考核期无效。", "FromPeriod");
        if (fromPeriodNumber < firstUnassessedPeriod)
            throw new DomainException("scheme.assessed", $"第 {firstUnassessedPeriod - 1} 期及以前已有考核数据，新方案最早从第 {firstUnassessedPeriod} 期生效。", "FromPeriod");
        var scheme = new IndicatorScheme(_schemes.Count == 0 ? 1 : _schemes.Max(s => s.Number) + 1, fromPeriodNumber, definition, by, at);
        _schemes.Add(scheme);
        return scheme;
    }

    /// <summary>The version a period is assessed under: the newest one that starts at or before it.</summary>
    public IndicatorScheme? SchemeFor(CampaignPeriod period) => _schemes
        .Where(s => s.FromPeriodNumber <= period.Number).OrderByDescending(s => s.FromPeriodNumber).ThenByDescending(s => s.Number)
        .FirstOrDefault();
}

/// <summary>One numbered version of a campaign's indicator scheme. Never edited: a change is a new version.</summary>
public sealed class IndicatorScheme
{
    private readonly List<Indicator> _indicators = [];
    private IndicatorScheme() { }

    internal IndicatorScheme(int number, int fromPeriodNumber, IndicatorSchemeDefinition definition, string by, DateTime at)
    {
        (Number, FromPeriodNumber, CreatedBy, CreatedAt) = (number, fromPeriodNumber, by, at);
        _indicators.AddRange(definition.Indicators.Select((spec, i) => new Indicator(i + 1, spec)));
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int Number { get; private set; }
    public int FromPeriodNumber { get; private set; }
    public string CreatedBy { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyCollection<Indicator> Indicators => _indicators;

    public IndicatorSchemeDefinition Definition() => new(_indicators.OrderBy(i => i.Position).Select(i => i.ToSpec()).ToList());
}

/// <summary>An indicator as stored; <see cref="IndicatorSpec"/> documents the rules.</summary>
public sealed class Indicator
{
    private readonly List<IndicatorEvent> _events = [];
    private Indicator() { }

    internal Indicator(int position, IndicatorSpec spec)
    {
        (Position, Code, Name, Category, WeightPercent, BasePoints) = (position, spec.Code.Trim(), spec.Name.Trim(), spec.Category, spec.WeightPercent, spec.BasePoints.Hundredths);
        (BonusCap, DeductionCap) = (spec.BonusCap?.Hundredths, spec.DeductionCap?.Hundredths);
        if (spec.Measure is { } m)
            (Unit, Target, Direction, BonusPerUnit, DeductionPerUnit, Minimum, Maximum) =
                (m.Unit.Trim(), m.Target.Hundredths, m.Direction, m.BonusPerUnit.Hundredths, m.DeductionPerUnit.Hundredths, m.Minimum.Hundredths, m.Maximum.Hundredths);
        _events.AddRange(spec.Events.Select((e, i) => new IndicatorEvent(i + 1, e)));
    }

    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public IndicatorCategory Category { get; private set; }
    public int WeightPercent { get; private set; }
    public int BasePoints { get; private set; }
    public int? BonusCap { get; private set; }
    public int? DeductionCap { get; private set; }
    /// <summary>The measure's columns; all null when the indicator counts events only.</summary>
    public string? Unit { get; private set; }
    public int? Target { get; private set; }
    public MeasureDirection? Direction { get; private set; }
    public int? BonusPerUnit { get; private set; }
    public int? DeductionPerUnit { get; private set; }
    public int? Minimum { get; private set; }
    public int? Maximum { get; private set; }
    public IReadOnlyCollection<IndicatorEvent> Events => _events;

    public MeasureSpec? Measure => Unit is null ? null
        : new(Unit, new Mark(Target!.Value), Direction!.Value, new Mark(BonusPerUnit!.Value), new Mark(DeductionPerUnit!.Value), new Mark(Minimum!.Value), new Mark(Maximum!.Value));

    public IndicatorSpec ToSpec() => new(Code, Name, Category, WeightPercent, new Mark(BasePoints), Measure,
        BonusCap is { } b ? new Mark(b) : null, DeductionCap is { } d ? new Mark(d) : null,
        _events.OrderBy(e => e.Position).Select(e => e.ToSpec()).ToList());
}

public sealed class IndicatorEvent
{
    private IndicatorEvent() { }
    internal IndicatorEvent(int position, EventSpec spec) =>
        (Position, Code, Name, PointsEach, IsVeto, MaxCount) = (position, spec.Code.Trim(), spec.Name.Trim(), spec.PointsEach.Hundredths, spec.IsVeto, spec.MaxCount);

    public int Id { get; private set; }
    public int IndicatorId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public int PointsEach { get; private set; }
    public bool IsVeto { get; private set; }
    public int MaxCount { get; private set; }

    public EventSpec ToSpec() => new(Code, Name, new Mark(PointsEach), IsVeto, MaxCount);
}
