using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

public enum SheetStatus
{
    Draft = 1,
    Submitted = 2,
    Verified = 3,
    Locked = 4,
}

public enum SheetSource
{
    /// <summary>One judge's marks for one entrant on the aspects of one panel.</summary>
    Judge = 1,
    /// <summary>A theory result imported from an exam system.</summary>
    ExamImport = 2,
}

/// <summary>One aspect's entry for a sheet, as the judge typed it (0–3 for a judgement, the mark for a measurement).</summary>
public sealed record SheetEntryInput(int AspectId, AspectRule Rule, Mark? Value);

/// <summary>
/// A score sheet, the unit of entry and sign-off (CIS: entered, submitted, checked and signed, locked).
/// Draft → Submitted → Verified (by a second official) → Locked; a chief judge may send a verified or locked sheet
/// back to draft with a written reason. Every entry and every step is kept in <see cref="Changes"/>.
/// </summary>
public sealed class ScoreSheet : IVersioned
{
    private readonly List<ScoreEntry> _entries = [];
    private readonly List<ScoreChange> _changes = [];

    private ScoreSheet() { }

    public ScoreSheet(int competitionId, int entrantId, SheetSource source, int? panelId, int? judgeId, int? componentId)
    {
        if (source == SheetSource.Judge && (panelId is null || judgeId is null))
            throw new ArgumentException("A judge's sheet needs its panel and judge.");
        if (source == SheetSource.ExamImport && componentId is null)
            throw new ArgumentException("An imported sheet needs its component.");
        (CompetitionId, EntrantId, Source, PanelId, JudgeId, ComponentId) = (competitionId, entrantId, source, panelId, judgeId, componentId);
        Status = SheetStatus.Draft;
    }

    public int Id { get; private set; }
    public int CompetitionId { get; private set; }
    public int EntrantId { get; private set; }
    public SheetSource Source { get; private set; }
    public int? PanelId { get; private set; }
    public int? JudgeId { get; private set; }
    public int? ComponentId { get; private set; }
    public SheetStatus Status { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? VerifiedBy { get; private set; }
    public DateTime? VerifiedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<ScoreEntry> Entries => _entries;
    public IReadOnlyCollection<ScoreChange> Changes => _changes;

    /// <summary>Applies entries in one go: all are checked first, so a refused value changes nothing. Returns how many changed.</summary>
    public int Record(IReadOnlyList<SheetEntryInput> inputs, string by, DateTime at)
    {
        if (Status != SheetStatus.Draft)
            throw new DomainException("sheet.not_draft", Status == SheetStatus.Submitted
                ? "评分表已提交；如需修改，请先退回草稿。" : "评分表已复核或锁定；修改须由裁判长写明理由解锁。");
        foreach (var input in inputs)
            if (input.Value is { } value && input.Rule.CheckEntry(value.Value) is { } reason)
                throw new DomainException("mark.out_of_range", reason, $"aspect:{input.AspectId}");
        var changed = 0;
        foreach (var input in inputs)
        {
            var entry = _entries.SingleOrDefault(e => e.AspectId == input.AspectId);
            var old = entry?.Hundredths;
            var now = input.Value?.Hundredths;
            if (old == now) continue;
            if (entry is null) _entries.Add(new ScoreEntry(input.AspectId, now!.Value));
            else if (now is null) _entries.Remove(entry);
            else entry.Set(now.Value);
            _changes.Add(ScoreChange.Mark(input.AspectId, old, now, by, at));
            changed++;
        }
        return changed;
    }

    public void Submit(IReadOnlyCollection<int> requiredAspectIds, string by, DateTime at)
    {
        Expect(SheetStatus.Draft, "只有草稿可以提交。");
        var missing = requiredAspectIds.Count(id => _entries.All(e => e.AspectId != id));
        if (missing > 0) throw new DomainException("sheet.incomplete", $"还有 {missing} 个评分项未打分，不能提交。");
        Step(SheetStatus.Submitted, SheetAction.Submitted, by, at, null);
        (SubmittedBy, SubmittedAt) = (by, at);
    }

    /// <summary>Back to the judge before verification (a re-score after a disagreement, a slip noticed).</summary>
    public void Reopen(string by, DateTime at, string? reason)
    {
        Expect(SheetStatus.Submitted, "只有已提交、未复核的评分表可以退回草稿。");
        Step(SheetStatus.Draft, SheetAction.Reopened, by, at, reason);
    }

    /// <summary>The second signature: never the official who submitted the sheet.</summary>
    public void Verify(string by, DateTime at)
    {
        Expect(SheetStatus.Submitted, "只有已提交的评分表可以复核。");
        if (string.Equals(by, SubmittedBy, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("sheet.same_official", "复核须由提交人以外的另一名裁判或工作人员签认。");
        Step(SheetStatus.Verified, SheetAction.Verified, by, at, null);
        (VerifiedBy, VerifiedAt) = (by, at);
    }

    public void Lock(string by, DateTime at)
    {
        Expect(SheetStatus.Verified, "只有已复核的评分表可以锁定。");
        Step(SheetStatus.Locked, SheetAction.Locked, by, at, null);
    }

    /// <summary>The chief judge's audited unlock: back to draft, the reason kept with the sheet.</summary>
    public void Unlock(string by, DateTime at, string reason)
    {
        if (Status is not (SheetStatus.Verified or SheetStatus.Locked))
            throw new DomainException("sheet.not_locked", "只有已复核或已锁定的评分表需要解锁。");
        Step(SheetStatus.Draft, SheetAction.Unlocked, by, at, Guard.Text(reason, "Reason", ScoreChange.ReasonMaxLength));
        (VerifiedBy, VerifiedAt) = (null, null);
    }

    private void Expect(SheetStatus status, string message)
    {
        if (Status != status) throw new DomainException("sheet.wrong_status", message);
    }

    private void Step(SheetStatus to, SheetAction action, string by, DateTime at, string? reason)
    {
        Status = to;
        _changes.Add(ScoreChange.StepTaken(action, by, at, reason));
    }
}
