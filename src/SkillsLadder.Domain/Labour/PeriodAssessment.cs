using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Labour;

public sealed record AssessmentValueInput(Indicator Indicator, Mark? Value);
public sealed record AssessmentCountInput(IndicatorEvent Event, int Count);

/// <summary>
/// One participant's measured values and event counts for one period, with the same entry rules as a score sheet:
/// values checked against each indicator's range (all first, so a refused value changes nothing), every change kept
/// (who, when, old, new), Draft → Submitted → Locked with the period, a concurrency version.
/// </summary>
public sealed class PeriodAssessment : IVersioned
{
    private readonly List<AssessmentValue> _values = [];
    private readonly List<AssessmentCount> _counts = [];
    private readonly List<AssessmentChange> _changes = [];
    private PeriodAssessment() { }

    public PeriodAssessment(int campaignId, int periodId, int participantId, int schemeId) =>
        (CampaignId, PeriodId, ParticipantId, SchemeId, Status) = (campaignId, periodId, participantId, schemeId, AssessmentStatus.Draft);

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int PeriodId { get; private set; }
    public int ParticipantId { get; private set; }
    /// <summary>The scheme version the values were entered under (the period's version).</summary>
    public int SchemeId { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<AssessmentValue> Values => _values;
    public IReadOnlyCollection<AssessmentCount> Counts => _counts;
    public IReadOnlyCollection<AssessmentChange> Changes => _changes;

    public int Record(IReadOnlyList<AssessmentValueInput> values, IReadOnlyList<AssessmentCountInput> counts, string by, DateTime at)
    {
        if (Status != AssessmentStatus.Draft)
            throw new DomainException("assessment.not_draft", Status == AssessmentStatus.Submitted
                ? "考核已提交；如需修改，请先退回草稿。" : "考核期已锁定；修改须先写明理由解锁。");
        foreach (var input in values)
        {
            if (input.Indicator.Measure is not { } measure)
                throw new DomainException("assessment.no_measure", $"指标“{input.Indicator.Name}”没有考核量。", $"indicator:{input.Indicator.Id}");
            if (input.Value is { } v && (v < measure.Minimum || v > measure.Maximum))
                throw new DomainException("assessment.out_of_range",
                    $"“{input.Indicator.Name}”应在 {measure.Minimum}–{measure.Maximum} {measure.Unit} 之间，输入的是 {v}。", $"indicator:{input.Indicator.Id}");
        }
        foreach (var input in counts)
            if (input.Count < 0 || input.Count > input.Event.MaxCount)
                throw new DomainException("assessment.count_range", $"“{input.Event.Name}”的次数应在 0–{input.Event.MaxCount} 之间，输入的是 {input.Count}。", $"event:{input.Event.Id}");
        var changed = 0;
        foreach (var input in values)
        {
            var entry = _values.SingleOrDefault(e => e.IndicatorId == input.Indicator.Id);
            int? old = entry?.Hundredths, now = input.Value?.Hundredths;
            if (old == now) continue;
            if (entry is null) _values.Add(new AssessmentValue(input.Indicator.Id, now!.Value));
            else if (now is null) _values.Remove(entry);
            else entry.Hundredths = now.Value;
            _changes.Add(new AssessmentChange(AssessmentAction.ValueEntered, input.Indicator.Id, null, old, now, by, at, null));
            changed++;
        }
        foreach (var input in counts)
        {
            var entry = _counts.SingleOrDefault(e => e.EventId == input.Event.Id);
            var old = entry?.Count ?? 0;
            if (old == input.Count) continue;
            if (entry is null) _counts.Add(new AssessmentCount(input.Event.Id, input.Count));
            else if (input.Count == 0) _counts.Remove(entry);
            else entry.Count = input.Count;
            _changes.Add(new AssessmentChange(AssessmentAction.EventsCounted, null, input.Event.Id, old, input.Count, by, at, null));
            changed++;
        }
        return changed;
    }

    /// <summary>Every measured indicator needs its value; event counts default to zero.</summary>
    public void Submit(IndicatorScheme scheme, string by, DateTime at)
    {
        Expect(AssessmentStatus.Draft, "只有草稿可以提交。");
        var missing = scheme.Indicators.Where(i => i.Measure is not null && _values.All(v => v.IndicatorId != i.Id)).Select(i => i.Name).ToList();
        if (missing.Count > 0) throw new DomainException("assessment.incomplete", $"还没有填写：{string.Join("、", missing)}。");
        Step(AssessmentStatus.Submitted, AssessmentAction.Submitted, by, at, null);
        (SubmittedBy, SubmittedAt) = (by, at);
    }

    public void Reopen(string by, DateTime at, string reason)
    {
        Expect(AssessmentStatus.Submitted, "只有已提交、未锁定的考核可以退回草稿。");
        Step(AssessmentStatus.Draft, AssessmentAction.Reopened, by, at, Guard.Text(reason, "Reason", AssessmentChange.ReasonMaxLength, 2));
    }

    public void Lock(string by, DateTime at)
    {
        Expect(AssessmentStatus.Submitted, "只有已提交的考核可以锁定。");
        Step(AssessmentStatus.Locked, AssessmentAction.Locked, by, at, null);
    }

    /// <summary>Back to submitted: the organizer then reopens the one that needs a correction.</summary>
    public void Unlock(string by, DateTime at, string reason)
    {
        Expect(AssessmentStatus.Locked, "考核未锁定。");
        Step(AssessmentStatus.Submitted, AssessmentAction.Unlocked, by, at, reason);
    }

    public void NoteEvidence(bool added, string fileName, string by, DateTime at) =>
        _changes.Add(new AssessmentChange(added ? AssessmentAction.EvidenceAdded : AssessmentAction.EvidenceRemoved, null, null, null, null, by, at,
            fileName.Length > AssessmentChange.ReasonMaxLength ? fileName[..AssessmentChange.ReasonMaxLength] : fileName));

    /// <summary>The scorer's input: values and counts by code, from the scheme the assessment was entered under.</summary>
    public AssessmentInput ToInput(IndicatorScheme scheme)
    {
        var indicators = scheme.Indicators.ToDictionary(i => i.Id);
        var events = scheme.Indicators.SelectMany(i => i.Events).ToDictionary(e => e.Id);
        return new AssessmentInput(
            _values.Where(v => indicators.ContainsKey(v.IndicatorId)).ToDictionary(v => indicators[v.IndicatorId].Code, v => new Mark(v.Hundredths)),
            _counts.Where(c => events.ContainsKey(c.EventId)).ToDictionary(c => events[c.EventId].Code, c => c.Count));
    }

    private void Expect(AssessmentStatus status, string message)
    {
        if (Status != status) throw new DomainException("assessment.state", message);
    }

    private void Step(AssessmentStatus to, AssessmentAction action, string by, DateTime at, string? reason)
    {
        Status = to;
        _changes.Add(new AssessmentChange(action, null, null, null, null, by, at, reason));
    }
}
