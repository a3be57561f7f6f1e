namespace SkillsLadder.Domain.Competitions;

/// <summary>A component of a competition's scheme (theory, practical, …), marked out of 100 and weighted.</summary>
public sealed class MarkingComponent
{
    private readonly List<MarkingCriterion> _criteria = [];
    private MarkingComponent() { }

    internal MarkingComponent(int position, ComponentSpec spec)
    {
        Position = position;
        Name = spec.Name.Trim();
        Kind = spec.Kind;
        WeightPercent = spec.WeightPercent;
        _criteria.AddRange(spec.Criteria.Select((c, i) => new MarkingCriterion(i + 1, c)));
    }

    public const int NameMaxLength = 50;
    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; } = null!;
    public ComponentKind Kind { get; private set; }
    public int WeightPercent { get; private set; }
    public IReadOnlyCollection<MarkingCriterion> Criteria => _criteria;

    public ComponentSpec ToSpec() =>
        new(Name, Kind, WeightPercent, _criteria.OrderBy(c => c.Position).Select(c => c.ToSpec()).ToList());
}

public sealed class MarkingCriterion
{
    private readonly List<MarkingAspect> _aspects = [];
    private MarkingCriterion() { }

    internal MarkingCriterion(int position, CriterionSpec spec)
    {
        Position = position;
        Code = spec.Code.Trim();
        Name = spec.Name.Trim();
        _aspects.AddRange(spec.Aspects.Select((a, i) => new MarkingAspect(i + 1, a)));
    }

    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;
    public int Id { get; private set; }
    public int ComponentId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public IReadOnlyCollection<MarkingAspect> Aspects => _aspects;

    public CriterionSpec ToSpec() => new(Code, Name, _aspects.OrderBy(a => a.Position).Select(a => a.ToSpec()).ToList());
}

/// <summary>One aspect as stored: marks in hundredths, judgement descriptors in four columns.</summary>
public sealed class MarkingAspect
{
    private MarkingAspect() { }

    internal MarkingAspect(int position, AspectSpec spec)
    {
        Position = position;
        Code = spec.Code.Trim();
        Description = spec.Description.Trim();
        Kind = spec.Kind;
        MaximumHundredths = spec.Maximum.Hundredths;
        Aggregation = spec.Aggregation;
        AllowedGapHundredths = spec.AllowedGap.Hundredths;
        StepHundredths = spec.Kind == AspectKind.Judgement ? 100 : spec.Step.Hundredths;
        var descriptors = spec.Descriptors ?? [];
        (Descriptor0, Descriptor1, Descriptor2, Descriptor3) =
            (descriptors.ElementAtOrDefault(0)?.Trim(), descriptors.ElementAtOrDefault(1)?.Trim(),
             descriptors.ElementAtOrDefault(2)?.Trim(), descriptors.ElementAtOrDefault(3)?.Trim());
    }

    public int Id { get; private set; }
    public int CriterionId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = null!;
    public string Description { get; private set; } = null!;
    public AspectKind Kind { get; private set; }
    public int MaximumHundredths { get; private set; }
    public AggregationRule Aggregation { get; private set; }
    public int AllowedGapHundredths { get; private set; }
    public int StepHundredths { get; private set; }
    public string? Descriptor0 { get; private set; }
    public string? Descriptor1 { get; private set; }
    public string? Descriptor2 { get; private set; }
    public string? Descriptor3 { get; private set; }

    public AspectRule Rule => ToSpec().Rule;

    public AspectSpec ToSpec() => new(Code, Description, Kind, new Mark(MaximumHundredths), Aggregation,
        new Mark(AllowedGapHundredths), new Mark(StepHundredths),
        Kind == AspectKind.Judgement ? [Descriptor0 ?? "", Descriptor1 ?? "", Descriptor2 ?? "", Descriptor3 ?? ""] : null);
}
