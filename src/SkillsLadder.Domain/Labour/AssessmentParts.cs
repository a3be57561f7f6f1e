namespace SkillsLadder.Domain.Labour;

/// <summary>A measured value in exact hundredths (3.5 days ahead is 350; negative means behind).</summary>
public sealed class AssessmentValue
{
    private AssessmentValue() { }
    internal AssessmentValue(int indicatorId, int hundredths) => (IndicatorId, Hundredths) = (indicatorId, hundredths);
    public int AssessmentId { get; private set; }
    public int IndicatorId { get; private set; }
    public int Hundredths { get; internal set; }
}

/// <summary>How many times an event happened in the period (absent means zero).</summary>
public sealed class AssessmentCount
{
    private AssessmentCount() { }
    internal AssessmentCount(int eventId, int count) => (EventId, Count) = (eventId, count);
    public int AssessmentId { get; private set; }
    public int EventId { get; private set; }
    public int Count { get; internal set; }
}

/// <summary>The assessment's history, never edited: values as old → new hundredths, counts as old → new counts.</summary>
public sealed class AssessmentChange
{
    public const int ReasonMaxLength = 500;
    private AssessmentChange() { }

    internal AssessmentChange(AssessmentAction action, int? indicatorId, int? eventId, int? old, int? now, string by, DateTime at, string? reason) =>
        (Action, IndicatorId, EventId, OldValue, NewValue, By, At, Reason) = (action, indicatorId, eventId, old, now, by, at, reason);

    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public AssessmentAction Action { get; private set; }
    public int? IndicatorId { get; private set; }
    public int? EventId { get; private set; }
    public int? OldValue { get; private set; }
    public int? NewValue { get; private set; }
    public string By { get; private set; } = null!;
    public DateTime At { get; private set; }
    public string? Reason { get; private set; }
}
